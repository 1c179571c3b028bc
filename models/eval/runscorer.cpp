#include "runscorer.h"

#include "scorers/scorerset.h"
#include "scorers/scorersuite.h"
#include "scorers/scorervalues.h"

#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

constexpr qsizetype kMaxProblems = 20;
constexpr std::chrono::milliseconds kWaitTick{100};   // cancel and progress checks while judges answer

// Cases of a batch whose verdicts are still out.
struct Outstanding
{
    std::mutex mutex;
    std::condition_variable allDone;
    qsizetype remaining = 0;

    void finishOne()
    {
        std::lock_guard lock(mutex);
        if (--remaining == 0)
            allDone.notify_all();
    }
};

struct Work
{
    qint64 caseId = 0;
    std::shared_ptr<const ScorerSuite> suite;   // null: the row's list is invalid
    QString listError;
    ScoringInput input;
    CaseScores scores;
};

QString cellText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return ScorerValues::text(v);
}

StoredScore stored(qint64 caseId, const QString &name, const ScoreResult &r)
{
    StoredScore s;
    s.caseId = caseId;
    s.scorer = name;
    s.reason = r.reason;
    s.details = r.details;
    switch (r.status) {
    case ScoreResult::Status::Scored:
        s.value = r.value;
        s.pass = r.pass;
        break;
    case ScoreResult::Status::Error:
        s.value = 0.0;
        s.pass = false;
        s.details.insert(u"status"_s, u"error"_s);
        break;
    case ScoreResult::Status::Skipped:
        s.details.insert(u"status"_s, u"skipped"_s);
        break;
    }
    return s;
}

} // namespace

RunScorer::RunScorer(Database &db, int batchSize)
    : m_db(db)
    , m_batchSize(std::max(1, batchSize))
{
}

void RunScorer::cancel()
{
    m_cancel.store(true);
    if (m_judge)
        m_judge->cancelAll();
}

std::optional<RunScoreReport> RunScorer::scoreRun(qint64 runId, StoreError *error)
{
    m_cancel.store(false);
    RunScoreReport report;
    try {
        ScoreStore store(m_db);
        const std::optional<RunScoringContext> ctx = store.context(runId, error);
        if (!ctx)
            return std::nullopt;
        QString listError;
        const std::optional<ScorerSet> defaults = ScorerSet::fromJson(ctx->datasetScorers, &listError);
        if (!defaults) {
            error->set(StoreError::Invalid, tr("The dataset's default scorers are invalid: %1").arg(listError));
            return std::nullopt;
        }
        const std::optional<ScorerSet> runSet = ScorerSet::fromJson(ctx->runScorers, &listError);
        if (!runSet) {
            error->set(StoreError::Invalid, tr("The run's scorers are invalid: %1").arg(listError));
            return std::nullopt;
        }
        JudgeContext judge;
        judge.client = m_judge;
        if (const std::optional<RunInfo> info = RunStore(m_db).find(runId))
            judge.fallback = m_preferredJudge.orElse(JudgeTarget::fromJson(info->config.value(u"judge"_s).toObject()));

        // Suites by the row's stored list: rows usually share one (often empty) list.
        QHash<QByteArray, std::pair<std::shared_ptr<const ScorerSuite>, QString>> suites;
        const auto suiteFor = [&](const QJsonValue &rowScorers) {
            const QByteArray key = rowScorers.isArray() ? QJsonDocument(rowScorers.toArray()).toJson(QJsonDocument::Compact)
                                 : rowScorers.isObject() ? QJsonDocument(rowScorers.toObject()).toJson(QJsonDocument::Compact)
                                                         : QByteArray();
            auto it = suites.find(key);
            if (it == suites.end()) {
                QString e;
                const std::optional<ScorerSet> row = ScorerSet::fromJson(rowScorers, &e);
                std::shared_ptr<const ScorerSuite> suite;
                if (row)
                    suite = std::make_shared<ScorerSuite>(ScorerSet::merged(ScorerSet::merged(*defaults, *row), *runSet), judge);
                it = suites.insert(key, {suite, row ? QString() : tr("the row's scorers are invalid: %1").arg(e)});
            }
            return *it;
        };

        QList<DatasetColumn> varColumns;
        QList<DatasetColumn> expectedColumns;
        for (const DatasetColumn &c : ctx->columns) {
            if (c.role != ColumnRole::Ignored)
                varColumns.append(c);
            if (c.role == ColumnRole::Expected)
                expectedColumns.append(c);
        }

        QStringList problems;
        const auto noteProblem = [&](const QString &name, const ScoreResult &r) {
            const QString p = name + u": "_s + r.reason;
            if (problems.size() < kMaxProblems && !problems.contains(p))
                problems.append(p);
        };

        qint64 after = 0;
        for (;;) {
            const QList<ScoringCase> batch = store.cases(runId, after, m_batchSize);
            if (batch.isEmpty())
                break;
            after = batch.constLast().caseId;
            report.cases += batch.size();

            QList<qint64> ids;
            std::vector<Work> work;
            for (const ScoringCase &c : batch) {
                ids.append(c.caseId);
                if (!c.answered) {
                    ++report.unanswered;
                    continue;
                }
                if (!c.ok) {
                    ++report.modelErrors;
                    continue;
                }
                Work w;
                w.caseId = c.caseId;
                const auto &[suite, problem] = suiteFor(c.rowScorers);
                w.suite = suite;
                w.listError = problem;
                ScoringInput &in = w.input;
                in.output = c.output;
                for (const DatasetColumn &col : std::as_const(varColumns))
                    in.vars.insert(col.name, c.rowData.value(col.key));
                for (const DatasetColumn &col : std::as_const(expectedColumns)) {
                    const QString t = cellText(c.rowData.value(col.key));
                    if (!t.isEmpty())
                        in.expected.append(t);
                }
                in.latencyMs = c.latencyMs;
                in.ttftMs = c.ttftMs;
                in.promptTokens = c.promptTokens;
                in.completionTokens = c.completionTokens;
                in.cost = c.cost;
                in.cached = c.cached;
                work.push_back(std::move(w));
            }

            // Synchronous suites score on the pool thread; asynchronous ones (judges) hand
            // their calls to the judge and return, and their verdicts arrive on its thread.
            auto outstanding = std::make_shared<Outstanding>();
            outstanding->remaining = qsizetype(work.size());
            QFuture<void> dispatched = QtConcurrent::map(work, [this, outstanding](Work &w) {
                if (m_cancel.load() || !w.suite) {
                    outstanding->finishOne();
                } else if (!w.suite->hasAsync()) {
                    w.scores = w.suite->score(w.input);
                    outstanding->finishOne();
                } else {
                    w.suite->scoreAsync(w.input, [&w, outstanding](CaseScores s) {
                        w.scores = std::move(s);
                        outstanding->finishOne();
                    });
                }
            });
            const qint64 before = report.cases - qint64(work.size());   // the batch's cases with nothing to score are done
            qint64 reported = -1;
            for (;;) {
                std::unique_lock lock(outstanding->mutex);
                if (outstanding->allDone.wait_for(lock, kWaitTick, [&] { return outstanding->remaining == 0; }))
                    break;
                const qint64 done = before + qint64(work.size()) - outstanding->remaining;
                lock.unlock();
                if (m_cancel.load() && m_judge)
                    m_judge->cancelAll();   // also the calls issued since the last time
                if (m_progress && done != reported) {
                    reported = done;
                    m_progress(done, ctx->caseCount);
                }
            }
            dispatched.waitForFinished();
            if (m_cancel.load()) {
                report.cancelled = true;
                break;
            }

            QList<StoredScore> rows;
            for (const Work &w : work) {
                if (!w.suite) {
                    const ScoreResult r = ScoreResult::error(w.listError);
                    rows.append(stored(w.caseId, ScorerSuite::kTotalName, r));
                    ++report.scorerErrors;
                    noteProblem(ScorerSuite::kTotalName, r);
                    ++report.scored;
                    continue;
                }
                if (w.suite->isEmpty())
                    continue;
                ++report.scored;
                for (const NamedScore &s : w.scores.scores) {
                    rows.append(stored(w.caseId, s.name, s.result));
                    if (const QJsonValue judged = s.result.details.value(u"judge"_s); judged.isObject()) {
                        ++report.judgeVerdicts;
                        report.judgeCached += judged.toObject().value(u"cached"_s).toBool() ? 1 : 0;
                    }
                    if (s.result.status == ScoreResult::Status::Error) {
                        ++report.scorerErrors;
                        noteProblem(s.name, s.result);
                    } else if (s.result.status == ScoreResult::Status::Skipped) {
                        ++report.skipped;
                        noteProblem(s.name, s.result);
                    }
                }
                if (w.scores.total)
                    rows.append(stored(w.caseId, ScorerSuite::kTotalName, *w.scores.total));
            }
            if (!store.replaceScores(ids, rows, error))
                return std::nullopt;
            report.written += rows.size();
            if (m_progress)
                m_progress(report.cases, ctx->caseCount);
        }
        report.problems = problems;
        store.logRescore(runId, {{u"cases"_s, report.cases}, {u"scored"_s, report.scored},
                                 {u"written"_s, report.written}, {u"cancelled"_s, report.cancelled},
                                 {u"judge_verdicts"_s, report.judgeVerdicts}, {u"judge_cached"_s, report.judgeCached}},
                         error);
        *error = {};
        return report;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return std::nullopt;
    }
}

} // namespace lathe
