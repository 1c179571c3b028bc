#include "datasetwindowquery.h"

#include "database.h"
#include "datasetsupport.h"
#include "progressguard.h"
#include "statement.h"
#include "textsearch.h"

#include <QJsonArray>
#include <QJsonDocument>


namespace lathe {

namespace {

QString jsonPath(const QString &key)
{
    return QStringLiteral("$.\"") + key + u'"';
}

DatasetRow readRow(const Statement &st)
{
    DatasetRow row;
    row.id = st.columnInt64(0);
    row.position = st.columnInt64(1);
    row.data = QJsonDocument::fromJson(st.columnBlob(2)).object();
    for (const QJsonValue &t : QJsonDocument::fromJson(st.columnBlob(3)).array())
        row.tags.append(t.toString());
    row.scorers = QJsonDocument::fromJson(st.columnBlob(4)).array();
    return row;
}

constexpr const char *kRowColumns = "SELECT r.id, m.position, r.data, r.tags, r.scorers";

} // namespace

DatasetWindowQuery::DatasetWindowQuery(Database &db, int pageSize) : m_db(db), m_pageSize(std::max(1, pageSize))
{
    TextSearch::registerContains(m_db);
}

DatasetWindowQuery::~DatasetWindowQuery() = default;

QByteArray DatasetWindowQuery::filterSql() const
{
    // ?1 version, ?2 tag or NULL, ?3 search pattern or NULL.
    const char *match = TextSearch::isAscii(m_spec.search) ? "j.value LIKE ?3 ESCAPE '\\'" : "lathe_contains(j.value, ?3)";
    return QByteArray(" AND (?2 IS NULL OR EXISTS (SELECT 1 FROM json_each(r.tags) t WHERE t.value = ?2))"
                      " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each(r.data) j"
                      "      WHERE j.key IN (SELECT c.key FROM dataset_columns c WHERE c.version_id = ?1)"
                      "        AND ") + match + "))";
}

void DatasetWindowQuery::bindFilter(Statement &st) const
{
    st.bind(1, m_spec.versionId);
    st.bind(2, m_spec.tag.isEmpty() ? QString() : m_spec.tag);
    if (m_spec.search.isEmpty())
        st.bindNull(3);
    else
        st.bind(3, TextSearch::isAscii(m_spec.search) ? TextSearch::likePattern(m_spec.search) : m_spec.search);
}

std::optional<qint64> DatasetWindowQuery::prepare(const DatasetViewSpec &spec, const std::function<bool()> &cancelled,
                                                  WorkspaceError *error)
{
    m_spec = spec;
    m_rowCount = 0;
    m_anchors.clear();
    m_mode = Mode::Anchored;
    try {
        ProgressGuard guard(m_db, cancelled);
        if (spec.sortKey.isEmpty())
            prepareRowOrder(cancelled);
        else
            prepareSorted();
        return m_rowCount;
    } catch (const SqlError &e) {
        m_rowCount = 0;
        m_anchors.clear();
        m_mode = Mode::Anchored;
        if (cancelled && cancelled())
            return std::nullopt;
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return std::nullopt;
    }
}

void DatasetWindowQuery::prepareRowOrder(const std::function<bool()> &cancelled)
{
    const bool filtered = !m_spec.tag.isEmpty() || !m_spec.search.isEmpty();
    if (!filtered) {
        Statement span(m_db, "SELECT count(*), min(position), max(position) FROM dataset_version_rows"
                             " WHERE version_id = ?");
        span.bind(1, m_spec.versionId);
        span.step();
        m_rowCount = span.columnInt64(0);
        m_firstPosition = span.columnInt64(1);
        if (m_rowCount == 0 || span.columnInt64(2) - m_firstPosition + 1 == m_rowCount) {
            m_mode = Mode::Dense;
            return;
        }
    }
    m_mode = Mode::Anchored;
    m_rowCount = 0;
    const QByteArray sql = filtered
        ? QByteArray("SELECT m.position FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id"
                     " WHERE m.version_id = ?1") + filterSql() + " ORDER BY m.position"
        : QByteArray("SELECT position FROM dataset_version_rows WHERE version_id = ?1 ORDER BY position");
    Statement scan(m_db, sql.constData());
    if (filtered)
        bindFilter(scan);
    else
        scan.bind(1, m_spec.versionId);
    while (scan.step()) {
        if (m_rowCount % m_pageSize == 0) {
            m_anchors.append(scan.columnInt64(0));
            if (cancelled && cancelled())
                throw SqlError(SQLITE_INTERRUPT, QStringLiteral("interrupted"));
        }
        ++m_rowCount;
    }
}

void DatasetWindowQuery::prepareSorted()
{
    m_mode = Mode::Materialised;
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS lathe_view_order ("
              " idx INTEGER PRIMARY KEY, row_id INTEGER NOT NULL, position INTEGER NOT NULL);"
              "DELETE FROM temp.lathe_view_order;");
    // INSERT ... SELECT ... ORDER BY inserts in that order, so idx numbers the view from 1.
    const QByteArray sql = QByteArray("INSERT INTO temp.lathe_view_order (row_id, position)"
                                      " SELECT m.row_id, m.position FROM dataset_version_rows m"
                                      " JOIN dataset_rows r ON r.id = m.row_id WHERE m.version_id = ?1")
        + filterSql() + " ORDER BY json_extract(r.data, ?4) COLLATE NOCASE "
        + (m_spec.descending ? "DESC" : "ASC") + ", m.position";
    Statement fill(m_db, sql.constData());
    bindFilter(fill);
    fill.bind(4, jsonPath(m_spec.sortKey));
    fill.exec();
    m_rowCount = m_db.queryInt("SELECT count(*) FROM temp.lathe_view_order");
}

QList<DatasetRow> DatasetWindowQuery::rows(qint64 first, int count, WorkspaceError *error)
{
    QList<DatasetRow> out;
    if (first < 0 || count <= 0 || first >= m_rowCount)
        return out;
    try {
        switch (m_mode) {
        case Mode::Dense: {
            const QByteArray sql = QByteArray(kRowColumns)
                + " FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id"
                  " WHERE m.version_id = ?1 AND m.position >= ?2 AND m.position < ?3 ORDER BY m.position";
            Statement st(m_db, sql.constData());
            st.bind(1, m_spec.versionId).bind(2, m_firstPosition + first).bind(3, m_firstPosition + first + count);
            while (st.step())
                out.append(readRow(st));
            break;
        }
        case Mode::Anchored: {
            const qint64 page = first / m_pageSize;
            const QByteArray sql = QByteArray(kRowColumns)
                + " FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id"
                  " WHERE m.version_id = ?1 AND m.position >= ?4" + filterSql()
                + " ORDER BY m.position LIMIT ?5 OFFSET ?6";
            Statement st(m_db, sql.constData());
            bindFilter(st);
            st.bind(4, m_anchors.value(page)).bind(5, count).bind(6, first - page * m_pageSize);
            while (st.step())
                out.append(readRow(st));
            break;
        }
        case Mode::Materialised: {
            Statement st(m_db, "SELECT r.id, v.position, r.data, r.tags, r.scorers FROM temp.lathe_view_order v"
                               " JOIN dataset_rows r ON r.id = v.row_id WHERE v.idx > ?1 ORDER BY v.idx LIMIT ?2");
            st.bind(1, first).bind(2, count);
            while (st.step())
                out.append(readRow(st));
            break;
        }
        }
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

std::optional<DatasetWindowQuery::VersionRef> DatasetWindowQuery::findVersion(Database &db, qint64 datasetId,
                                                                               int number, WorkspaceError *error)
{
    try {
        Statement st(db, "SELECT v.id, v.number, v.number = (SELECT max(x.number) FROM dataset_versions x"
                         "                                   WHERE x.dataset_id = ?1)"
                         " FROM dataset_versions v WHERE v.dataset_id = ?1 AND (?2 = 0 OR v.number = ?2)"
                         " ORDER BY v.number DESC LIMIT 1");
        st.bind(1, datasetId).bind(2, number);
        if (st.step())
            return VersionRef{st.columnInt64(0), st.columnInt(1), st.columnInt(2) != 0};
        datasetsupport::setError(error, WorkspaceError::NotFound, db,
                                 datasetsupport::Tr::tr("The dataset has no version %1.").arg(number));
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, db);
    }
    return std::nullopt;
}

QString DatasetWindowQuery::datasetName(Database &db, qint64 datasetId, WorkspaceError *error)
{
    try {
        Statement st(db, "SELECT name FROM datasets WHERE id = ?");
        st.bind(1, datasetId);
        return st.step() ? st.columnText(0) : QString();
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, db);
        return {};
    }
}

QList<DatasetVersionInfo> DatasetWindowQuery::versions(Database &db, qint64 datasetId, WorkspaceError *error)
{
    QList<DatasetVersionInfo> out;
    try {
        Statement st(db, "SELECT id, number, parent_id, frozen, message, created_at FROM dataset_versions"
                         " WHERE dataset_id = ? ORDER BY number");
        st.bind(1, datasetId);
        while (st.step()) {
            DatasetVersionInfo v;
            v.id = st.columnInt64(0);
            v.number = st.columnInt(1);
            v.parentId = st.columnInt64(2);
            v.frozen = st.columnInt(3) != 0;
            v.message = st.columnText(4);
            v.createdAt = st.columnText(5);
            out.append(v);
        }
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, db);
        return {};
    }
    return out;
}

std::optional<QList<QPair<qint64, QJsonValue>>>
DatasetWindowQuery::columnValues(Database &db, qint64 versionId, const QString &key, qint64 limit,
                                 WorkspaceError *error)
{
    QList<QPair<qint64, QJsonValue>> out;
    try {
        Statement st(db, "SELECT r.id, r.data -> ?2 FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id"
                         " WHERE m.version_id = ?1 AND json_type(r.data, ?2) IS NOT NULL ORDER BY m.position LIMIT ?3");
        st.bind(1, versionId).bind(2, jsonPath(key)).bind(3, limit + 1);
        while (st.step()) {
            if (out.size() == limit)
                return std::nullopt;
            const QByteArray json = '[' + st.columnBlob(1) + ']';
            out.append({st.columnInt64(0), QJsonDocument::fromJson(json).array().at(0)});
        }
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, db);
        return std::nullopt;
    }
    return out;
}

} // namespace lathe
