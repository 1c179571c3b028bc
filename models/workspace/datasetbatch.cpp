#include "datasetbatch.h"

#include "database.h"
#include "datasetsupport.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace lathe {

using datasetsupport::Tr;

namespace {

// A refused batch; unwinds to the caller's try, whose Transaction rolls back.
struct BatchRefused
{
    WorkspaceError::Code code;
    QString message;
};

struct Head
{
    qint64 id = 0;
    int number = 0;
};

Head readHead(Database &db, qint64 datasetId)
{
    Statement st(db, "SELECT id, number FROM dataset_versions WHERE dataset_id = ? ORDER BY number DESC LIMIT 1");
    st.bind(1, datasetId);
    if (!st.step())
        throw BatchRefused{WorkspaceError::NotFound, Tr::tr("There is no dataset with id %1.").arg(datasetId)};
    return {st.columnInt64(0), st.columnInt(1)};
}

// Creates version head+1 holding the columns and rows of `sourceVersionId`.
DatasetEdit createVersion(Database &db, qint64 datasetId, const Head &head, qint64 sourceVersionId,
                          const QString &message)
{
    Statement create(db, "INSERT INTO dataset_versions (dataset_id, number, parent_id, message, created_at)"
                         " VALUES (?, ?, ?, ?, ?)");
    create.bind(1, datasetId).bind(2, head.number + 1).bind(3, head.id).bind(4, message)
        .bind(5, Workspace::nowUtc()).exec();
    DatasetEdit e;
    e.versionId = db.lastInsertId();
    e.versionNumber = head.number + 1;
    e.createdVersion = true;
    Statement cols(db, "INSERT INTO dataset_columns (version_id, position, key, name, role, type)"
                       " SELECT ?1, position, key, name, role, type FROM dataset_columns WHERE version_id = ?2");
    cols.bind(1, e.versionId).bind(2, sourceVersionId).exec();
    Statement rows(db, "INSERT INTO dataset_version_rows (version_id, position, row_id)"
                       " SELECT ?1, position, row_id FROM dataset_version_rows WHERE version_id = ?2");
    rows.bind(1, e.versionId).bind(2, sourceVersionId).exec();
    return e;
}

QString datasetName(Database &db, qint64 datasetId)
{
    Statement st(db, "SELECT name FROM datasets WHERE id = ?");
    st.bind(1, datasetId);
    return st.step() ? st.columnText(0) : QString();
}

void logActivity(Database &db, const QString &kind, const QString &summary, const QJsonObject &details)
{
    Statement log(db, "INSERT INTO activity (at, kind, summary, details) VALUES (?, ?, ?, ?)");
    log.bind(1, Workspace::nowUtc()).bind(2, kind).bind(3, summary)
        .bind(4, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))).exec();
}

} // namespace

void DatasetBatch::setCell(qint64 rowId, const QString &columnKey, const QJsonValue &value)
{
    m_cells[rowId].insert(columnKey, value);
}

void DatasetBatch::setActivity(const QString &kind, const QString &summary, const QJsonObject &details)
{
    m_kind = kind;
    m_summary = summary;
    m_details = details;
}

qsizetype DatasetBatch::changeCount() const
{
    qsizetype n = 0;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (!m_deletes.contains(it.key()))
            n += it.value().size();
    }
    return n;
}

std::optional<DatasetEdit> DatasetBatch::apply(WorkspaceError *error)
{
    if (isEmpty()) {
        datasetsupport::setError(error, WorkspaceError::Database, m_db, Tr::tr("There is nothing to apply."));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        const Head head = readHead(m_db, m_datasetId);
        if (head.id != m_baseVersionId)
            throw BatchRefused{WorkspaceError::Database,
                               Tr::tr("The dataset changed since the preview (it is now at version %1); "
                                      "preview again before applying.").arg(head.number)};
        DatasetEdit e = createVersion(m_db, m_datasetId, head, head.id,
                                      m_message.isEmpty() ? Tr::tr("Edited from version %1").arg(head.number)
                                                          : m_message);

        Statement remove(m_db, "DELETE FROM dataset_version_rows WHERE version_id = ? AND row_id = ?");
        for (qint64 id : std::as_const(m_deletes)) {
            remove.bind(1, e.versionId).bind(2, id);
            remove.exec();
            if (m_db.changes() == 0)
                throw BatchRefused{WorkspaceError::NotFound,
                                   Tr::tr("Row %1 is not in version %2 of the dataset.").arg(id).arg(head.number)};
        }

        Statement column(m_db, "SELECT 1 FROM dataset_columns WHERE version_id = ? AND key = ?");
        Statement read(m_db, "SELECT r.data, r.tags, r.scorers FROM dataset_rows r JOIN dataset_version_rows m"
                             " ON m.row_id = r.id WHERE m.version_id = ? AND r.id = ?");
        Statement copy(m_db, "INSERT INTO dataset_rows (data, tags, scorers)"
                             " VALUES (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))");
        Statement repoint(m_db, "UPDATE dataset_version_rows SET row_id = ? WHERE version_id = ? AND row_id = ?");
        QSet<QString> knownColumns;
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            if (m_deletes.contains(it.key()))
                continue;
            read.bind(1, e.versionId).bind(2, it.key());
            if (!read.step())
                throw BatchRefused{WorkspaceError::NotFound, Tr::tr("Row %1 is not in version %2 of the dataset.")
                                                                 .arg(it.key()).arg(head.number)};
            QJsonObject data = QJsonDocument::fromJson(read.columnBlob(0)).object();
            const QByteArray tags = read.columnBlob(1);
            const QByteArray scorers = read.columnBlob(2);
            read.reset();
            for (auto cell = it.value().cbegin(); cell != it.value().cend(); ++cell) {
                if (!knownColumns.contains(cell.key())) {
                    column.bind(1, e.versionId).bind(2, cell.key());
                    const bool found = column.step();
                    column.reset();
                    if (!found)
                        throw BatchRefused{WorkspaceError::NotFound,
                                           Tr::tr("The dataset has no column with key “%1”.").arg(cell.key())};
                    knownColumns.insert(cell.key());
                }
                if (cell.value().isUndefined())
                    data.remove(cell.key());
                else
                    data.insert(cell.key(), cell.value());
            }
            // The parent version still holds the row, so the new version always gets a copy.
            copy.bind(1, QJsonDocument(data).toJson(QJsonDocument::Compact)).bind(2, tags).bind(3, scorers);
            copy.exec();
            const qint64 copyId = m_db.lastInsertId();
            repoint.bind(1, copyId).bind(2, e.versionId).bind(3, it.key());
            repoint.exec();
            e.rowId = copyId;
        }

        if (!m_kind.isEmpty()) {
            QJsonObject details = m_details;
            details.insert(QStringLiteral("dataset"), datasetName(m_db, m_datasetId));
            details.insert(QStringLiteral("from_version"), head.number);
            details.insert(QStringLiteral("version"), e.versionNumber);
            logActivity(m_db, m_kind, m_summary, details);
        }
        tx.commit();
        return e;
    } catch (const SqlError &ex) {
        if (error)
            *error = datasetsupport::fromSqlError(ex, m_db);
    } catch (const BatchRefused &refused) {
        datasetsupport::setError(error, refused.code, m_db, refused.message);
    }
    return std::nullopt;
}

std::optional<DatasetEdit> DatasetBatch::restoreVersion(Database &db, qint64 datasetId, int number,
                                                        WorkspaceError *error)
{
    try {
        Transaction tx(db);
        const Head head = readHead(db, datasetId);
        if (number == head.number)
            throw BatchRefused{WorkspaceError::Database, Tr::tr("Version %1 is already the newest version.").arg(number)};
        Statement source(db, "SELECT id FROM dataset_versions WHERE dataset_id = ? AND number = ?");
        source.bind(1, datasetId).bind(2, number);
        if (!source.step())
            throw BatchRefused{WorkspaceError::NotFound, Tr::tr("The dataset has no version %1.").arg(number)};
        const qint64 sourceId = source.columnInt64(0);
        DatasetEdit e = createVersion(db, datasetId, head, sourceId, Tr::tr("Restored version %1").arg(number));
        const QString name = datasetName(db, datasetId);
        logActivity(db, QStringLiteral("dataset.restore"),
                    Tr::tr("Restored version %1 of “%2” as version %3").arg(number).arg(name).arg(e.versionNumber),
                    QJsonObject{{QStringLiteral("dataset"), name},
                                {QStringLiteral("restored"), number},
                                {QStringLiteral("from_version"), head.number},
                                {QStringLiteral("version"), e.versionNumber}});
        tx.commit();
        return e;
    } catch (const SqlError &ex) {
        if (error)
            *error = datasetsupport::fromSqlError(ex, db);
    } catch (const BatchRefused &refused) {
        datasetsupport::setError(error, refused.code, db, refused.message);
    }
    return std::nullopt;
}

} // namespace lathe
