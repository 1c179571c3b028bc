#include "datasetwriter.h"

#include "database.h"
#include "datasetsupport.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lathe {

using datasetsupport::Tr;

DatasetWriter::DatasetWriter(Database &db)
    : m_db(db)
{
}

DatasetWriter::~DatasetWriter()
{
    rollback();
}

void DatasetWriter::rollback()
{
    // Statements first: an open statement would keep the transaction's read lock.
    m_insertRow.reset();
    m_insertMember.reset();
    m_tx.reset();
}

bool DatasetWriter::begin(const QString &name, const QString &source, WorkspaceError *error)
{
    rollback();
    try {
        m_tx = std::make_unique<Transaction>(m_db);
        Statement exists(m_db, "SELECT 1 FROM datasets WHERE name = ?");
        if (exists.bind(1, name).step()) {
            rollback();
            datasetsupport::setError(error, WorkspaceError::AlreadyExists, m_db,
                                     Tr::tr("A dataset named “%1” already exists; choose another name.").arg(name));
            return false;
        }
        const QString now = Workspace::nowUtc();
        Statement ds(m_db, "INSERT INTO datasets (name, source, created_at) VALUES (?, ?, ?)");
        ds.bind(1, name).bind(2, source).bind(3, now).exec();
        m_datasetId = m_db.lastInsertId();
        Statement v(m_db, "INSERT INTO dataset_versions (dataset_id, number, message, created_at)"
                          " VALUES (?, 1, ?, ?)");
        v.bind(1, m_datasetId).bind(2, Tr::tr("Imported from %1").arg(source)).bind(3, now).exec();
        m_versionId = m_db.lastInsertId();
        // Blobs cast to TEXT: the JSON arrives as UTF-8 bytes and is stored as text without a
        // round trip through QString.
        m_insertRow = std::make_unique<Statement>(
            m_db, "INSERT INTO dataset_rows (data, tags, scorers)"
                  " VALUES (CAST(?1 AS TEXT), CAST(?2 AS TEXT), CAST(?3 AS TEXT))");
        m_insertMember = std::make_unique<Statement>(
            m_db, "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (?, ?, ?)");
        m_name = name;
        m_source = source;
        m_rows = 0;
        return true;
    } catch (const SqlError &e) {
        rollback();
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

bool DatasetWriter::addRow(const QByteArray &data, const QByteArray &scorers, const QByteArray &tags,
                           WorkspaceError *error)
{
    Q_ASSERT(m_insertRow);
    try {
        m_insertRow->bind(1, data).bind(2, tags.isEmpty() ? QByteArray("[]") : tags)
            .bind(3, scorers.isEmpty() ? QByteArray("[]") : scorers);
        m_insertRow->exec();
        m_insertMember->bind(1, m_versionId).bind(2, m_rows + 1).bind(3, m_db.lastInsertId());
        m_insertMember->exec();
        ++m_rows;
        return true;
    } catch (const SqlError &e) {
        rollback();
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

bool DatasetWriter::commit(const QList<DatasetColumn> &columns, const QByteArray &defaultScorers,
                           WorkspaceError *error)
{
    Q_ASSERT(m_tx);
    try {
        Statement col(m_db, "INSERT INTO dataset_columns (version_id, position, key, name, role, type)"
                            " VALUES (?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const DatasetColumn &c = columns.at(i);
            col.bind(1, m_versionId).bind(2, qint64(i + 1)).bind(3, c.key).bind(4, c.name)
                .bind(5, DatasetColumn::roleName(c.role)).bind(6, DatasetColumn::typeName(c.type));
            col.exec();
        }
        if (!defaultScorers.isEmpty()) {
            Statement ds(m_db, "UPDATE datasets SET default_scorers = CAST(? AS TEXT) WHERE id = ?");
            ds.bind(1, defaultScorers).bind(2, m_datasetId).exec();
        }
        const QJsonObject details{{QStringLiteral("dataset"), m_name},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("rows"), m_rows},
                                  {QStringLiteral("columns"), columns.size()},
                                  {QStringLiteral("source"), m_source}};
        Statement log(m_db, "INSERT INTO activity (at, kind, summary, details) VALUES (?, 'dataset.import', ?, ?)");
        log.bind(1, Workspace::nowUtc())
            .bind(2, Tr::tr("Imported %n row(s) into “%1” from %2", nullptr, int(m_rows)).arg(m_name, m_source))
            .bind(3, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
            .exec();
        m_insertRow.reset();
        m_insertMember.reset();
        m_tx->commit();
        m_tx.reset();
        return true;
    } catch (const SqlError &e) {
        rollback();
        if (error)
            *error = datasetsupport::fromSqlError(e, m_db);
        return false;
    }
}

} // namespace lathe
