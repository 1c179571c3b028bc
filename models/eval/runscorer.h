#pragma once

#include "judge/judgeclient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace lathe {

class Database;
struct StoreError;

// What a (re-)scoring did.
struct RunScoreReport
{
    qint64 cases = 0;          // planned cases
    qint64 scored = 0;         // answered cases the scorers judged
    qint64 unanswered = 0;     // no result yet: nothing to score (their old scores are removed)
    qint64 modelErrors = 0;    // results that are errors: not scored
    qint64 scorerErrors = 0;   // verdicts that are errors (script errors, bad values)
    qint64 skipped = 0;        // verdicts skipped (no measurement, type not available)
    qint64 judgeVerdicts = 0;  // verdicts with an LLM judge's reply (details.judge)
    qint64 judgeCached = 0;    // ... of which the response cache answered
    qint64 written = 0;        // score rows written
    bool cancelled = false;
    QStringList problems;      // distinct error and skip reasons, "name: reason", at most 20
};

// Scores a run from its stored outputs; models are never called. For every case the
// effective scorer list is the dataset's default scorers, then the row's own, then the run's
// (runs.config "scorers"); see ScorerSuite for names and the case total. Expected values are
// the row's columns with the role "expected", in column order; vars are the row's values by
// column name (ignored columns left out).
//
// Cases are read in batches (keyset paging); each batch is scored on QThreadPool::
// globalInstance() (QtConcurrent) and written in one transaction that replaces the batch's
// old scores, so re-scoring after a scorer change leaves no stale rows. Cases with no result
// or an error result lose their scores and are counted, not scored.
//
// LLM judges (llm-rubric, ...) are asynchronous: their calls go to the JudgeClient of
// setJudge() (a JudgeService: the judge's own thread, providers, limits, retries, response
// cache) and no pool thread waits for them; the batch is written once every verdict is in.
// The judge target a scorer leaves open comes from setJudge()'s `preferred` (the command
// line), then the run's config "judge" {"provider", "model"}. Without a client, or with no
// provider named anywhere, judge scorers are skipped (saying how to set one up); an unknown
// provider, a missing model or key, a failed call or an unreadable reply is an error verdict.
//
// Runs on the caller's thread with the caller's connection (which must be writable), and
// blocks until done. cancel() may be called from any thread: the batch in progress is
// dropped (its judge calls are cancelled), earlier batches stay written, and the report says
// cancelled.
class RunScorer final
{
    Q_DECLARE_TR_FUNCTIONS(RunScorer)
    Q_DISABLE_COPY_MOVE(RunScorer)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit RunScorer(Database &db, int batchSize = 500);

    // Called on the caller's thread after each batch, and about ten times a second while a
    // batch waits for judges.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // `judge` (borrowed, thread-safe) must outlive scoreRun().
    void setJudge(JudgeClient *judge, const JudgeTarget &preferred = {})
    {
        m_judge = judge;
        m_preferredJudge = preferred;
    }
    void cancel();

    // Fails (nullopt, *error set) when the run does not exist, its dataset's or its own scorer
    // list is invalid, or the workspace cannot be written; a row's invalid list is an error
    // verdict for that row's cases instead.
    std::optional<RunScoreReport> scoreRun(qint64 runId, StoreError *error);

private:
    Database &m_db;
    int m_batchSize;
    Progress m_progress;
    JudgeClient *m_judge = nullptr;
    JudgeTarget m_preferredJudge;
    std::atomic<bool> m_cancel{false};
};

} // namespace lathe
