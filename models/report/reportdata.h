#pragma once

#include "diff/diffresult.h"
#include "prompt/promptcontent.h"
#include "workspace/datasetcolumn.h"
#include "workspace/reportquery.h"
#include "workspace/runstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace lathe {

// A distribution of measurements: count, mean and percentiles (linear interpolation between
// the closest ranks, numpy's default). All zero when count is 0.
struct ReportMeasure
{
    qint64 count = 0;
    double mean = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double min = 0.0;
    double max = 0.0;
};

// One scorer over one column.
struct ReportScorerStats
{
    QString name;
    qint64 count = 0;             // cases with a value
    double mean = 0.0;            // of the values; 0 when count is 0
    qint64 judged = 0;            // cases with a pass/fail verdict from this scorer
    qint64 passed = 0;
};

// What a column's cases add up to.
struct ReportColumnStats
{
    qint64 cases = 0;             // planned
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 pending = 0;
    qint64 cached = 0;

    // A case passes when every one of its scores that gives a verdict passes; an error result
    // fails; a case without a verdict (no pass/fail scorer, or pending) is not judged.
    qint64 judged = 0;
    qint64 passed = 0;
    std::optional<double> passRate;                          // passed / judged
    double passLow = std::numeric_limits<double>::quiet_NaN(); // Wilson 95% interval
    double passHigh = std::numeric_limits<double>::quiet_NaN();

    QList<ReportScorerStats> scorers;   // in ReportData::scorerNames order, those present

    ReportMeasure latencyMs;      // ok results that were not answered from the cache
    QList<double> latencies;      // the same latencies, ascending (for the distribution chart)
    qint64 promptTokens = 0;      // sums of the reported counts
    qint64 completionTokens = 0;
    double cost = 0.0;            // sum of the known costs
    qint64 priced = 0;            // results with a known cost

    // Human judgements that involve this column.
    qint64 ratings = 0;
    double meanRating = 0.0;
    double winLow = std::numeric_limits<double>::quiet_NaN();   // Wilson 95% interval of
    double winHigh = std::numeric_limits<double>::quiet_NaN();  // wins / (wins + losses)
    double winRate() const { return wins + losses > 0 ? double(wins) / double(wins + losses) : 0.0; }
    qint64 wins = 0;              // preferences for this column's case
    qint64 losses = 0;            // preferences for the other case
    qint64 ties = 0;              // "tie" and "both_bad"
};

// One column of the run: a prompt version answered by one model.
struct ReportColumn
{
    RunColumnInfo info;
    QString label;                // "prompt@3 model", unique within the report
    PromptContent prompt;         // the version's content
    QString promptMessage;        // its commit message
    QString promptCreatedAt;
    QString promptHash;
    // Unified diff (PromptDiff) from the first column's prompt version to this one; empty for
    // the first column and for the same content.
    QString promptDiff;
    ReportColumnStats stats;
};

enum class ReportCaseState { Pending, Ok, Error };

// One case: a dataset row (and repeat) answered by one column.
struct ReportCase
{
    qint64 caseId = 0;            // 0 when the plan has no such case
    qint64 columnId = 0;
    ReportCaseState state = ReportCaseState::Pending;
    CaseResult result;            // output, error and measurements; no request/response bodies
    QString answeredAt;           // when the result was stored; empty while pending
    QList<ReportScoreRecord> scores;
    std::optional<bool> pass;     // the case verdict (see ReportColumnStats)
    // Columns after the first: the output compared with the first column's output for the
    // same row and repeat, when both are ok and they differ.
    std::optional<DiffResult> diff;
};

// A dataset row (and repeat) with its case in every column.
struct ReportRow
{
    qint64 rowId = 0;
    qint64 position = 0;          // in the dataset version
    int repeat = 0;
    QJsonObject data;             // column key -> value
    QStringList tags;
    QList<ReportCase> cases;      // one per ReportData::columns entry, same order
};

struct ReportJudgement
{
    ReportJudgementRecord record;
    int columnA = -1;             // index into ReportData::columns; -1 when unknown
    int columnB = -1;
    int rowIndex = -1;            // index into ReportData::rows of case A
};

// Everything a report shows, gathered once from the workspace (ReportBuilder) so that every
// format renders the same facts.
struct ReportData
{
    QString title;                // the run's name, or "Run N"
    QString projectName;
    QString generatedAt;          // ISO-8601 UTC
    QString latheVersion;
    QString currency;             // of costs; empty when no price is stored

    RunInfo run;
    std::optional<ReportDatasetRecord> dataset;
    QList<DatasetColumn> datasetColumns;   // of the run's dataset version, in order

    QList<ReportColumn> columns;
    QList<ReportRow> rows;        // by dataset position, then repeat
    QList<ReportJudgement> judgements;
    QStringList scorerNames;      // every scorer of the run, in order of first appearance

    qint64 caseCount() const { return qint64(rows.size()) * columns.size(); }
    // Dataset columns of one role, in order.
    QList<DatasetColumn> columnsWithRole(ColumnRole role) const
    {
        QList<DatasetColumn> out;
        for (const DatasetColumn &c : datasetColumns) {
            if (c.role == role)
                out.append(c);
        }
        return out;
    }
};

} // namespace lathe
