#include "rowscorerstore.h"

#include "database.h"
#include "datasetsupport.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace lathe {

namespace {

// A refused write (no such row); unwinds to the caller, which rolls back.
struct Refused
{
    QString message;
};

} // namespace

std::optional<QJsonArray> RowScorerStore::scorers(qint64 rowId, WorkspaceError *error)
{
    try {
        Statement st(m_db, "SELECT scorers FROM dataset_rows WHERE id = ?");
        st.bind(1, rowId);
        if (!st.step()) {
            datasetsupport::setError(error, WorkspaceError::NotFound, m_db, tr("Row %1 does not exist.").arg(rowId));
            return std::nullopt;
        }
        return QJsonDocument::fromJson(st.columnBlob(0)).array();
    } catch (const SqlError &e) {
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
    }
    return std::nullopt;
}

std::optional<DatasetEdit> RowScorerStore::setScorers(qint64 rowId, const QJsonArray &scorers, WorkspaceError *error)
{
    try {
        Transaction tx(m_db);
        DatasetEdit e;
        Statement head(m_db, "SELECT id, number, frozen FROM dataset_versions WHERE dataset_id = ?"
                             " ORDER BY number DESC LIMIT 1");
        head.bind(1, m_datasetId);
        if (!head.step())
            throw Refused{tr("There is no dataset with id %1.").arg(m_datasetId)};
        e.versionId = head.columnInt64(0);
        e.versionNumber = head.columnInt(1);
        if (head.columnInt(2) != 0) {
            // A frozen head: the edit goes to a new version sharing every row (as DatasetEditor).
            const qint64 parent = e.versionId;
            Statement create(m_db, "INSERT INTO dataset_versions (dataset_id, number, parent_id, message, created_at)"
                                   " VALUES (?, ?, ?, ?, ?)");
            create.bind(1, m_datasetId).bind(2, e.versionNumber + 1).bind(3, parent)
                .bind(4, tr("Edited from version %1").arg(e.versionNumber)).bind(5, Workspace::nowUtc()).exec();
            e.versionId = m_db.lastInsertId();
            e.versionNumber += 1;
            e.createdVersion = true;
            Statement cols(m_db, "INSERT INTO dataset_columns (version_id, position, key, name, role, type)"
                                 " SELECT ?1, position, key, name, role, type FROM dataset_columns WHERE version_id = ?2");
            cols.bind(1, e.versionId).bind(2, parent).exec();
            Statement rows(m_db, "INSERT INTO dataset_version_rows (version_id, position, row_id)"
                                 " SELECT ?1, position, row_id FROM dataset_version_rows WHERE version_id = ?2");
            rows.bind(1, e.versionId).bind(2, parent).exec();
        }
        Statement member(m_db, "SELECT 1 FROM dataset_version_rows WHERE version_id = ? AND row_id = ?");
        member.bind(1, e.versionId).bind(2, rowId);
        if (!member.step())
            throw Refused{tr("Row %1 is not in version %2 of the dataset.").arg(rowId).arg(e.versionNumber)};
        e.rowId = rowId;
        Statement shared(m_db, "SELECT EXISTS (SELECT 1 FROM dataset_version_rows WHERE row_id = ?1 AND version_id <> ?2)"
                               " OR EXISTS (SELECT 1 FROM run_cases WHERE row_id = ?1)");
        shared.bind(1, rowId).bind(2, e.versionId);
        if (shared.step() && shared.columnInt(0) != 0) {
            Statement copy(m_db, "INSERT INTO dataset_rows (data, tags, scorers) SELECT data, tags, scorers"
                                 " FROM dataset_rows WHERE id = ?");
            copy.bind(1, rowId).exec();
            e.rowId = m_db.lastInsertId();
            Statement repoint(m_db, "UPDATE dataset_version_rows SET row_id = ? WHERE version_id = ? AND row_id = ?");
            repoint.bind(1, e.rowId).bind(2, e.versionId).bind(3, rowId).exec();
        }
        Statement write(m_db, "UPDATE dataset_rows SET scorers = CAST(? AS TEXT) WHERE id = ?");
        write.bind(1, QJsonDocument(scorers).toJson(QJsonDocument::Compact)).bind(2, e.rowId).exec();
        tx.commit();
        return e;
    } catch (const SqlError &ex) {
        if (error)
            *error = datasetsupport::fromSqlError(ex, m_db);
    } catch (const Refused &refused) {
        datasetsupport::setError(error, WorkspaceError::NotFound, m_db, refused.message);
    }
    return std::nullopt;
}

} // namespace lathe
