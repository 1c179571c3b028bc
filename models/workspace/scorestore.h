#pragma once

#include "datasetcolumn.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// What scoring a run needs besides its cases.
struct RunScoringContext
{
    qint64 runId = 0;
    qint64 datasetId = 0;
    qint64 datasetVersionId = 0;
    qint64 caseCount = 0;         // planned cases
    QJsonValue datasetScorers;    // datasets.default_scorers, stored form
    QJsonValue runScorers;        // runs.config "scorers"; undefined when the run adds none
    QList<DatasetColumn> columns; // of the run's dataset version, in position order
};

// One planned case with its result (if any) and the dataset row it answers.
struct ScoringCase
{
    qint64 caseId = 0;
    qint64 columnId = 0;
    qint64 rowId = 0;
    int repeat = 0;
    bool answered = false;        // has a result
    bool ok = false;              // the result is not an error
    QString output;
    double latencyMs = -1;
    double ttftMs = -1;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    double cost = -1;
    bool cached = false;
    QJsonObject rowData;          // column key -> value
    QJsonValue rowScorers;        // dataset_rows.scorers, stored form
};

// One row of the scores table.
struct StoredScore
{
    qint64 caseId = 0;
    QString scorer;
    std::optional<double> value;
    std::optional<bool> pass;
    QString reason;
    QJsonObject details;
};

// The scores table and the scorer lists of datasets and runs. Runs on the caller's thread and
// connection. Reads throw SqlError; writes report failures through `error`, each one
// transaction.
class ScoreStore final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreStore)
public:
    explicit ScoreStore(Database &db);

    std::optional<RunScoringContext> context(qint64 runId, StoreError *error);
    // Up to `limit` cases of a run with ids above `afterCaseId`, in id order (keyset paging).
    QList<ScoringCase> cases(qint64 runId, qint64 afterCaseId, int limit);

    // Replaces every score of the cases in `caseIds` with `scores` (which belong to those
    // cases) in one transaction: a case never keeps scores from an older scorer list.
    bool replaceScores(const QList<qint64> &caseIds, const QList<StoredScore> &scores, StoreError *error);
    // The scores of one case, by scorer name.
    QList<StoredScore> caseScores(qint64 caseId);
    // How many scores a run has.
    qint64 scoreCount(qint64 runId);

    // How many rows of a dataset version carry scorers of their own.
    qint64 rowsWithScorers(qint64 versionId);

    // Sets a dataset's default scorers (a JSON array of asserts) and logs it in activity.
    bool setDatasetScorers(qint64 datasetId, const QJsonValue &scorers, StoreError *error);
    // Sets (or with an undefined value removes) a run's own scorers in runs.config "scorers".
    bool setRunScorers(qint64 runId, const QJsonValue &scorers, StoreError *error);
    // Logs a finished re-scoring in activity.
    bool logRescore(qint64 runId, const QJsonObject &details, StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
