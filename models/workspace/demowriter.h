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
    // Checkpoints the WAL and rewrites the file without free pages (VACUUM), then refreshes
    // the query planner's statistics. Must run outside a transaction.
    bool compact(StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
