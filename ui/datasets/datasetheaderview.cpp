#include "datasetheaderview.h"

#include "dataset/datasettablemodel.h"

#include <QMenu>
#include <QPainter>

namespace lathe {

namespace {

QFont bandFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.8));
    return f;
}

} // namespace

DatasetHeaderView::DatasetHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = createMenu(logicalIndexAt(pos)))
            menu->popup(viewport()->mapToGlobal(pos));
    });
}

QMenu *DatasetHeaderView::createMenu(int column)
{
    if (!model() || column < 0
        || model()->headerData(column, orientation(), DatasetTableModel::ColumnKeyRole).toString().isEmpty())
        return nullptr;
    const auto role = ColumnRole(model()->headerData(column, orientation(), DatasetTableModel::ColumnRoleRole).toInt());
    const auto type = ColumnType(model()->headerData(column, orientation(), DatasetTableModel::ColumnTypeRole).toInt());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setEnabled(!m_editable || m_editable());
    menu->addAction(tr("Rename Column…"), this, [this, column] { Q_EMIT renameRequested(column); });
    QMenu *roles = menu->addMenu(tr("Role"));
    for (ColumnRole r : {ColumnRole::Variable, ColumnRole::Expected, ColumnRole::Metadata, ColumnRole::Ignored}) {
        QAction *a = roles->addAction(DatasetColumn::roleName(r), this, [this, column, r] { Q_EMIT roleRequested(column, r); });
        a->setCheckable(true);
        a->setChecked(r == role);
    }
    QMenu *types = menu->addMenu(tr("Type"));
    for (ColumnType t : {ColumnType::Text, ColumnType::Number, ColumnType::Json}) {
        QAction *a = types->addAction(DatasetColumn::typeName(t), this, [this, column, t] { Q_EMIT typeRequested(column, t); });
        a->setCheckable(true);
        a->setChecked(t == type);
    }
    menu->addSeparator();
    menu->addAction(tr("Delete Column"), this, [this, column] { Q_EMIT deleteRequested(column); });
    return menu;
}

QColor DatasetHeaderView::roleColor(int role)
{
    switch (ColumnRole(role)) {
    case ColumnRole::Variable: return QColor(0x2f, 0x6f, 0xd6);
    case ColumnRole::Expected: return QColor(0x1e, 0x8e, 0x3e);
    case ColumnRole::Metadata: return QColor(0x80, 0x86, 0x8b);
    case ColumnRole::Ignored: return QColor(0xb0, 0xb4, 0xb8);
    }
    return QColor(0x9a, 0x6b, 0x2f);   // Tags
}

int DatasetHeaderView::bandHeight() const
{
    return QFontMetrics(bandFont(font())).height() + 4;
}

QSize DatasetHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(size.height() + bandHeight());
    return size;
}

void DatasetHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const int band = bandHeight();
    painter->save();
    QHeaderView::paintSection(painter, rect.adjusted(0, 0, 0, -band), logicalIndex);
    painter->restore();   // the style may leave a clip to the smaller rect
    if (!model())
        return;
    const bool tags = model()->headerData(logicalIndex, orientation(), DatasetTableModel::ColumnKeyRole).toString().isEmpty();
    const int role = tags ? -1 : model()->headerData(logicalIndex, orientation(), DatasetTableModel::ColumnRoleRole).toInt();
    const auto type = ColumnType(model()->headerData(logicalIndex, orientation(), DatasetTableModel::ColumnTypeRole).toInt());
    QString label = tags ? tr("tags") : DatasetColumn::roleName(ColumnRole(role));
    if (!tags && type != ColumnType::Text)
        label += QStringLiteral(" · ") + DatasetColumn::typeName(type);

    painter->save();
    painter->setClipRect(rect);
    const QRect r(rect.left(), rect.bottom() - band + 1, rect.width(), band);
    QColor fill = roleColor(role);
    fill.setAlpha(40);
    painter->fillRect(r, palette().color(QPalette::Base));
    painter->fillRect(r, fill);
    painter->fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), roleColor(role));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->setFont(bandFont(font()));
    painter->setPen(roleColor(role).darker(ColumnRole(role) == ColumnRole::Ignored ? 130 : 115));
    painter->drawText(r.adjusted(6, 0, -4, -2), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(label, Qt::ElideRight, r.width() - 10));
    painter->restore();
}

} // namespace lathe
