#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

class Database;

// One row of the scores table.
struct ReportScoreRecord
{
    qint64 caseId = 0;
    QString scorer;
    std::optional<double> value;
    std::optional<bool> pass;     // empty when the scorer gives no pass/fail verdict
    QString reason;
    QJsonObject details;
};

// One row of the judgements table: a pairwise preference (case A vs case B) or a 1-5 rating
// of case A.
struct ReportJudgementRecord
{
    qint64 id = 0;
    QString kind;                 // "preference" or "rating"
    qint64 caseA = 0;
    qint64 caseB = 0;             // 0 for a rating
    QString choice;               // preference: "a", "b", "tie" or "both_bad"
    int rating = 0;               // rating: 1-5; 0 for a preference
    QString comment;
    QString createdAt;
};

// The dataset version a run read.
struct ReportDatasetRecord
{
    qint64 datasetId = 0;
    QString name;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString versionMessage;
    QString versionCreatedAt;
    qint64 rowCount = 0;          // rows in the version (a tag filter may have used fewer)
};

// A dataset row a run's cases answer.
struct ReportRowRecord
{
    qint64 id = 0;
    QJsonObject data;             // column key -> value
    QStringList tags;
};

// The reads a run report needs beyond RunStore and RunResults. Runs on the caller's thread and
// connection; SqlError propagates.
class ReportQuery final
{
public:
    explicit ReportQuery(Database &db);

    QString projectName();
    // The currency of the stored prices (empty when there is none): costs are in it.
    QString currency();

    // Every score of the run's cases, by case then scorer.
    QList<ReportScoreRecord> scores(qint64 runId);
    // The run's judgements in the order they were made.
    QList<ReportJudgementRecord> judgements(qint64 runId);
    std::optional<ReportDatasetRecord> dataset(qint64 versionId);
    // The dataset rows the run's cases reference, by row id.
    QHash<qint64, ReportRowRecord> rows(qint64 runId);
    // The prompt id and version number of a prompt_versions row (for PromptStore::version).
    std::optional<std::pair<qint64, int>> promptVersionKey(qint64 versionId);

private:
    Database &m_db;
};

} // namespace lathe
