#pragma once

#include "scorer.h"
#include "scorerset.h"

#include "eval/judge/judgeclient.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lathe {

class Template;

// One scorer's verdict under the name it is stored and reported as.
struct NamedScore
{
    QString name;
    ScoreResult result;
};

// Everything scored for one case.
struct CaseScores
{
    QList<NamedScore> scores;           // one per name, in list order
    std::optional<ScoreResult> total;   // the case's verdict; none when no scorer judged it
};

// The scorers of one effective list (dataset defaults + row + run), built once and applied to
// many cases.
//
// Names: a scorer is reported under its metric, else its type ("contains", "not-regex");
// scorers sharing a metric are one row (the weighted mean of their values, passing when all
// pass); unnamed scorers of the same type are numbered ("contains", "contains#2").
//
// The total follows promptfoo: the weighted mean of the judged scorers' values, passing when
// every one passes, unless the set has a threshold, in which case it passes when the mean
// reaches it. Skipped scorers and metrics without a pass/fail verdict are left out; an error
// counts as a failure with value 0. It is stored under kTotalName.
//
// A value holding a template ("{{ answer }}") is rendered with the case's vars and its scorer
// built for that case; other scorers are built once. score() is const and thread-safe.
//
// Judge scorers (llm-rubric, ...) are asynchronous and send their calls through `judge`
// (see ScorerRegistry::create); hasAsync() says whether the list has any.
class ScorerSuite final
{
    Q_DISABLE_COPY_MOVE(ScorerSuite)
public:
    static constexpr QLatin1StringView kTotalName{"_case"};

    explicit ScorerSuite(const ScorerSet &set, const JudgeContext &judge = {});
    ~ScorerSuite();

    const ScorerSet &set() const { return m_set; }
    bool isEmpty() const { return m_entries.empty(); }
    // The names scores are stored under, in order (without kTotalName).
    QStringList names() const;
    // Some scorer is asynchronous (an LLM judge): use scoreAsync().
    bool hasAsync() const { return m_async; }

    // Synchronous scorers only; an asynchronous one gets an error result.
    CaseScores score(const ScoringInput &input) const;
    // Every scorer, asynchronous ones through Scorer::scoreAsync; `done` is called exactly
    // once, on the thread that delivers the last verdict. The suite must outlive that call.
    void scoreAsync(const ScoringInput &input, const std::function<void(CaseScores)> &done) const;

private:
    struct Entry
    {
        ScorerSpec spec;
        QString name;
        std::shared_ptr<const Scorer> scorer;      // null: templated, or creation failed
        ScoreResult failure;                       // when creation failed
        std::shared_ptr<const Template> valueTemplate;
    };

    // The scorer for one case (built now when the value is a template), or a verdict when
    // there is none.
    std::shared_ptr<const Scorer> scorerFor(const Entry &e, const ScoringInput &input, ScoreResult *failure) const;
    CaseScores collect(const QList<ScoreResult> &results) const;

    ScorerSet m_set;
    JudgeContext m_judge;
    std::vector<Entry> m_entries;
    bool m_async = false;
};

} // namespace lathe
