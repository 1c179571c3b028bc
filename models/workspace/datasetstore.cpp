#include "datasetstore.h"

#include "database.h"
#include "datasetsupport.h"
#include "statement.h"
#include "transaction.h"

#include <QJsonDocument>

namespace lathe {

using datasetsupport::Tr;

namespace {

QJsonDocument parseJson(const QByteArray &text)
{
    return QJsonDocument::fromJson(text);
}

// Fills a version from columns id, number, parent_id, frozen, message, created_at, rows.
DatasetVersionInfo readVersion(const Statement &st, int first)
{
    DatasetVersionInfo v;
    v.id = st.columnInt64(first);
    v.number = st.columnInt(first + 1);
    v.parentId = st.columnInt64(first + 2);
    v.frozen = st.columnInt(first + 3) != 0;
    v.message = st.columnText(first + 4);
    v.createdAt = st.columnText(first + 5);
    v.rowCount = st.columnInt64(first + 6);
    return v;
}

constexpr const char *kVersionColumns =
    "v.id, v.number, v.parent_id, v.frozen, v.message, v.created_at,"
    " (SELECT count(*) FROM dataset_version_rows m WHERE m.version_id = v.id)";

// Rows of version ?1, filtered by tag ?2 when it is not NULL.
constexpr const char *kRowsFrom =
    " FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id"
    " WHERE m.version_id = ?1"
    "   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM json_each(r.tags) t WHERE t.value = ?2))";

DatasetRow readRow(const Statement &st)
{
    DatasetRow row;
    row.id = st.columnInt64(0);
    row.position = st.columnInt64(1);
    row.data = parseJson(st.columnBlob(2)).object();
    for (const QJsonValue &t : parseJson(st.columnBlob(3)).array())
        row.tags.append(t.toString());
    row.scorers = parseJson(st.columnBlob(4)).array();
    return row;
}

} // namespace

QList<DatasetInfo> DatasetStore::list(WorkspaceError *error)
{
    QList<DatasetInfo> out;
    try {
        Statement st(m_db, "SELECT id FROM datasets ORDER BY name COLLATE NOCASE, name");
        QList<qint64> ids;
        while (st.step())
            ids.append(st.columnInt64(0));
        for (qint64 id : std::as_const(ids)) {
            if (auto info = find(id, error))
                out.append(*info);
            else
                return {};
        }
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

std::optional<DatasetInfo> DatasetStore::find(const QString &name, WorkspaceError *error)
{
    return findWhere("d.name = ?1", name, 0, error);
}

std::optional<DatasetInfo> DatasetStore::find(qint64 datasetId, WorkspaceError *error)
{
    return findWhere("d.id = ?1", {}, datasetId, error);
}

std::optional<DatasetInfo> DatasetStore::findWhere(const char *where, const QString &name, qint64 id,
                                                   WorkspaceError *error)
{
    try {
        const QByteArray sql = QByteArray("SELECT d.id, d.name, d.description, d.source, d.created_at,"
                                          " d.default_scorers,"
                                          " (SELECT count(*) FROM dataset_versions x WHERE x.dataset_id = d.id), ")
            + kVersionColumns
            + " FROM datasets d JOIN dataset_versions v ON v.dataset_id = d.id WHERE " + where
            + " ORDER BY v.number DESC LIMIT 1";
        Statement st(m_db, sql.constData());
        if (name.isNull())
            st.bind(1, id);
        else
            st.bind(1, name);
        if (!st.step()) {
            datasetsupport::setError(error, WorkspaceError::NotFound, m_db,
                                     name.isNull() ? Tr::tr("There is no dataset with id %1.").arg(id)
                                                   : Tr::tr("There is no dataset named “%1”.").arg(name));
            return std::nullopt;
        }
        DatasetInfo info;
        info.id = st.columnInt64(0);
        info.name = st.columnText(1);
        info.description = st.columnText(2);
        info.source = st.columnText(3);
        info.createdAt = st.columnText(4);
        info.defaultScorers = parseJson(st.columnBlob(5)).array();
        info.versionCount = st.columnInt(6);
        info.head = readVersion(st, 7);
        WorkspaceError colError;
        info.columns = columns(info.head.id, &colError);
        if (colError) {
            if (error)
                *error = colError;
            return std::nullopt;
        }
        return info;
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return std::nullopt;
    }
}

QList<DatasetVersionInfo> DatasetStore::versions(qint64 datasetId, WorkspaceError *error)
{
    QList<DatasetVersionInfo> out;
    try {
        const QByteArray sql = QByteArray("SELECT ") + kVersionColumns
            + " FROM dataset_versions v WHERE v.dataset_id = ? ORDER BY v.number";
        Statement st(m_db, sql.constData());
        st.bind(1, datasetId);
        while (st.step())
            out.append(readVersion(st, 0));
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

std::optional<DatasetVersionInfo> DatasetStore::version(qint64 datasetId, int number, WorkspaceError *error)
{
    try {
        const QByteArray sql = QByteArray("SELECT ") + kVersionColumns
            + " FROM dataset_versions v WHERE v.dataset_id = ?1 AND (?2 = 0 OR v.number = ?2)"
              " ORDER BY v.number DESC LIMIT 1";
        Statement st(m_db, sql.constData());
        st.bind(1, datasetId).bind(2, number);
        if (st.step())
            return readVersion(st, 0);
        datasetsupport::setError(error, WorkspaceError::NotFound, m_db,
                                 Tr::tr("The dataset has no version %1.").arg(number));
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
    }
    return std::nullopt;
}

QList<DatasetColumn> DatasetStore::columns(qint64 versionId, WorkspaceError *error)
{
    QList<DatasetColumn> out;
    try {
        Statement st(m_db, "SELECT key, name, role, type FROM dataset_columns WHERE version_id = ?"
                           " ORDER BY position");
        st.bind(1, versionId);
        while (st.step()) {
            DatasetColumn c;
            c.key = st.columnText(0);
            c.name = st.columnText(1);
            c.role = DatasetColumn::roleFromName(st.columnText(2)).value_or(ColumnRole::Variable);
            c.type = DatasetColumn::typeFromName(st.columnText(3)).value_or(ColumnType::Text);
            out.append(c);
        }
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

qint64 DatasetStore::rowCount(qint64 versionId, const QString &tag, WorkspaceError *error)
{
    try {
        const QByteArray sql = QByteArray("SELECT count(*)") + kRowsFrom;
        Statement st(m_db, sql.constData());
        st.bind(1, versionId).bind(2, tag.isEmpty() ? QString() : tag);
        return st.step() ? st.columnInt64(0) : 0;
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return 0;
    }
}

QList<DatasetRow> DatasetStore::rows(qint64 versionId, qint64 offset, qint64 limit, const QString &tag,
                                     WorkspaceError *error)
{
    QList<DatasetRow> out;
    try {
        const QByteArray sql = QByteArray("SELECT r.id, m.position, r.data, r.tags, r.scorers") + kRowsFrom
            + " ORDER BY m.position LIMIT ?3 OFFSET ?4";
        Statement st(m_db, sql.constData());
        st.bind(1, versionId).bind(2, tag.isEmpty() ? QString() : tag).bind(3, limit).bind(4, offset);
        while (st.step())
            out.append(readRow(st));
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

bool DatasetStore::forEachRow(qint64 versionId, const QString &tag,
                              const std::function<bool(const DatasetRow &)> &visit, WorkspaceError *error)
{
    try {
        const QByteArray sql = QByteArray("SELECT r.id, m.position, r.data, r.tags, r.scorers") + kRowsFrom
            + " ORDER BY m.position";
        Statement st(m_db, sql.constData());
        st.bind(1, versionId).bind(2, tag.isEmpty() ? QString() : tag);
        while (st.step()) {
            if (!visit(readRow(st)))
                break;
        }
        return true;
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

QStringList DatasetStore::tags(qint64 versionId, WorkspaceError *error)
{
    QStringList out;
    try {
        Statement st(m_db, "SELECT DISTINCT t.value FROM dataset_version_rows m"
                           " JOIN dataset_rows r ON r.id = m.row_id, json_each(r.tags) t"
                           " WHERE m.version_id = ? ORDER BY t.value");
        st.bind(1, versionId);
        while (st.step())
            out.append(st.columnText(0));
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return {};
    }
    return out;
}

bool DatasetStore::freezeVersion(qint64 versionId, WorkspaceError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE dataset_versions SET frozen = 1 WHERE id = ?");
        st.bind(1, versionId).exec();
        if (m_db.changes() == 0) {
            datasetsupport::setError(error, WorkspaceError::NotFound, m_db,
                                     Tr::tr("There is no dataset version with id %1.").arg(versionId));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

bool DatasetStore::deleteDataset(qint64 datasetId, WorkspaceError *error)
{
    try {
        Transaction tx(m_db);
        Statement used(m_db, "SELECT count(*) FROM runs r JOIN dataset_versions v ON v.id = r.dataset_version_id"
                             " WHERE v.dataset_id = ?");
        used.bind(1, datasetId);
        if (used.step() && used.columnInt64(0) > 0) {
            datasetsupport::setError(error, WorkspaceError::Database, m_db,
                                     Tr::tr("The dataset is used by %n run(s); delete those runs first.",
                                            nullptr, used.columnInt(0)));
            return false;
        }
        used.reset();
        Statement del(m_db, "DELETE FROM datasets WHERE id = ?");
        del.bind(1, datasetId).exec();
        if (m_db.changes() == 0) {
            datasetsupport::setError(error, WorkspaceError::NotFound, m_db,
                                     Tr::tr("There is no dataset with id %1.").arg(datasetId));
            return false;
        }
        // Row records belong to no dataset directly: sweep those no version or run holds now.
        m_db.exec("DELETE FROM dataset_rows WHERE id NOT IN (SELECT row_id FROM dataset_version_rows)"
                  " AND id NOT IN (SELECT row_id FROM run_cases)");
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

} // namespace lathe
