#pragma once

#include "compare/runcomparison.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// A run as the comparison pickers list it: with the dataset it answers.
struct ComparableRun
{
    qint64 id = 0;
    QString name;
    QString status;
    QString createdAt;
    qint64 datasetId = 0;         // 0 when the dataset is gone
    QString datasetName;
    int datasetVersion = 0;
    qint64 cases = 0;
};

// The reads of run comparisons (RunComparison, RunCompareView). Runs on the caller's thread
// and connection; SqlError propagates.
class RunComparisonQuery final
{
public:
    explicit RunComparisonQuery(Database &db);

    // Every run, newest first.
    QList<ComparableRun> runs();
    std::optional<ComparableRun> run(qint64 runId);
    // The cases of one run column with results and case totals, in (row position, repeat) order.
    QList<ComparableCase> cases(qint64 runId, qint64 columnId);
    // A dataset row's values by column name (as the run's dataset version names them), for
    // showing what a case asked.
    QJsonObject rowValues(qint64 runId, qint64 rowId);

private:
    Database &m_db;
};

} // namespace lathe
