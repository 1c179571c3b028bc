#include "importcolumnstable.h"

#include <QComboBox>
#include <QHeaderView>

namespace lathe {

ImportColumnsTable::ImportColumnsTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importColumns"));
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("In the file"), tr("Name"), tr("Role"), tr("Type")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == NameColumn)
            Q_EMIT nameEdited(item->row(), item->text());
    });
}

void ImportColumnsTable::setColumns(const QList<ImportColumn> &columns)
{
    m_filling = true;
    setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const ImportColumn &c = columns.at(i);
        auto *source = new QTableWidgetItem(c.sourceName);
        source->setFlags(Qt::ItemIsEnabled);
        source->setForeground(palette().color(QPalette::PlaceholderText));
        setItem(i, SourceColumn, source);
        setItem(i, NameColumn, new QTableWidgetItem(c.name));
        auto *role = new QComboBox(this);
        for (ColumnRole r : {ColumnRole::Variable, ColumnRole::Expected, ColumnRole::Metadata, ColumnRole::Ignored})
            role->addItem(DatasetColumn::roleName(r), int(r));
        role->setCurrentIndex(role->findData(int(c.role)));
        connect(role, &QComboBox::activated, this,
                [this, i, role] { Q_EMIT roleChosen(i, ColumnRole(role->currentData().toInt())); });
        setCellWidget(i, RoleColumn, role);
        auto *type = new QComboBox(this);
        for (ColumnType t : {ColumnType::Text, ColumnType::Number, ColumnType::Json})
            type->addItem(DatasetColumn::typeName(t), int(t));
        type->setCurrentIndex(type->findData(int(c.type)));
        connect(type, &QComboBox::activated, this,
                [this, i, type] { Q_EMIT typeChosen(i, ColumnType(type->currentData().toInt())); });
        setCellWidget(i, TypeColumn, type);
    }
    m_filling = false;
}

void ImportColumnsTable::setName(int column, const QString &name)
{
    if (QTableWidgetItem *it = item(column, NameColumn); it && it->text() != name) {
        m_filling = true;
        it->setText(name);
        m_filling = false;
    }
}

void ImportColumnsTable::setRole(int column, ColumnRole role)
{
    if (auto *combo = qobject_cast<QComboBox *>(cellWidget(column, RoleColumn)))
        combo->setCurrentIndex(combo->findData(int(role)));
}

void ImportColumnsTable::setType(int column, ColumnType type)
{
    if (auto *combo = qobject_cast<QComboBox *>(cellWidget(column, TypeColumn)))
        combo->setCurrentIndex(combo->findData(int(type)));
}

} // namespace lathe
