#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace lathe {

class Database;

// The few writes the demo builder (models/demo) needs that no other store offers: project and
// dataset descriptions, and compacting the finished file. Each write is one transaction and
// reports failures through `error`. Runs on the caller's thread and connection.
class DemoWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    explicit DemoWriter(Database &db) : m_db(db) {}

    bool setProjectDescription(const QString &description, StoreError *error);
    bool setDatasetDescription(qint64 datasetId, const QString &description, StoreError *error);
    // Checkpoints the WAL and rewrites the file without free pages (VACUUM), refreshes the
    // query planner's statistics, and leaves the file in rollback-journal mode: the installed
    // demo is only ever read, and a reader of a WAL file creates -wal/-shm files beside it
    // (in /usr/share, when root reads it). Copies return to WAL when opened for writing.
    // Must run outside a transaction.
    bool compact(StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
