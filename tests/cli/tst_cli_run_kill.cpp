// Crash safety of runs: a lathe-cli run of 400 cases against a mock server answering in 20 ms
// is killed with SIGKILL at 20 random (seeded) moments, resumed each time. After every kill
// the workspace opens, PRAGMA integrity_check says ok, and every result seen before is still
// there unchanged. A final resume then sends exactly the cases still missing: the server's
// request count equals the missing count (less those answered from the response cache).
#include "clirunner.h"
#include "mockllmthread.h"

#include "workspace/database.h"
#include "workspace/datasetwriter.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runresults.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 400;
constexpr int kKills = 20;
const char *const kKeyVariable = "LATHE_CLI_KILL_KEY";

struct Snapshot
{
    qint64 runId = 0;
    QHash<qint64, QString> results;   // case id -> status, output and creation time
    qint64 cached = 0;                // results marked cached
};

} // namespace

class TestCliRunKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    void makeWorkspace(const QString &baseUrl)
    {
        m_ws = m_dir.filePath(u"kill.lathe"_s);
        WorkspaceError error;
        auto ws = Workspace::create(m_ws, u"kill"_s, &error);
        QVERIFY(ws);
        DatasetWriter writer(ws->database());
        QVERIFY(writer.begin(u"rows"_s, u"rows.csv"_s, &error));
        for (int i = 0; i < kRows; ++i) {
            const QJsonObject row{{u"c0"_s, u"case %1"_s.arg(i)}};
            QVERIFY(writer.addRow(QJsonDocument(row).toJson(QJsonDocument::Compact), "[]", "[]", &error));
        }
        QVERIFY(writer.commit({{u"c0"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text}}, "[]", &error));
        PromptContent c;
        c.templateText = u"Please answer: {{ text }}"_s;
        StoreError storeError;
        QVERIFY(PromptStore(ws->database()).commitContent(u"ask"_s, c, u"v1"_s, &storeError));
        StoredProvider p;
        p.name = u"mock"_s;
        p.kind = u"openai"_s;
        p.baseUrl = baseUrl + u"/v1"_s;
        p.keyRef = u"env:"_s + QLatin1StringView(kKeyVariable);
        QVERIFY(ProviderStore(ws->database()).save(p, false, &storeError));
    }

    // Opens the workspace as a user would after the crash, checks it, and reads the results.
    static void inspect(const QString &path, Snapshot *out)
    {
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->database().queryText("PRAGMA integrity_check"), u"ok"_s);
        const QList<RunInfo> runs = RunStore(ws->database()).list();
        QVERIFY(runs.size() <= 1);
        if (runs.isEmpty())
            return;   // killed before the plan was stored
        out->runId = runs.constFirst().id;
        QCOMPARE(runs.constFirst().totalCases, kRows);
        for (const CaseRecord &c : RunResults(ws->database()).cases(out->runId, 0, kRows, false)) {
            if (!c.answered)
                continue;
            QVERIFY2(c.result.ok, qPrintable(c.result.error));
            out->results.insert(c.work.caseId, c.result.output + u'|' + c.createdAt);
            out->cached += c.result.cached;
        }
    }

private Q_SLOTS:
    void killedRunsLoseNothingAndResumeRepeatsNothing()
    {
        qputenv(kKeyVariable, "kill-test-key");
        mock::MockOptions options;
        options.latencyMs = 20;
        MockLlmThread mock(options);
        makeWorkspace(mock.baseUrl());

        QRandomGenerator random(20'261'128);
        Snapshot previous;
        QElapsedTimer clock;
        clock.start();
        int killedMidRun = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess p;
            p.setProgram(QStringLiteral(LATHE_BIN_DIR "/lathe-cli"));
            if (previous.runId == 0)
                p.setArguments({u"run"_s, m_ws, u"--prompt"_s, u"ask"_s, u"--dataset"_s, u"rows"_s, u"--model"_s,
                                u"mock-small"_s, u"--concurrency"_s, u"4"_s});
            else
                p.setArguments({u"run"_s, u"resume"_s, m_ws, QString::number(previous.runId), u"--concurrency"_s, u"4"_s});
            p.start();
            QVERIFY(p.waitForStarted());
            // The moment of the kill: anywhere from start-up to well into the run.
            const int delayMs = 30 + int(random.bounded(220));
            if (!p.waitForFinished(delayMs)) {
                p.kill();   // SIGKILL
                QVERIFY(p.waitForFinished(5000));
                QCOMPARE(p.exitStatus(), QProcess::CrashExit);
                ++killedMidRun;
            }

            Snapshot now;
            inspect(m_ws, &now);
            if (QTest::currentTestFailed())
                return;
            // Everything completed before is still there, unchanged.
            for (auto it = previous.results.cbegin(); it != previous.results.cend(); ++it)
                QCOMPARE(now.results.value(it.key()), it.value());
            QVERIFY(now.results.size() >= previous.results.size());
            previous = now;
        }
        QVERIFY2(killedMidRun >= kKills / 2, qPrintable(QString::number(killedMidRun)));
        QVERIFY(previous.runId > 0);
        const qint64 missing = kRows - previous.results.size();
        qInfo("%d kills; %lld of %d cases done before the final resume", killedMidRun,
              qint64(previous.results.size()), kRows);

        mock.resetStats();
        const CliResult final = runCli({u"run"_s, u"resume"_s, m_ws, QString::number(previous.runId), u"--concurrency"_s, u"16"_s});
        QVERIFY2(final.code == 0, qPrintable(final.out + final.err));
        Snapshot done;
        inspect(m_ws, &done);
        QCOMPARE(done.results.size(), kRows);
        for (auto it = previous.results.cbegin(); it != previous.results.cend(); ++it)
            QCOMPARE(done.results.value(it.key()), it.value());
        // Cases whose answer reached the cache but whose result died with the process are
        // answered from the cache; every other missing case is asked exactly once.
        const qint64 cachedNow = done.cached - previous.cached;
        QCOMPARE(mock.requestCount(), missing - cachedNow);
        QVERIFY2(clock.elapsed() < 60'000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCliRunKill)
#include "tst_cli_run_kill.moc"
