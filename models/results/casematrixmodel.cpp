#include "casematrixmodel.h"

#include "casematrixloader.h"

namespace lathe {


CaseMatrixModel::CaseMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(kWindowSize, kCachedWindows)
{
    m_thread.setObjectName(QStringLiteral("CaseMatrixLoader"));
}

CaseMatrixModel::~CaseMatrixModel()
{
    stopLoader();
}

void CaseMatrixModel::stopLoader()
{
    if (!m_loader)
        return;
    m_loader->stop();
    m_thread.quit();
    m_thread.wait();
    m_loader.reset();
}

void CaseMatrixModel::setRun(const QString &workspacePath, qint64 runId)
{
    if (workspacePath.isEmpty() || runId <= 0) {
        stopLoader();
        beginResetModel();
        m_path.clear();
        m_spec = CaseMatrixSpec{};
        m_layout = CaseMatrixLayout{};
        m_rowCount = 0;
        m_error.clear();
        m_cache.clear();
        endResetModel();
        if (!m_tags.isEmpty()) {
            m_tags.clear();
            Q_EMIT tagsChanged(m_tags);
        }
        if (m_loading) {
            m_loading = false;
            Q_EMIT loadingChanged(false);
        }
        Q_EMIT rowCountChanged(0);
        return;
    }
    if (!m_loader || m_path != workspacePath) {
        stopLoader();
        m_loader = std::make_unique<CaseMatrixLoader>(workspacePath, kWindowSize, kCachedWindows);
        m_loader->moveToThread(&m_thread);
        connect(m_loader.get(), &CaseMatrixLoader::prepared, this, &CaseMatrixModel::onPrepared);
        connect(m_loader.get(), &CaseMatrixLoader::windowLoaded, this, &CaseMatrixModel::onWindowLoaded);
        connect(m_loader.get(), &CaseMatrixLoader::tagsLoaded, this, [this](qint64 runId, const QStringList &tags) {
            if (runId != m_spec.runId || tags == m_tags)
                return;
            m_tags = tags;
            Q_EMIT tagsChanged(m_tags);
        });
        m_thread.start();
    }
    const bool sameRun = m_path == workspacePath && m_spec.runId == runId;
    m_path = workspacePath;
    if (!sameRun) {
        beginResetModel();
        m_spec = CaseMatrixSpec{};
        m_spec.runId = runId;
        m_layout = CaseMatrixLayout{};
        m_rowCount = 0;
        m_cache.clear();
        endResetModel();
        if (!m_tags.isEmpty()) {
            m_tags.clear();
            Q_EMIT tagsChanged(m_tags);
        }
    }
    startGeneration(true, true);
}

void CaseMatrixModel::setFilter(const CaseFilter &filter)
{
    if (m_spec.filter == filter)
        return;
    m_spec.filter = filter;
    startGeneration(false, true);
}

void CaseMatrixModel::refresh()
{
    startGeneration(true, false);
}

void CaseMatrixModel::sort(int column, Qt::SortOrder order)
{
    CaseMatrixSort s;
    s.descending = order == Qt::DescendingOrder;
    if (column >= 0 && column < columnCount()) {
        const int group = groupOfColumn(column);
        s.columnId = group >= 0 ? m_layout.columns.at(group).id : 0;
        switch (kindOfColumn(column)) {
        case ColumnKind::Input: s.key = CaseMatrixSort::Key::Input; break;
        case ColumnKind::Expected: s.key = CaseMatrixSort::Key::Expected; break;
        case ColumnKind::Output: s.key = CaseMatrixSort::Key::Output; break;
        case ColumnKind::Result: s.key = CaseMatrixSort::Key::State; break;
        case ColumnKind::Score: s.key = CaseMatrixSort::Key::Score; break;
        case ColumnKind::Scorer:
            s.key = CaseMatrixSort::Key::Scorer;
            s.scorer = m_layout.scorers.value(column - firstColumnOfGroup(group) - kFixedGroupColumns);
            break;
        }
    }
    if (s == m_spec.sort)
        return;
    m_spec.sort = s;
    startGeneration(false, true);
}

void CaseMatrixModel::startGeneration(bool reloadLayout, bool resetWhenReady)
{
    if (!m_loader)
        return;
    ++m_generation;
    m_resetWhenReady = m_resetWhenReady || resetWhenReady;
    m_cache.clearRequests();
    if (resetWhenReady) {   // the rows shown no longer match the view: placeholders until it is read
        m_cache.clear();
        if (m_rowCount > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount - 1), columnCount() - 1));
    }
    m_loader->configure(m_generation, m_spec, reloadLayout);
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
}

void CaseMatrixModel::onPrepared(quint64 generation, const CaseMatrixLayout &layout, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return;
    m_error = error;
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max());
    const bool sameShape = layout.columns.size() == m_layout.columns.size() && layout.scorers == m_layout.scorers;
    if (m_resetWhenReady || !sameShape) {
        beginResetModel();
        m_cache.clear();
        m_layout = layout;
        m_rowCount = rows;
        m_resetWhenReady = false;
        endResetModel();
    } else {
        m_cache.clear();
        m_layout = layout;
        if (rows > m_rowCount) {
            beginInsertRows({}, int(m_rowCount), int(rows - 1));
            m_rowCount = rows;
            endInsertRows();
        } else if (rows < m_rowCount) {
            beginRemoveRows({}, int(rows), int(m_rowCount - 1));
            m_rowCount = rows;
            endRemoveRows();
        }
        if (m_rowCount > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount - 1), columnCount() - 1));
    }
    m_loading = false;
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    Q_EMIT rowCountChanged(m_rowCount);
    Q_EMIT loadingChanged(false);
}

void CaseMatrixModel::onWindowLoaded(quint64 generation, qint64 window, const QList<MatrixRow> &rows)
{
    if (generation != m_generation || m_loading)
        return;
    m_cache.fill(window, rows);
    const qint64 first = window * kWindowSize;
    const qint64 last = std::min<qint64>(first + kWindowSize, m_rowCount) - 1;
    if (last >= first && columnCount() > 0)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
}

int CaseMatrixModel::groupOfColumn(int column) const
{
    if (column < kLeadingColumns || m_layout.columns.isEmpty())
        return -1;
    const int group = (column - kLeadingColumns) / groupWidth();
    return group < groupCount() ? group : -1;
}

CaseMatrixModel::ColumnKind CaseMatrixModel::kindOfColumn(int column) const
{
    if (column < kLeadingColumns)
        return column == 0 ? ColumnKind::Input : ColumnKind::Expected;
    switch ((column - kLeadingColumns) % groupWidth()) {
    case 0: return ColumnKind::Output;
    case 1: return ColumnKind::Result;
    case 2: return ColumnKind::Score;
    default: return ColumnKind::Scorer;
    }
}

QString CaseMatrixModel::groupTitle(int group) const
{
    if (group < 0 || group >= groupCount())
        return tr("Dataset row");
    const RunColumnInfo &c = m_layout.columns.at(group);
    return tr("%1@%2 · %3").arg(c.promptName).arg(c.promptVersion).arg(c.model);
}

int CaseMatrixModel::groupOfRunColumn(qint64 columnId) const
{
    for (qsizetype i = 0; i < m_layout.columns.size(); ++i) {
        if (m_layout.columns.at(i).id == columnId)
            return int(i);
    }
    return -1;
}

int CaseMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int CaseMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_layout.columns.isEmpty())
        return 0;
    return kLeadingColumns + groupCount() * groupWidth();
}

QVariant CaseMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const MatrixRow *row = m_cache.row(index.row());
    const int group = groupOfColumn(index.column());
    if (!row) {
        const qint64 window = m_cache.windowOf(index.row());
        if (!m_loading && m_cache.request(window))
            m_loader->requestWindow(m_generation, window);
        switch (role) {
        case Qt::DisplayRole: return kPlaceholder;
        case LoadedRole: return false;
        case CaseIdRole: return qint64(0);
        case RowIdRole: return qint64(0);
        case RunColumnIdRole: return group >= 0 ? m_layout.columns.at(group).id : qint64(0);
        default: return {};
        }
    }
    if (role == LoadedRole)
        return true;
    if (role == RowIdRole)
        return row->rowId;
    const ColumnKind kind = kindOfColumn(index.column());
    if (group < 0)
        return leadingData(*row, kind, role);
    if (group >= row->cells.size())
        return {};
    const int scorer = index.column() - firstColumnOfGroup(group) - kFixedGroupColumns;
    return cellData(row->cells.at(group), kind, scorer, m_layout.columns.at(group).id, role);
}

} // namespace lathe
