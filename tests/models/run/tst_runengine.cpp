// The run engine end to end against an in-process mock LLM server: a matrix run stores the
// right outputs, tokens and costs (plain or streamed); a second run is answered from the
// response cache; --no-cache bypasses it; template errors become case errors without calls;
// repeats; failed cases can be retried on their own; progress figures add up.
#include "runtestsupport.h"

#include "workspace/runstore.h"

using namespace lathe;
using namespace lathe::testing;

class TestRunEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunFixture> m_f;
    PromptVersion m_v1;
    PromptVersion m_v2;

    RunSpec matrix() { return m_f->spec({m_v1, m_v2}, {u"mock-small"_s, u"mock-large"_s}); }

    // Every case's result, checked against the mock's rules for that case's prompt version.
    void verifyMatrixResults(qint64 runId, bool cached)
    {
        RunStore runs(m_f->db());
        QHash<qint64, RunColumnInfo> columns;
        for (const RunColumnInfo &c : runs.columns(runId))
            columns.insert(c.id, c);
        const QList<CaseRecord> cases = RunResults(m_f->db()).cases(runId, 0, 1000, true);
        QCOMPARE(cases.size(), 20);
        const qint64 firstPosition = cases.constFirst().work.rowPosition;
        for (const CaseRecord &rec : cases) {
            QVERIFY(rec.answered);
            const CaseResult &r = rec.result;
            QVERIFY2(r.ok, qPrintable(r.error));
            const QString text = u"item number %1"_s.arg(rec.work.rowPosition - firstPosition);
            const RunColumnInfo &col = columns.value(rec.work.columnId);
            QString message;
            QString expected;
            if (col.promptVersion == 1) {
                message = u"Please answer: "_s + text;
                expected = u"Echo: "_s + message;
            } else {
                message = u"Translate: "_s + text;
                expected = reversedWords(text);
            }
            QCOMPARE(r.output, expected);
            QCOMPARE(r.promptTokens, wordCount(message));
            QCOMPARE(r.completionTokens, wordCount(expected));
            QCOMPARE(r.cost, (double(r.promptTokens) * 1.0 + double(r.completionTokens) * 2.0) / 1e6);
            QCOMPARE(r.cached, cached);
            QCOMPARE(r.attempts, cached ? 0 : 1);
            QCOMPARE(r.finishReason, u"stop"_s);
            QVERIFY(r.request.contains(u"\"model\":\""_s + col.model + u'"'));
            QVERIFY(!r.requestHash.isEmpty());
        }
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<RunFixture>(5);
        m_v1 = m_f->commit(u"greet"_s, u"Please answer: {{ text }}"_s);
        m_v2 = m_f->commit(u"greet"_s, u"Translate: {{ text }}"_s);
    }
    void cleanup() { m_f.reset(); }

    void matrixRunStoresOutputsTokensAndCost()
    {
        const Execution e = runSpec(*m_f, matrix());
        QVERIFY(e.ok);
        QCOMPARE(e.outcome.status, u"completed"_s);
        QVERIFY(e.outcome.error.isEmpty());
        QCOMPARE(m_f->server->requestCount(), 20);
        verifyMatrixResults(e.outcome.runId, false);

        const RunTotals totals = RunResults(m_f->db()).totals(e.outcome.runId);
        const RunProgress &p = e.outcome.progress;
        QCOMPARE(p.total, 20);
        QCOMPARE(p.done, 20);
        QCOMPARE(p.errors, 0);
        QCOMPARE(p.cached, 0);
        QCOMPARE(p.inFlight, 0);
        QCOMPARE(p.promptTokens, totals.promptTokens);
        QCOMPARE(p.completionTokens, totals.completionTokens);
        QVERIFY(qAbs(p.cost - totals.cost) < 1e-12);
        QVERIFY(qAbs(p.spent - totals.cost) < 1e-12);   // nothing came from the cache
        QCOMPARE(p.currency, u"USD"_s);
        QCOMPARE(p.unpriced, 0);
        QCOMPARE(p.etaMs, 0);
        QVERIFY(!e.progress.isEmpty());
        QVERIFY(e.committedSignals > 0);
        QCOMPARE(RunStore(m_f->db()).find(e.outcome.runId)->status, u"completed"_s);
    }

    void secondRunIsAnsweredFromTheCache()
    {
        const Execution first = runSpec(*m_f, matrix());
        QCOMPARE(first.outcome.status, u"completed"_s);
        m_f->server->resetStats();
        const Execution second = runSpec(*m_f, matrix());
        QCOMPARE(second.outcome.status, u"completed"_s);
        QVERIFY(second.outcome.runId != first.outcome.runId);
        QCOMPARE(m_f->server->requestCount(), 0);
        verifyMatrixResults(second.outcome.runId, true);
        QCOMPARE(second.outcome.progress.cached, 20);
        QCOMPARE(second.outcome.progress.spent, 0.0);
        QVERIFY(qAbs(second.outcome.progress.cost - first.outcome.progress.cost) < 1e-12);
    }

    void noCacheNeitherReadsNorWrites()
    {
        RunSpec spec = matrix();
        spec.useCache = false;
        QCOMPARE(runSpec(*m_f, spec).outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 20);
        // Nothing was cached by the bypassing run: a cached run still asks the server...
        QCOMPARE(runSpec(*m_f, matrix()).outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 40);
        // ... and a bypassing run ignores what that one cached.
        const Execution bypass = runSpec(*m_f, spec);
        QCOMPARE(m_f->server->requestCount(), 60);
        QCOMPARE(bypass.outcome.progress.cached, 0);
        // Resume can override the run's setting: nothing pending, so nothing is asked.
        RunOptions options;
        options.useCache = true;
        QCOMPARE(resumeRun(*m_f, bypass.outcome.runId, options).outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 60);
    }

    void streamedRunStoresTheSameOutputsAndTimeToFirstToken()
    {
        RunOptions options;
        options.stream = true;
        const Execution e = runSpec(*m_f, matrix(), options);
        QCOMPARE(e.outcome.status, u"completed"_s);
        verifyMatrixResults(e.outcome.runId, false);
        for (const CaseRecord &rec : RunResults(m_f->db()).cases(e.outcome.runId, 0, 100, false))
            QVERIFY(rec.result.ttftMs >= 0);   // measured (not streamed: -1)
        QVERIFY(m_f->server->requests().constFirst().json().value(u"stream"_s).toBool());
    }

    void templateErrorsAreCaseErrorsWithoutCalls()
    {
        const PromptVersion undefinedVar = m_f->commit(u"broken"_s, u"Answer {{ x }} now"_s);
        const PromptVersion unparsable = m_f->commit(u"unparsable"_s, u"Answer {% if text %}"_s);
        const Execution e = runSpec(*m_f, m_f->spec({undefinedVar, unparsable}, {u"mock-small"_s}));
        QCOMPARE(e.outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 0);
        QCOMPARE(e.outcome.progress.errors, 10);
        const QList<CaseRecord> cases = RunResults(m_f->db()).cases(e.outcome.runId, 0, 100, false);
        QCOMPARE(cases.size(), 10);
        for (const CaseRecord &rec : cases) {
            QVERIFY(!rec.result.ok);
            QCOMPARE(rec.result.attempts, 0);
            QVERIFY2(rec.result.error.startsWith(u"template error at 1:"_s), qPrintable(rec.result.error));
        }
        QCOMPARE(cases.at(0).result.error, u"template error at 1:11: undefined variable 'x'"_s);
    }

    void rowsFilteredByTag()
    {
        RunSpec spec = m_f->spec({m_v1}, {u"mock-small"_s});
        spec.tag = u"odd"_s;
        const Execution e = runSpec(*m_f, spec);
        QCOMPARE(e.outcome.progress.total, 2);   // rows 1 and 3
        QCOMPARE(m_f->server->requestCount(), 2);
        for (const mock::RecordedRequest &r : m_f->server->requests()) {
            const QString body = QString::fromUtf8(r.body);
            QVERIFY(body.contains(u"item number 1"_s) || body.contains(u"item number 3"_s));
        }
    }

    void repeatsAreCachedEachOnTheirOwn()
    {
        RunSpec spec = m_f->spec({m_v1}, {u"mock-small"_s});
        spec.repeats = 3;
        const Execution first = runSpec(*m_f, spec);
        QCOMPARE(first.outcome.progress.total, 15);
        QCOMPARE(m_f->server->requestCount(), 15);   // a repeat is never answered by another
        const Execution second = runSpec(*m_f, spec);
        QCOMPARE(m_f->server->requestCount(), 15);
        QCOMPARE(second.outcome.progress.cached, 15);
        QSet<QString> keys;
        for (const CaseRecord &rec : RunResults(m_f->db()).cases(second.outcome.runId, 0, 100, false))
            keys.insert(rec.result.requestHash);
        QCOMPARE(keys.size(), 15);
    }

    void failedCasesCanBeRetriedOnTheirOwn()
    {
        const PromptVersion v = m_f->commit(u"flaky"_s, u"{% if text == 'item number 2' %}[[fault:400x1]] {% endif %}{{ text }}"_s);
        const Execution e = runSpec(*m_f, m_f->spec({v}, {u"mock-small"_s}));
        QCOMPARE(e.outcome.status, u"completed"_s);
        QCOMPARE(e.outcome.progress.errors, 1);
        const QList<CaseRecord> before = RunResults(m_f->db()).cases(e.outcome.runId, 0, 100, true);
        const CaseRecord &failed = before.at(2);
        QCOMPARE(failed.result.ok, false);
        QCOMPARE(failed.result.httpStatus, 400);
        QVERIFY2(failed.result.error.startsWith(u"HTTP 400: "_s), qPrintable(failed.result.error));

        // Resume without retryFailed has nothing to do.
        m_f->server->resetStats();
        QCOMPARE(resumeRun(*m_f, e.outcome.runId).outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 0);

        RunOptions retry;
        retry.retryFailed = true;
        const Execution again = resumeRun(*m_f, e.outcome.runId, retry);
        QCOMPARE(again.outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 1);   // only the failed case
        QCOMPARE(again.outcome.progress.done, 5);
        QCOMPARE(again.outcome.progress.errors, 0);
        const QList<CaseRecord> after = RunResults(m_f->db()).cases(e.outcome.runId, 0, 100, true);
        QVERIFY(after.at(2).result.ok);
        for (int i : {0, 1, 3, 4})   // the others were not touched
            QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
    }

    void missingKeyFailsTheRunUpFront()
    {
        qunsetenv(kRunKeyVariable);
        const Execution e = runSpec(*m_f, matrix());
        QCOMPARE(e.outcome.status, u"failed"_s);
        QVERIFY2(e.outcome.error.contains(QLatin1StringView(kRunKeyVariable)), qPrintable(e.outcome.error));
        QCOMPARE(m_f->server->requestCount(), 0);
        QCOMPARE(RunResults(m_f->db()).totals(e.outcome.runId).done(), 0);
        QCOMPARE(RunStore(m_f->db()).find(e.outcome.runId)->status, u"failed"_s);
        // Fixed: resume runs everything.
        qputenv(kRunKeyVariable, kRunKey);
        QCOMPARE(resumeRun(*m_f, e.outcome.runId).outcome.status, u"completed"_s);
        QCOMPARE(m_f->server->requestCount(), 20);
    }

    void oneExecutionAtATime()
    {
        RunEngine engine(m_f->path, m_f->keys);
        QSignalSpy created(&engine, &RunEngine::runCreated);
        QSignalSpy finished(&engine, &RunEngine::finished);
        QVERIFY(engine.start(matrix()));
        QVERIFY(engine.isActive());
        QVERIFY(!engine.start(matrix()));
        QVERIFY(!engine.resume(1));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(created.size(), 1);
        QCOMPARE(engine.runId(), created.at(0).at(0).toLongLong());
        QVERIFY(!engine.isActive());
        QVERIFY(engine.start(matrix()));   // usable again
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.size(), 2);
    }

    void unknownRunFails()
    {
        const Execution e = resumeRun(*m_f, 999);
        QCOMPARE(e.outcome.status, u"failed"_s);
        QVERIFY(e.outcome.error.contains(u"999"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
