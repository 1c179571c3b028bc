// lathe-cli run end to end against a mock LLM server: start (and the `run WORKSPACE` shorthand),
// list, show, resume, cancel and pricing with their exit codes and JSON; a running process
// stops when the run is cancelled from another; and a recognisable API key appears nowhere in
// the workspace file, its WAL, exports or anything the command line prints.
#include "clirunner.h"
#include "mockllmthread.h"

#include "workspace/datasetwriter.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runresults.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-cli-run-SECRET-51f0c3a9e2");
const char *const kKeyVariable = "LATHE_CLI_RUN_KEY";

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<MockLlmThread> m_mock;
    int m_n = 0;

    // A workspace with dataset "rows" (row texts), prompts and provider "mock".
    void makeWorkspace(const QStringList &texts)
    {
        m_ws = m_dir.filePath(u"w%1.lathe"_s.arg(++m_n));
        WorkspaceError error;
        auto ws = Workspace::create(m_ws, u"cli"_s, &error);
        QVERIFY(ws);
        DatasetWriter writer(ws->database());
        QVERIFY(writer.begin(u"rows"_s, u"rows.csv"_s, &error));
        for (const QString &t : texts)
            QVERIFY(writer.addRow(QJsonDocument(QJsonObject{{u"c0"_s, t}}).toJson(QJsonDocument::Compact), "[]", "[]", &error));
        QVERIFY(writer.commit({{u"c0"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text}}, "[]", &error));
        PromptStore prompts(ws->database());
        StoreError storeError;
        PromptContent c;
        c.templateText = u"Please answer: {{ text }}"_s;
        c.params = {{u"model"_s, u"mock-small"_s}};
        QVERIFY(prompts.commitContent(u"ask"_s, c, u"v1"_s, &storeError));
        c.templateText = u"[[delay:300]] Slowly: {{ text }}"_s;
        QVERIFY(prompts.commitContent(u"slow"_s, c, u"v1"_s, &storeError));
        StoredProvider p;
        p.name = u"mock"_s;
        p.kind = u"openai"_s;
        p.baseUrl = m_mock->baseUrl() + u"/v1"_s;
        p.keyRef = u"env:"_s + QLatin1StringView(kKeyVariable);
        p.config = {{u"retry"_s, QJsonObject{{u"base_delay_ms"_s, 10}}}};
        QVERIFY(ProviderStore(ws->database()).save(p, false, &storeError));
    }

    QStringList startArgs(const QString &prompt) const
    {
        return {u"run"_s, m_ws, u"--prompt"_s, prompt, u"--dataset"_s, u"rows"_s};
    }

private Q_SLOTS:
    void init()
    {
        qputenv(kKeyVariable, kKey);
        mock::MockOptions options;
        options.apiKey = kKey;
        m_mock = std::make_unique<MockLlmThread>(options);
    }
    void cleanup() { m_mock.reset(); }

    void startListShowResumeExitCodes()
    {
        makeWorkspace({u"alpha"_s, u"beta"_s, u"gamma [[fault:400x1]]"_s, u"delta"_s});

        // Usage errors (2) and bad input (3) before anything runs.
        QCOMPARE(runCli({u"run"_s, m_ws, u"--prompt"_s, u"ask"_s}).code, 2);   // no --dataset
        QCOMPARE(runCli(startArgs(u"missing"_s)).code, 3);
        QCOMPARE(runCli(startArgs(u"ask"_s) << u"--provider"_s << u"nope"_s).code, 3);
        QCOMPARE(runCli(startArgs(u"ask"_s) << u"--repeat"_s << u"0"_s).code, 2);
        QCOMPARE(runCli({u"run"_s, u"start"_s, m_dir.filePath(u"none.lathe"_s), u"--prompt"_s, u"ask"_s, u"--dataset"_s, u"rows"_s}).code, 3);
        QCOMPARE(m_mock->requestCount(), 0);

        // The shorthand runs; one case fails (HTTP 400 once): exit 1 with a hint to retry it.
        CliResult r = runCli(startArgs(u"ask"_s));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"Run 1 completed"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"3 ok, 1 errors"_s));
        QVERIFY(r.out.contains(u"HTTP 400"_s));
        QVERIFY(r.out.contains(u"--retry-failed"_s));
        QCOMPARE(m_mock->requestCount(), 4);

        r = runCli({u"run"_s, u"list"_s, m_ws, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray runs = json(r).value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject().value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(runs[0].toObject().value(u"errors"_s).toInt(), 1);

        r = runCli({u"run"_s, u"show"_s, m_ws, u"1"_s, u"--json"_s, u"--results"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray results = json(r).value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].toObject().value(u"output"_s).toString(), u"Echo: Please answer: alpha"_s);
        QCOMPARE(results[2].toObject().value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(results[2].toObject().value(u"http_status"_s).toInt(), 400);
        QCOMPARE(runCli({u"run"_s, u"show"_s, m_ws, u"1"_s}).code, 0);

        // Resume has nothing left; --retry-failed sends just the failed case, which now passes.
        m_mock->resetStats();
        QCOMPARE(runCli({u"run"_s, u"resume"_s, m_ws, u"1"_s}).code, 1);   // still has its error
        QCOMPARE(m_mock->requestCount(), 0);
        r = runCli({u"run"_s, u"resume"_s, m_ws, u"1"_s, u"--retry-failed"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_mock->requestCount(), 1);
        QCOMPARE(json(r).value(u"totals"_s).toObject().value(u"ok"_s).toInt(), 4);

        // `run start` with --json, answered from the cache.
        r = runCli(QStringList{u"run"_s, u"start"_s} + startArgs(u"ask"_s).mid(1) << u"--json"_s);
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(json(r).value(u"totals"_s).toObject().value(u"cached"_s).toInt(), 4);
        QCOMPARE(m_mock->requestCount(), 1);

        QCOMPARE(runCli({u"run"_s, u"cancel"_s, m_ws, u"1"_s}).code, 1);   // not running
        QCOMPARE(runCli({u"run"_s, u"show"_s, m_ws, u"99"_s}).code, 3);
        QCOMPARE(runCli({u"run"_s, u"resume"_s, m_ws, u"abc"_s}).code, 2);

        // Prices: set, listed, applied to the next run.
        QCOMPARE(runCli({u"run"_s, u"pricing"_s, m_ws, u"--set"_s, u"mock-*"_s, u"--input"_s, u"1"_s, u"--output"_s, u"2"_s}).code, 0);
        QCOMPARE(runCli({u"run"_s, u"pricing"_s, m_ws, u"--set"_s, u"x"_s, u"--input"_s, u"-1"_s, u"--output"_s, u"2"_s}).code, 2);
        r = runCli(startArgs(u"ask"_s) << u"--no-cache"_s << u"--json"_s);
        QCOMPARE(r.code, 0);
        QVERIFY(json(r).value(u"totals"_s).toObject().value(u"cost"_s).toDouble() > 0);
        QCOMPARE(json(r).value(u"currency"_s).toString(), u"USD"_s);
    }

    void cancelStopsARunningProcess()
    {
        QStringList texts;
        for (int i = 0; i < 30; ++i)
            texts.append(u"row %1"_s.arg(i));
        makeWorkspace(texts);
        QProcess running;
        running.setProgram(QStringLiteral(LATHE_BIN_DIR "/lathe-cli"));
        running.setArguments(startArgs(u"slow"_s) << u"--concurrency"_s << u"2"_s);   // 300 ms per case: ~4.5 s
        running.start();
        QVERIFY(running.waitForStarted());
        // Wait until some results are stored, then cancel from another process.
        QTRY_VERIFY_WITH_TIMEOUT(m_mock->requestCount() >= 6, 10'000);
        const CliResult cancel = runCli({u"run"_s, u"cancel"_s, m_ws, u"1"_s});
        QCOMPARE(cancel.code, 0);
        QVERIFY(running.waitForFinished(5000));
        QCOMPARE(running.exitCode(), 1);
        const QString out = QString::fromUtf8(running.readAllStandardOutput());
        QVERIFY2(out.contains(u"Run 1 cancelled"_s), qPrintable(out));
        QVERIFY(QString::fromUtf8(running.readAllStandardError()).contains(u"was cancelled"_s));

        const qint64 done = [&] {
            WorkspaceError error;
            auto ws = Workspace::open(m_ws, &error);
            return RunResults(ws->database()).totals(1).done();
        }();
        QVERIFY2(done > 0 && done < 30, qPrintable(QString::number(done)));
        m_mock->resetStats();
        const CliResult resume = runCli({u"run"_s, u"resume"_s, m_ws, u"1"_s, u"--concurrency"_s, u"8"_s});
        QCOMPARE(resume.code, 0);
        QCOMPARE(m_mock->requestCount(), 30 - done);
    }

    void apiKeyNeverLeaks()
    {
        makeWorkspace({u"one"_s, u"two"_s, u"three"_s});
        // Keep a connection open so the WAL stays on disk for inspection.
        WorkspaceError error;
        auto holder = Workspace::open(m_ws, &error);
        QVERIFY(holder);

        QList<CliResult> outputs;
        outputs << runCli(startArgs(u"ask"_s));
        QCOMPARE(outputs.last().code, 0);
        // A server that wants another key rejects ours and quotes it in its 401 body.
        m_mock->setApiKey("the-other-key");
        outputs << runCli(startArgs(u"ask"_s) << u"--no-cache"_s << u"--model"_s << u"mock-large"_s);
        QCOMPARE(outputs.last().code, 1);
        QVERIFY(outputs.last().out.contains(u"HTTP 401"_s));
        outputs << runCli({u"run"_s, u"show"_s, m_ws, u"1"_s, u"--json"_s, u"--results"_s, u"--bodies"_s});
        outputs << runCli({u"run"_s, u"show"_s, m_ws, u"2"_s, u"--json"_s, u"--results"_s, u"--bodies"_s});
        QVERIFY(outputs.last().out.contains(u"[redacted]"_s));
        outputs << runCli({u"run"_s, u"show"_s, m_ws, u"2"_s, u"--results"_s});
        outputs << runCli({u"run"_s, u"list"_s, m_ws, u"--json"_s});
        outputs << runCli({u"provider"_s, u"list"_s, m_ws, u"--json"_s});
        outputs << runCli({u"dataset"_s, u"export"_s, m_ws, u"rows"_s, u"-o"_s, u"-"_s, u"--format"_s, u"jsonl"_s});
        QCOMPARE(outputs.last().code, 0);

        const QString key = QString::fromLatin1(kKey);
        for (const CliResult &r : std::as_const(outputs)) {
            QVERIFY(!r.out.contains(key));
            QVERIFY(!r.err.contains(key));
        }
        const QByteArray file = fileBytes(m_ws);
        const QByteArray wal = fileBytes(m_ws + u"-wal"_s);
        QVERIFY(!wal.isEmpty());
        QVERIFY(!file.contains(kKey));
        QVERIFY(!wal.contains(kKey));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
