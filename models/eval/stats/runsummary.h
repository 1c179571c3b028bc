#pragma once

#include "interval.h"
#include "mcnemar.h"
#include "pairedbootstrap.h"

#include "eval/classification.h"

#include <QList>
#include <QString>

#include <optional>

namespace lathe {

// A distribution of measurements: count, mean and percentiles (Percentile: linear).
struct Measurements
{
    qint64 count = 0;
    double mean = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double p99 = 0.0;
};

// Corpus BLEU or chrF of one scorer over a column (CorpusMetric), 0..100.
struct CorpusSummary
{
    QString name;            // "corpus BLEU", "corpus chrF2", "corpus chrF2++"
    double score = 0.0;
    Interval interval;       // bootstrap, resampling cases
};

// One scorer's results over a column.
struct ScorerSummary
{
    QString name;
    qint64 count = 0;        // cases with a value (errors count, as 0)
    qint64 judged = 0;       // cases with a pass/fail verdict
    qint64 passed = 0;
    qint64 errors = 0;
    qint64 skipped = 0;
    double mean = 0.0;       // of the values
    Interval meanInterval;   // bootstrap
    std::optional<CorpusSummary> corpus;
    std::optional<ClassificationReport> classification;
};

// The summary of one run column: a prompt version answered by one model.
struct ColumnSummary
{
    qint64 columnId = 0;
    QString promptName;
    int promptVersion = 0;
    QString model;

    qint64 cases = 0;            // planned
    qint64 ok = 0;
    qint64 errors = 0;           // results that are errors
    qint64 pending = 0;          // no result yet

    // Case totals (ScorerSuite::kTotalName). Pass rate = passed / (judged + errors): a failed
    // call counts against the prompt, as in promptfoo. Wilson interval.
    qint64 judged = 0;
    qint64 passed = 0;
    std::optional<double> passRate;
    Interval passInterval;
    std::optional<double> meanScore;   // mean case total over judged cases
    Interval meanScoreInterval;

    QList<ScorerSummary> scorers;      // in order of first appearance

    Measurements latencyMs;            // ok, uncached results
    Measurements ttftMs;
    qint64 promptTokens = 0;           // sums over results that report them
    qint64 completionTokens = 0;
    double cost = 0.0;                 // sum of known costs
    qint64 priced = 0;                 // results with a known cost
    std::optional<double> costPer1000; // cost / priced * 1000

    // Repeats: per (row) group of k > 1 repeats, averaged over groups.
    qint64 repeatGroups = 0;
    double identicalShare = 0.0;
    double meanPairwiseRatio = 0.0;
};

// A scorer (or corpus metric) compared between two columns on the same cases.
struct ScorerComparison
{
    QString name;
    PairedComparison comparison;
};

// Version A (baseline) vs B (candidate) on the cases both answered: pairs by (row, repeat).
struct ColumnComparison
{
    qint64 baselineColumnId = 0;
    qint64 candidateColumnId = 0;
    qint64 pairs = 0;             // cases judged in both (an error result counts as a fail, 0)
    qint64 improved = 0;          // the candidate's case total is higher
    qint64 regressed = 0;
    qint64 unchanged = 0;
    McNemarResult mcnemar;        // on the case pass/fail verdicts
    PairedComparison score;       // paired bootstrap of the case totals' mean
    QList<ScorerComparison> scorers;  // per scorer mean; corpus metrics under their corpus name
};

} // namespace lathe
