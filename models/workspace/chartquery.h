#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace lathe {

class Database;

// What the charts need of one run column, summed in SQLite so a run of any size is read in one
// pass: case counts, verdicts of the case total (ScorerSuite::kTotalName), costs.
struct ChartColumnFacts
{
    qint64 runId = 0;
    QString runName;
    QString runCreatedAt;         // ISO-8601 UTC, as stored
    qint64 columnId = 0;
    int position = 0;
    QString promptName;
    int promptVersion = 0;
    QString model;

    qint64 cases = 0;             // planned
    qint64 ok = 0;                // results that are not errors
    qint64 errors = 0;            // results that are errors
    qint64 judged = 0;            // ok results whose case total has a value and a verdict
    qint64 passed = 0;
    double totalSum = 0.0;        // sum of the judged case totals
    double cost = 0.0;            // sum of the known costs (ok and error results)
    qint64 priced = 0;            // results with a known cost
};

// One scorer's values in one column, ascending: ok results only, skipped scores left out, an
// erroneous score without a value counts as 0 (as RunAggregator counts it); infinite values
// are left out.
struct ChartScorerValues
{
    QString scorer;
    qint64 columnId = 0;
    std::vector<double> values;
};

// A run's chart inputs.
struct ChartRunFacts
{
    qint64 runId = 0;
    QString name;
    QString status;
    QString createdAt;
    QList<ChartColumnFacts> columns;            // in column position order
    QList<ChartScorerValues> scorers;           // scorers by first stored score, then columns
    QList<std::vector<double>> latencies;       // per column (same order), ascending: ok,
                                                // not cached, measured
};

// Reads chart inputs. Runs on the caller's thread and connection (a loader thread's read-only
// connection in the GUI); SqlError propagates.
class ChartQuery final
{
public:
    explicit ChartQuery(Database &db);

    // The run's facts; an unknown run gives runId 0.
    ChartRunFacts run(qint64 runId);
    // Every column, in every run, that used a version of `promptName`, by run created time,
    // run id, then column position.
    QList<ChartColumnFacts> promptColumns(const QString &promptName);

private:
    Database &m_db;
};

} // namespace lathe
