#pragma once

#include "datasetcolumn.h"
#include "workspaceerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace lathe {

class Database;
class Statement;
class Transaction;

// Streams one new dataset into the workspace inside a single transaction: begin(), addRow()
// for every row in order, then commit(). Until commit() succeeds nothing is visible to other
// connections, and destroying the writer (or any failed call) rolls the whole import back, so
// a failed import leaves the workspace exactly as it was. The insert statements are prepared
// once and reused for every row.
class DatasetWriter final
{
    Q_DISABLE_COPY_MOVE(DatasetWriter)
public:
    explicit DatasetWriter(Database &db);
    ~DatasetWriter();

    // Starts the transaction and creates the dataset with version 1. Fails with AlreadyExists
    // when a dataset of that name exists.
    bool begin(const QString &name, const QString &source, WorkspaceError *error);
    // Appends one row. `data` is a compact JSON object keyed by column key, `scorers` a JSON
    // array (promptfoo assert syntax), `tags` a JSON array of strings.
    bool addRow(const QByteArray &data, const QByteArray &scorers, const QByteArray &tags,
                WorkspaceError *error);
    // Stores the columns of version 1 (positions in list order), the dataset's default
    // scorers (a JSON array), logs the import in `activity`, and commits.
    bool commit(const QList<DatasetColumn> &columns, const QByteArray &defaultScorers,
                WorkspaceError *error);
    void rollback();

    qint64 datasetId() const { return m_datasetId; }
    qint64 versionId() const { return m_versionId; }
    qint64 rowCount() const { return m_rows; }

private:
    Database &m_db;
    std::unique_ptr<Transaction> m_tx;
    std::unique_ptr<Statement> m_insertRow;
    std::unique_ptr<Statement> m_insertMember;
    QString m_name;
    QString m_source;
    qint64 m_datasetId = 0;
    qint64 m_versionId = 0;
    qint64 m_rows = 0;
};

} // namespace lathe
