#include "datasetpage.h"

#include "datasetcommands.h"
#include "datasetdelegate.h"
#include "datasetheaderview.h"
#include "datasettoolbar.h"

#include "scorers/datasetscoreractions.h"

#include "dataset/datasetcelltext.h"
#include "dataset/datasettablemodel.h"
#include "workspace/datasetstore.h"
#include "workspace/datasetwindowquery.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lathe {

DatasetPage::DatasetPage(Database &db, qint64 datasetId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_datasetId(datasetId)
    , m_model(new DatasetTableModel(this))
    , m_view(new QTableView(this))
    , m_delegate(new DatasetDelegate(this))
    , m_undo(new QUndoStack(this))
    , m_toolBar(new DatasetToolBar(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("datasetPage"));
    m_context = std::make_unique<DatasetUndoContext>(*m_model, [this](const QString &m) { showMessage(m); });
    m_title = DatasetWindowQuery::datasetName(db, datasetId);

    m_view->setObjectName(QStringLiteral("datasetTable"));
    auto *header = new DatasetHeaderView(m_view);
    m_view->setHorizontalHeader(header);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    header->setDefaultSectionSize(200);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    header->setEditable([this] { return m_model->isEditable(); });
    connect(header, &DatasetHeaderView::renameRequested, this, [this](int column) {
        askColumnName(tr("Rename Column"), m_model->columns().value(column).name,
                      [this, column](const QString &name) { renameColumn(column, name); });
    });
    connect(header, &DatasetHeaderView::roleRequested, this, &DatasetPage::setColumnRole);
    connect(header, &DatasetHeaderView::typeRequested, this, &DatasetPage::setColumnType);
    connect(header, &DatasetHeaderView::deleteRequested, this, &DatasetPage::deleteColumn);
    connect(m_delegate, &DatasetDelegate::cellCommitted, this, &DatasetPage::commitCell);
    connect(m_delegate, &DatasetDelegate::commitRefused, this, &DatasetPage::showMessage);

    connect(m_toolBar, &DatasetToolBar::versionPicked, this, &DatasetPage::showVersion);
    connect(m_toolBar, &DatasetToolBar::tagPicked, m_model, &DatasetTableModel::setTagFilter);
    connect(m_toolBar, &DatasetToolBar::searchChanged, this, [this](const QString &text) {
        m_delegate->setHighlight(text);
        m_model->setSearchText(text);
    });
    buildActions();

    m_message->setObjectName(QStringLiteral("datasetMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_status->setObjectName(QStringLiteral("datasetStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 3, 8, 3);
    bottom->addWidget(m_status);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);

    connect(m_model, &DatasetTableModel::loadingChanged, this, &DatasetPage::updateState);
    connect(m_model, &DatasetTableModel::tagsChanged, m_toolBar, &DatasetToolBar::setTags);
    connect(m_model, &DatasetTableModel::errorOccurred, this, &DatasetPage::showMessage);
    connect(m_model, &DatasetTableModel::staleVersion, this, [this] {
        // Keep the message the refused edit reports (the model emits it after this signal).
        QTimer::singleShot(0, this, [this] {
            const QString message = m_message->text();
            reload();
            showMessage(message);
        });
    });
    connect(m_model, &DatasetTableModel::versionChanged, this, [this](int) {
        const int known = m_toolBar->versionCombo()->count();
        reloadVersions();
        updateState();
        if (known > 0 && m_toolBar->versionCombo()->count() > known)
            Q_EMIT versionsChanged(m_datasetId);
    });
    connect(m_model, &DatasetTableModel::rowCountChanged, this, [this] {
        if (std::exchange(m_scrollToEnd, false))
            m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_columnsFitted && m_model->rowAt(0))
            fitColumns();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_message->hide(); });

    WorkspaceError error;
    if (!m_model->setDataset(db, datasetId, 0, &error))
        showMessage(error.message);
    reloadVersions();
    updateState();
}

DatasetPage::~DatasetPage()
{
    m_undo->clear();   // commands refer to the context
}

void DatasetPage::buildActions()
{
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_toolBar, &DatasetToolBar::focusSearch);
    addAction(find);
    QAction *addRowAction = m_toolBar->addAction(tr("Add Row"), this, &DatasetPage::addRow);
    QAction *deleteRows = m_toolBar->addAction(tr("Delete Rows"), this, &DatasetPage::deleteSelectedRows);
    QAction *addColumnAction = m_toolBar->addAction(tr("Add Column…"), this, [this] {
        askColumnName(tr("Add Column"), QString(), [this](const QString &name) { addColumn(name); });
    });
    m_scorerActions = new DatasetScorerActions(m_db, this);
    m_toolBar->addAction(m_scorerActions->datasetAction());
    m_toolBar->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_toolBar->addAction(a);
    }
    addRowAction->setObjectName(QStringLiteral("addRow"));
    deleteRows->setObjectName(QStringLiteral("deleteRows"));
    addColumnAction->setObjectName(QStringLiteral("addColumn"));
    m_editActions = {addRowAction, deleteRows, addColumnAction};
}

QComboBox *DatasetPage::versionCombo() const
{
    return m_toolBar->versionCombo();
}

QComboBox *DatasetPage::tagCombo() const
{
    return m_toolBar->tagCombo();
}

QLineEdit *DatasetPage::searchEdit() const
{
    return m_toolBar->searchEdit();
}

QString DatasetPage::statusText() const
{
    return m_status->text();
}

QString DatasetPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void DatasetPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DatasetPage::updateState()
{
    const bool editable = m_model->isEditable();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(editable);
    QString text = m_model->isLoading() ? tr("Loading…") : tr("%Ln row(s)", nullptr, m_model->rowCount());
    if (!m_model->isHead())
        text += tr(" · version %1, read-only").arg(m_model->versionNumber());
    else if (!editable)
        text += tr(" · read-only");
    m_status->setText(text);
}

void DatasetPage::reloadVersions()
{
    m_toolBar->setVersions(DatasetWindowQuery::versions(m_db, m_datasetId), m_model->versionNumber());
}

void DatasetPage::showVersion(int number)
{
    if (number == m_model->versionNumber())
        return;
    m_undo->clear();
    WorkspaceError error;
    if (!m_model->setVersion(number, &error))
        showMessage(error.message);
    updateState();
}

void DatasetPage::reloadIfChanged()
{
    const auto head = DatasetWindowQuery::findVersion(m_db, m_datasetId, 0);
    if (m_model->isHead() && head && head->id != m_model->versionId())
        reload();
}

void DatasetPage::reload()
{
    m_undo->clear();
    WorkspaceError error;
    if (!m_model->setVersion(0, &error))
        showMessage(error.message);
    reloadVersions();
    updateState();
}

void DatasetPage::fitColumns()
{
    m_columnsFitted = true;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 16, 90, 380));
    }
}

bool DatasetPage::commitCell(const QModelIndex &index, const QString &text)
{
    const DatasetRow *row = m_model->rowAt(index.row());
    if (!row || !m_model->isEditable())
        return false;
    if (index.column() == m_model->tagsColumn()) {
        QStringList tags;
        for (const QString &t : text.split(u',', Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
                tags.append(t.trimmed());
        }
        if (tags != row->tags)
            m_undo->push(new SetTagsCommand(*m_context, row->id, row->tags, tags));
        return true;
    }
    const DatasetColumn &column = m_model->columns().at(index.column());
    const QJsonValue before = row->data.value(column.key);
    QString error;
    const auto after = DatasetCellText::parse(text, column.type, DatasetCellText::isStructured(before, column.type),
                                              &error);
    if (!after) {
        showMessage(tr("Not saved: %1").arg(error));
        return false;
    }
    if (*after != before)
        m_undo->push(new SetCellCommand(*m_context, row->id, column.key, before, *after));
    return true;
}

void DatasetPage::addRow()
{
    if (!m_model->isEditable())
        return;
    m_scrollToEnd = true;
    m_undo->push(new RowsCommand(*m_context, {DatasetRow{}}, true));
}

bool DatasetPage::deleteSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows.append(i.row());
    }
    if (rows.isEmpty() || !m_model->isEditable())
        return false;
    if (rows.size() > kMaxDeleteRows) {
        showMessage(tr("Select at most %1 rows to delete at once.").arg(kMaxDeleteRows));
        return false;
    }
    QList<DatasetRow> deleted;
    for (int r : std::as_const(rows)) {
        const DatasetRow *row = m_model->rowAt(r);
        if (!row) {
            showMessage(tr("Some selected rows are not loaded yet; try again in a moment."));
            return false;
        }
        deleted.append(*row);
    }
    m_undo->push(new RowsCommand(*m_context, deleted, false));
    return true;
}

bool DatasetPage::addColumn(const QString &name, ColumnRole role, ColumnType type)
{
    if (!m_model->isEditable() || name.trimmed().isEmpty())
        return false;
    const int before = m_undo->index();
    m_undo->push(new ColumnCommand(*m_context, DatasetColumn{{}, name.trimmed(), role, type}, true));
    return m_undo->index() > before;
}

bool DatasetPage::pushColumnChange(int column, const DatasetColumn &after)
{
    if (!m_model->isEditable() || column < 0 || column >= m_model->columns().size())
        return false;
    const DatasetColumn before = m_model->columns().at(column);
    if (before == after)
        return true;
    const int count = m_undo->index();
    m_undo->push(new ColumnPropertyCommand(*m_context, before.key, before, after));
    return m_undo->index() > count;
}

bool DatasetPage::renameColumn(int column, const QString &name)
{
    if (column < 0 || column >= m_model->columns().size())
        return false;
    DatasetColumn after = m_model->columns().at(column);
    after.name = name.trimmed();
    return pushColumnChange(column, after);
}

bool DatasetPage::setColumnRole(int column, ColumnRole role)
{
    if (column < 0 || column >= m_model->columns().size())
        return false;
    DatasetColumn after = m_model->columns().at(column);
    after.role = role;
    return pushColumnChange(column, after);
}

bool DatasetPage::setColumnType(int column, ColumnType type)
{
    if (column < 0 || column >= m_model->columns().size())
        return false;
    DatasetColumn after = m_model->columns().at(column);
    after.type = type;
    return pushColumnChange(column, after);
}

bool DatasetPage::deleteColumn(int column)
{
    if (!m_model->isEditable() || column < 0 || column >= m_model->columns().size())
        return false;
    const DatasetColumn c = m_model->columns().at(column);
    WorkspaceError error;
    const auto values = DatasetWindowQuery::columnValues(m_db, m_model->versionId(), c.key, kUndoableColumnValues, &error);
    if (error) {
        showMessage(error.message);
        return false;
    }
    if (values) {
        const int count = m_undo->index();
        m_undo->push(new ColumnCommand(*m_context, c, false, *values));
        return m_undo->index() > count;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Column"),
                                tr("“%1” holds more than %2 values. Deleting it cannot be undone.")
                                    .arg(c.name, QLocale().toString(kUndoableColumnValues)),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Delete Column"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, c](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        WorkspaceError e;
        const QString key = c.key;
        if (m_model->editColumns([&](DatasetEditor &ed) { return ed.deleteColumn(key, &e); }, &e))
            m_undo->clear();   // earlier commands may refer to the column
        else
            showMessage(e.message);
    });
    box->open();
    return false;
}

void DatasetPage::askColumnName(const QString &title, const QString &initial,
                                const std::function<void(QString)> &done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("columnNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Column name:"));
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString &name) {
        if (!name.trimmed().isEmpty())
            done(name);
    });
    dialog->open();
}

} // namespace lathe
