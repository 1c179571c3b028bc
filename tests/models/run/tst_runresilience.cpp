// The run engine when things go wrong: cancel (or destroying an active engine) keeps completed
// results and resume sends only the missing cases; injected faults of every kind end as clear per-case errors with none lost;
// Retry-After is waited for; the API key appears nowhere in the workspace file or its WAL.
#include "runtestsupport.h"

#include "workspace/runstore.h"

#include <QElapsedTimer>
#include <QFile>

using namespace lathe;
using namespace lathe::testing;

class TestRunResilience final : public QObject
{
    Q_OBJECT

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void cancelKeepsResultsAndResumeSendsOnlyTheRest()
    {
        mock::MockOptions options;
        options.latencyMs = 30;
        RunFixture f(40, options);
        const PromptVersion v = f.commit(u"p"_s, u"Please answer: {{ text }}"_s);
        RunOptions run;
        run.concurrency = 4;
        run.progressIntervalMs = 20;

        RunEngine engine(f.path, f.keys);
        auto context = std::make_unique<QObject>();
        QObject::connect(&engine, &RunEngine::progress, context.get(), [&engine](const RunProgress &p) {
            if (p.done >= 8)
                engine.cancel();
        });
        const Execution first = execute(engine, [&] { return engine.start(f.spec({v}, {u"mock-small"_s}), run); });
        QVERIFY(first.ok);
        QCOMPARE(first.outcome.status, u"cancelled"_s);
        const RunTotals stored = RunResults(f.db()).totals(first.outcome.runId);
        QCOMPARE(stored.done(), first.outcome.progress.done);
        QVERIFY2(stored.done() >= 8 && stored.done() < 40, qPrintable(QString::number(stored.done())));
        QCOMPARE(stored.errors, 0);   // cancelled calls are not stored as failures
        QCOMPARE(RunStore(f.db()).find(first.outcome.runId)->status, u"cancelled"_s);
        QCOMPARE(RunStore(f.db()).pendingCases(first.outcome.runId, false).size(), 40 - stored.done());

        context.reset();   // no more cancelling
        f.server->resetStats();
        const Execution second = execute(engine, [&] { return engine.resume(first.outcome.runId, run); });
        QCOMPARE(second.outcome.status, u"completed"_s);
        QCOMPARE(f.server->requestCount(), 40 - stored.done());
        QCOMPARE(second.outcome.progress.done, 40);
        QCOMPARE(RunResults(f.db()).totals(first.outcome.runId).ok, 40);
    }

    void destroyingAnActiveEngineCancelsTheRun()
    {
        mock::MockOptions options;
        options.latencyMs = 30;
        RunFixture f(40, options);
        const PromptVersion v = f.commit(u"p"_s, u"Please answer: {{ text }}"_s);
        RunOptions run;
        run.concurrency = 2;
        qint64 runId = 0;
        {
            RunEngine engine(f.path, f.keys);
            QSignalSpy created(&engine, &RunEngine::runCreated);
            QSignalSpy committed(&engine, &RunEngine::resultsCommitted);
            QVERIFY(engine.start(f.spec({v}, {u"mock-small"_s}), run));
            QVERIFY(committed.wait(10'000));   // some results are in
            runId = created.at(0).at(0).toLongLong();
        }   // closing the window mid-run, say
        const std::optional<RunInfo> info = RunStore(f.db()).find(runId);
        QCOMPARE(info->status, u"cancelled"_s);
        const RunTotals totals = RunResults(f.db()).totals(runId);
        QVERIFY(totals.ok > 0 && totals.ok < 40);
        QCOMPARE(totals.errors, 0);
        QCOMPARE(resumeRun(f, runId).outcome.status, u"completed"_s);
        QCOMPARE(RunResults(f.db()).totals(runId).ok, 40);
    }

    void injectedFaultsEndAsClearErrorsNoneLost()
    {
        mock::MockOptions options;
        options.faultRate = 0.2;
        options.seed = 11;
        options.retryAfterSeconds = 1;
        const QStringList kinds{u"400"_s, u"401"_s, u"429"_s, u"500"_s, u"502"_s, u"503"_s, u"504"_s, u"reset"_s,
                                u"stall"_s, u"truncate"_s, u"malformed"_s, u"content-type"_s};
        for (const QString &name : kinds)
            options.faults.append(*mock::faultFromName(name));
        RunFixture f(0, options);
        // Besides the random 20%, each kind hits one row's first attempt for certain.
        QStringList texts;
        for (int i = 0; i < 60; ++i)
            texts.append(u"item number %1%2"_s.arg(i).arg(i < kinds.size() ? u" [[fault:%1x1]]"_s.arg(kinds[i]) : QString()));
        f.addDataset(60, texts, u"faulty"_s);
        f.addProvider({{u"timeouts"_s, QJsonObject{{u"total_ms"_s, 700}}},
                       {u"retry"_s, QJsonObject{{u"max_attempts"_s, 3}, {u"base_delay_ms"_s, 10}}}});
        const PromptVersion v = f.commit(u"p"_s, u"Please answer: {{ text }}"_s);
        const Execution e = runSpec(f, f.spec({v}, {u"mock-small"_s}));
        QVERIFY(e.ok);
        QCOMPARE(e.outcome.status, u"completed"_s);
        QVERIFY(f.server->faultCount() >= kinds.size());

        const QList<CaseRecord> cases = RunResults(f.db()).cases(e.outcome.runId, 0, 100, false);
        QCOMPARE(cases.size(), 60);
        int errors = 0;
        int retried = 0;
        const qint64 firstPosition = cases.constFirst().work.rowPosition;
        QSet<int> statuses;
        for (const CaseRecord &rec : cases) {
            QVERIFY(rec.answered);   // none lost
            const CaseResult &r = rec.result;
            retried += r.attempts > 1;
            if (r.ok) {
                QVERIFY(r.output.startsWith(u"Echo: Please answer: item number %1"_s.arg(rec.work.rowPosition - firstPosition)));
                continue;
            }
            ++errors;
            statuses.insert(r.httpStatus);
            if (r.httpStatus >= 400) {
                QVERIFY2(r.error.startsWith(u"HTTP %1: "_s.arg(r.httpStatus)), qPrintable(r.error));
            } else {
                static const QRegularExpression kind(u"^(network|timeout|protocol|connect): \\S"_s);
                QVERIFY2(kind.match(r.error).hasMatch(), qPrintable(r.error));
            }
        }
        // Faults that are never retried (400, 401, malformed, content-type) are errors.
        QVERIFY(statuses.contains(400) && statuses.contains(401) && statuses.contains(200));
        // The 429's Retry-After (1 s) was waited for.
        QVERIFY2(e.outcome.progress.elapsedMs >= 1000, qPrintable(QString::number(e.outcome.progress.elapsedMs)));
        QVERIFY(retried > 0);   // transient faults were retried
        QCOMPARE(e.outcome.progress.errors, errors);
        QCOMPARE(e.outcome.progress.done, 60);
    }

    void retryAfterIsHonoured()
    {
        mock::MockOptions options;
        options.retryAfterSeconds = 1;
        RunFixture f(3, options);
        // Row 0 gets one 429 with Retry-After: 1; the others answer at once.
        const PromptVersion v = f.commit(
            u"p"_s, u"{% if text == 'item number 0' %}[[fault:429x1]] {% endif %}Please answer: {{ text }}"_s);
        QElapsedTimer clock;
        clock.start();
        const Execution e = runSpec(f, f.spec({v}, {u"mock-small"_s}));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(e.outcome.status, u"completed"_s);
        QCOMPARE(e.outcome.progress.errors, 0);
        const CaseRecord first = RunResults(f.db()).cases(e.outcome.runId, 0, 1, false).at(0);
        QCOMPARE(first.result.attempts, 2);
        QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed)));
        QCOMPARE(f.server->requestCount(), 4);

        // Without the 429 the same rows take far less than the second waited for.
        const PromptVersion quick = f.commit(u"q"_s, u"Quick: {{ text }}"_s);
        clock.restart();
        QCOMPARE(runSpec(f, f.spec({quick}, {u"mock-small"_s})).outcome.status, u"completed"_s);
        QVERIFY2(clock.elapsed() < 900, qPrintable(QString::number(clock.elapsed())));
    }

    void apiKeyIsNeverStored()
    {
        RunFixture f(5);
        const PromptVersion v = f.commit(u"p"_s, u"Please answer: {{ text }}"_s);
        const Execution good = runSpec(f, f.spec({v}, {u"mock-small"_s}));
        QCOMPARE(good.outcome.status, u"completed"_s);
        QCOMPARE(good.outcome.progress.errors, 0);
        // The key did reach the server.
        QCOMPARE(f.server->requests().constLast().header("authorization"), "Bearer " + kRunKey);

        // A server that wants another key rejects ours and quotes it back in its 401.
        mock::MockOptions options = f.server->options();
        options.apiKey = "another-key";
        f.server->setOptions(options);
        RunSpec spec = f.spec({v}, {u"mock-large"_s});
        spec.useCache = false;
        const Execution rejected = runSpec(f, spec);
        QCOMPARE(rejected.outcome.status, u"completed"_s);
        QCOMPARE(rejected.outcome.progress.errors, 5);
        const QList<CaseRecord> cases = RunResults(f.db()).cases(rejected.outcome.runId, 0, 10, true);
        QCOMPARE(cases.at(0).result.httpStatus, 401);
        QVERIFY2(cases.at(0).result.error.contains(u"[redacted]"_s), qPrintable(cases.at(0).result.error));

        const QString key = QString::fromLatin1(kRunKey);
        for (const Execution *e : {&good, &rejected}) {
            QVERIFY(!e->outcome.error.contains(key));
            for (const RunProgress &p : e->progress)
                QVERIFY(!p.currency.contains(key));
        }
        // Neither the database file nor its write-ahead log holds the key (the fixture's
        // connection is still open, so the WAL has not been folded away).
        const QByteArray db = fileBytes(f.path);
        const QByteArray wal = fileBytes(f.path + u"-wal"_s);
        QVERIFY(!db.isEmpty());
        QVERIFY(!wal.isEmpty());
        QVERIFY(!db.contains(kRunKey));
        QVERIFY(!wal.contains(kRunKey));
        // Only the reference is.
        QVERIFY(db.contains("env:LATHE_RUN_TEST_KEY") || wal.contains("env:LATHE_RUN_TEST_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestRunResilience)
#include "tst_runresilience.moc"
