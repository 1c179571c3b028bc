// Benchmark of the run engine end to end: plan, render, cache lookup, calls through the HTTP
// client, pricing and results committed to a workspace, against a spawned lathe-mockllm.
//  1. 20,000 cases (10,000 rows x 2 prompt versions), no server latency, concurrency 64:
//     cases/s, CPU time per case (this process, all threads), peak RSS (VmHWM).
//     Targets: >= 2,000 cases/s, peak RSS < 150 MB.
//  2. The same plan again, every case answered from the response cache.
//  3. 1,024 cases with 200 ms server latency at concurrency 64: achieved rate against the ideal
//     64 / 0.2 s = 320 cases/s (target >= 95 %).
// Usage: bench_run [ROWS [SLOW_CASES]]   (defaults 10000 and 1024)
#include "providers/envkeyresolver.h"
#include "run/runengine.h"
#include "run/runplan.h"
#include "workspace/datasetwriter.h"
#include "workspace/pricingstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runresults.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kConcurrency = 64;

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(u"VmHWM:\\s*(\\d+) kB"_s);
    const auto m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

qint64 addDataset(Database &db, const QString &name, int rows)
{
    DatasetWriter writer(db);
    WorkspaceError error;
    writer.begin(name, name + u".csv"_s, &error);
    for (int i = 0; i < rows; ++i) {
        const QJsonObject row{{u"c0"_s, u"Case %1: the parcel arrived late and the box was damaged, says customer %2."_s
                                            .arg(i).arg(i * 7919 % 100'003)}};
        writer.addRow(QJsonDocument(row).toJson(QJsonDocument::Compact), "[]", "[]", &error);
    }
    writer.commit({{u"c0"_s, u"message"_s, ColumnRole::Variable, ColumnType::Text}}, "[]", &error);
    if (error) {
        std::fprintf(stderr, "bench_run: %s\n", qPrintable(error.message));
        std::exit(1);
    }
    return writer.versionId();
}

PromptVersion commit(Database &db, const QString &name, const QString &text)
{
    PromptContent c;
    c.kind = PromptContent::Kind::Chat;
    c.messages = {{u"system"_s, u"You are a careful support assistant."_s}, {u"user"_s, text}};
    c.params = {{u"model"_s, u"mock-small"_s}, {u"temperature"_s, 0}, {u"max_tokens"_s, 64}};
    StoreError error;
    return *PromptStore(db).commitContent(name, c, u"bench"_s, &error);
}

struct Measured
{
    RunOutcome outcome;
    double startupMs = 0;   // until the plan is stored and loaded
    double seconds = 0;
    double cpu = 0;
};

Measured execute(const QString &path, const RunSpec &spec)
{
    const EnvKeyResolver keys;
    RunEngine engine(path, keys);
    Measured m;
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::finished, &loop, [&](const RunOutcome &o) {
        m.outcome = o;
        loop.quit();
    });
    RunOptions options;
    options.concurrency = kConcurrency;
    const double cpu0 = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&engine, &RunEngine::started, &loop, [&] { m.startupMs = double(clock.nsecsElapsed()) / 1e6; });
    engine.start(spec, options);
    loop.exec();
    m.seconds = double(clock.nsecsElapsed()) / 1e9;
    m.cpu = cpuSeconds() - cpu0;
    return m;
}

void report(const char *label, const Measured &m)
{
    const RunProgress &p = m.outcome.progress;
    std::printf("%-28s %6lld cases %7.0f cases/s %6.1f us CPU/case  start-up %4.0f ms  errors %lld  cached %lld  %s\n",
                label, p.total, double(p.total) / m.seconds, m.cpu / double(p.total) * 1e6, m.startupMs, p.errors,
                p.cached, qPrintable(m.outcome.status));
    if (!m.outcome.error.isEmpty())
        std::printf("  error: %s\n", qPrintable(m.outcome.error));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    const int slowCases = argc > 2 ? QByteArray(argv[2]).toInt() : kConcurrency * 16;

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + u"/lathe-mockllm"_s, {u"--port"_s, u"0"_s});
    if (!server.waitForStarted(5000) || !server.waitForReadyRead(5000)) {
        std::fprintf(stderr, "bench_run: cannot start lathe-mockllm next to this binary\n");
        return 1;
    }
    const QString baseUrl = QString::fromUtf8(server.readLine()).trimmed().section(u' ', -1);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.lathe"_s);
    RunSpec big;
    RunSpec slow;
    {
        WorkspaceError error;
        auto ws = Workspace::create(path, u"bench"_s, &error);
        if (!ws) {
            std::fprintf(stderr, "bench_run: %s\n", qPrintable(error.message));
            return 1;
        }
        Database &db = ws->database();
        StoredProvider p;
        p.name = u"mock"_s;
        p.kind = u"openai"_s;
        p.baseUrl = baseUrl + u"/v1"_s;
        p.keyRef = u"env:LATHE_BENCH_KEY"_s;
        p.config = {{u"limits"_s, QJsonObject{{u"max_concurrent"_s, kConcurrency}}}};
        qputenv("LATHE_BENCH_KEY", "bench-key");
        StoreError storeError;
        if (!ProviderStore(db).save(p, false, &storeError)) {
            std::fprintf(stderr, "bench_run: cannot prepare the workspace: %s\n", qPrintable(storeError.message));
            return 1;
        }
        const StoredProvider provider = *ProviderStore(db).find(u"mock"_s);
        PricingStore(db).save({u"mock-*"_s, 0.15, 0.6, u"USD"_s}, &storeError);
        big.datasetVersionId = addDataset(db, u"tickets"_s, rows);
        for (const QString &t : {u"Summarise in one line: {{ message }}"_s, u"Summarise briefly, one line: {{ message }}"_s})
            big.columns.append(RunPlan::columnSpec(commit(db, u"summary"_s, t), provider, {}));
        slow.datasetVersionId = addDataset(db, u"slow"_s, slowCases);
        slow.columns.append(RunPlan::columnSpec(commit(db, u"slow"_s, u"[[delay:200]] {{ message }}"_s), provider, {}));
    }
    std::printf("bench_run: full engine against lathe-mockllm at %s, concurrency %d\n", qPrintable(baseUrl),
                kConcurrency);

    const Measured first = execute(path, big);
    report("calls, 0 ms latency", first);
    std::printf("peak RSS (VmHWM): %.1f MB\n", peakRssMb());
    const Measured cached = execute(path, big);
    report("response cache, same plan", cached);
    const Measured latency = execute(path, slow);
    report("calls, 200 ms latency", latency);
    const double ideal = kConcurrency / 0.2;
    const double achieved = double(latency.outcome.progress.total) / latency.seconds;
    std::printf("achieved %.1f cases/s against the ideal %.0f cases/s (%.1f%%)\n", achieved, ideal,
                100.0 * achieved / ideal);
    {
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        const RunTotals slowTotals = RunResults(ws->database()).totals(latency.outcome.runId);
        std::printf("mean call latency in the 200 ms phase: %.1f ms\n", slowTotals.meanLatencyMs);
        const RunTotals t = RunResults(ws->database()).totals(first.outcome.runId);
        std::printf("stored: %lld ok, %lld errors, cost $%.4f; workspace %.1f MB\n", t.ok, t.errors, t.cost,
                    double(QFile(path).size()) / 1e6);
    }
    std::printf("peak RSS (VmHWM): %.1f MB\n", peakRssMb());

    server.terminate();
    server.waitForFinished(3000);
    return 0;
}
