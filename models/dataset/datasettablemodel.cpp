#include "datasettablemodel.h"

#include "datasetcelltext.h"
#include "datasetrowloader.h"

#include "workspace/database.h"

namespace lathe {

DatasetTableModel::DatasetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(kWindowSize, kCachedWindows)
{
    m_thread.setObjectName(QStringLiteral("DatasetRowLoader"));
}

DatasetTableModel::~DatasetTableModel()
{
    if (m_loader)
        m_loader->stop();
    m_thread.quit();
    m_thread.wait();
}

bool DatasetTableModel::setDataset(Database &db, qint64 datasetId, int versionNumber, WorkspaceError *error)
{
    if (!m_loader || m_db != &db || m_db->path() != db.path()) {
        if (m_loader) {
            m_loader->stop();
            m_thread.quit();
            m_thread.wait();
            m_loader.reset();
        }
        m_loader = std::make_unique<DatasetRowLoader>(db.path(), kWindowSize, kCachedWindows);
        m_loader->moveToThread(&m_thread);
        connect(m_loader.get(), &DatasetRowLoader::prepared, this, &DatasetTableModel::onPrepared);
        connect(m_loader.get(), &DatasetRowLoader::windowLoaded, this, &DatasetTableModel::onWindowLoaded);
        connect(m_loader.get(), &DatasetRowLoader::tagsLoaded, this, [this](qint64 versionId, const QStringList &tags) {
            if (versionId != m_spec.versionId || tags == m_tags)
                return;
            m_tags = tags;
            Q_EMIT tagsChanged(m_tags);
        });
        m_thread.start();
    }
    m_db = &db;
    m_datasetId = datasetId;
    m_readOnly = db.isReadOnly();
    m_spec = DatasetViewSpec{};
    return setVersion(versionNumber, error);
}

bool DatasetTableModel::setVersion(int versionNumber, WorkspaceError *error)
{
    if (!m_db)
        return false;
    const auto version = DatasetWindowQuery::findVersion(*m_db, m_datasetId, versionNumber, error);
    if (!version)
        return false;
    WorkspaceError columnsError;
    const QList<DatasetColumn> columns = DatasetStore(*m_db).columns(version->id, &columnsError);
    if (columnsError) {
        if (error)
            *error = columnsError;
        return false;
    }
    beginResetModel();
    m_columns = columns;
    m_versionNumber = version->number;
    m_isHead = version->head;
    m_spec.versionId = version->id;
    if (columnOfKey(m_spec.sortKey) < 0)
        m_spec.sortKey.clear();
    m_rowCount = 0;
    m_cache.clear();
    endResetModel();
    startGeneration(true);
    requestTags();
    Q_EMIT versionChanged(m_versionNumber);
    return true;
}

void DatasetTableModel::setTagFilter(const QString &tag)
{
    if (m_spec.tag == tag)
        return;
    m_spec.tag = tag;
    startGeneration(true);
}

void DatasetTableModel::setSearchText(const QString &text)
{
    if (m_spec.search == text)
        return;
    m_spec.search = text;
    startGeneration(true);
}

void DatasetTableModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void DatasetTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = column >= 0 && column < m_columns.size() ? m_columns.at(column).key : QString();
    const bool descending = !key.isEmpty() && order == Qt::DescendingOrder;
    if (key == m_spec.sortKey && descending == m_spec.descending)
        return;
    m_spec.sortKey = key;
    m_spec.descending = descending;
    startGeneration(true);
}

void DatasetTableModel::requestTags()
{
    if (m_loader)
        m_loader->requestTags(m_spec.versionId);
}

void DatasetTableModel::refresh()
{
    startGeneration(false);
}

void DatasetTableModel::startGeneration(bool resetWhenReady)
{
    if (!m_loader)
        return;
    ++m_generation;
    m_resetWhenReady = m_resetWhenReady || resetWhenReady;
    m_cache.clearRequests();
    if (resetWhenReady) {   // the rows shown no longer match the view: placeholders until it is read
        m_cache.clear();
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
    }
    m_loader->configure(m_generation, m_spec);
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
}

void DatasetTableModel::onPrepared(quint64 generation, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return;
    m_error = error;
    m_cache.clear();
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max());
    if (m_resetWhenReady) {
        beginResetModel();
        m_rowCount = rows;
        m_resetWhenReady = false;
        endResetModel();
    } else {
        if (rows > m_rowCount) {
            beginInsertRows({}, int(m_rowCount), int(rows - 1));
            m_rowCount = rows;
            endInsertRows();
        } else if (rows < m_rowCount) {
            beginRemoveRows({}, int(rows), int(m_rowCount - 1));
            m_rowCount = rows;
            endRemoveRows();
        }
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount - 1), columnCount() - 1));
    }
    m_loading = false;
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    Q_EMIT rowCountChanged(m_rowCount);
    Q_EMIT loadingChanged(false);
}

void DatasetTableModel::onWindowLoaded(quint64 generation, qint64 window, quint64 serial,
                                       const QList<DatasetRow> &rows)
{
    if (generation != m_generation || m_loading)
        return;
    const qint64 first = window * kWindowSize;
    const qint64 last = std::min<qint64>(first + kWindowSize, m_rowCount) - 1;
    if (serial != m_editSerial) {
        // Read before an edit made since: ask again (views do when told the rows changed).
        m_cache.forgetRequest(window);
        if (last >= first)
            Q_EMIT dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
        return;
    }
    m_cache.fill(window, rows);
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
}

const DatasetRow *DatasetTableModel::rowAt(int row) const
{
    return m_cache.row(row);
}

int DatasetTableModel::rowOfId(qint64 rowId) const
{
    return int(m_cache.viewRowOf(rowId));
}

int DatasetTableModel::columnOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return int(i);
    }
    return -1;
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_db ? 0 : int(m_columns.size()) + 1;
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const DatasetRow *row = m_cache.row(index.row());
    if (!row) {
        const qint64 window = m_cache.windowOf(index.row());
        if (!m_loading && m_cache.request(window))
            m_loader->requestWindow(m_generation, window, m_editSerial);
        if (role == Qt::DisplayRole)
            return kPlaceholder;
        if (role == LoadedRole)
            return false;
        if (role == RowIdRole)
            return qint64(0);
        return {};
    }
    const bool tags = index.column() == tagsColumn();
    const DatasetColumn column = tags ? DatasetColumn{} : m_columns.at(index.column());
    const QJsonValue value = tags ? QJsonValue(QJsonValue::Undefined) : row->data.value(column.key);
    switch (role) {
    case Qt::DisplayRole:
        return tags ? row->tags.join(QStringLiteral(", ")) : DatasetCellText::singleLine(DatasetCellText::display(value));
    case Qt::EditRole:
        return tags ? row->tags.join(QStringLiteral(", ")) : DatasetCellText::edit(value, column.type);
    case Qt::ToolTipRole: {
        const QString text = tags ? QString() : DatasetCellText::display(value);
        return text.size() > 40 || text.contains(u'\n') ? QVariant(text.left(2000)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return value.isDouble() ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RowIdRole: return row->id;
    case LoadedRole: return true;
    case JsonValueRole: return QVariant::fromValue(value);
    case TagsRole: return row->tags;
    default: return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount)
            return QString::number(section + 1);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == tagsColumn()) {
        switch (role) {
        case Qt::DisplayRole: return tr("Tags");
        case Qt::ToolTipRole: return tr("Tags of the row (splits such as train or test), comma-separated");
        case ColumnKeyRole: return QString();
        default: return {};
        }
    }
    const DatasetColumn &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole: return c.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3 (key %4)")
            .arg(c.name, DatasetColumn::roleName(c.role), DatasetColumn::typeName(c.type), c.key);
    case ColumnKeyRole: return c.key;
    case ColumnRoleRole: return int(c.role);
    case ColumnTypeRole: return int(c.type);
    default: return {};
    }
}

Qt::ItemFlags DatasetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable() && m_cache.row(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> DatasetTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RowIdRole, "rowId");
    names.insert(LoadedRole, "loaded");
    names.insert(JsonValueRole, "jsonValue");
    names.insert(TagsRole, "tags");
    return names;
}

} // namespace lathe
