// Benchmark of the LLM transport: chat calls through ChatClient -> HttpClient (one libcurl
// multi thread) against a spawned lathe-mockllm, OpenAI protocol.
//  1. 20,000 calls, no server latency, concurrency 64: requests/s, CPU time per request
//     (this process only: both its threads, not the server), peak RSS (VmHWM).
//  2. The same with streaming (SSE) replies.
//  3. 3,200 calls with 200 ms server latency at concurrency 64 (about 10 s): achieved rate
//     against the ideal 64 / 0.2 s = 320/s.
#include "providers/chatcall.h"
#include "providers/chatclient.h"
#include "providers/envkeyresolver.h"
#include "providers/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

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

QString peakRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"?"_s;
    const QRegularExpression hwm(u"VmHWM:\\s*(\\d+) kB"_s);
    const auto m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? QString::number(m.captured(1).toDouble() / 1024.0, 'f', 1) + u" MB"_s : u"?"_s;
}

struct Outcome
{
    double seconds = 0;
    double cpu = 0;
    int failures = 0;
    QString firstError;
};

Outcome runCalls(ChatClient &client, int count, bool stream, const QString &prefix)
{
    Outcome out;
    int done = 0;
    QEventLoop loop;
    QObject owner;
    const double cpu0 = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        ChatRequest r;
        r.messages = {{u"system"_s, u"You are a careful assistant."_s},
                      {u"user"_s, prefix + u"Case %1: summarise the customer's message in one line: "
                                           "the parcel arrived late and the box was damaged."_s.arg(i)}};
        r.params = {{u"model"_s, u"mock-small"_s}, {u"temperature"_s, 0}, {u"max_tokens"_s, 64}};
        ChatCall *call = client.send(r, stream, &owner);
        QObject::connect(call, &ChatCall::finished, &owner, [&, call](const ChatResponse &response) {
            if (!response.ok() && out.failures++ == 0)
                out.firstError = response.errorMessage;
            call->deleteLater();
            if (++done == count)
                loop.quit();
        });
    }
    loop.exec();
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.cpu = cpuSeconds() - cpu0;
    return out;
}

void report(const char *label, int count, const Outcome &o)
{
    std::printf("%-34s %6d calls  %8.0f req/s  %6.1f us CPU/req  failures %d%s%s\n", label, count,
                count / o.seconds, o.cpu / count * 1e6, o.failures, o.failures ? "  first: " : "",
                qPrintable(o.firstError));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20'000;

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + u"/lathe-mockllm"_s,
                 {u"--port"_s, u"0"_s, u"--latency-ms"_s, u"0"_s});
    if (!server.waitForStarted(5000) || !server.waitForReadyRead(5000)) {
        std::fprintf(stderr, "bench_transport: cannot start lathe-mockllm next to this binary\n");
        return 1;
    }
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QString baseUrl = line.section(u' ', -1);

    HttpClient http;
    EnvKeyResolver keys;
    ProviderConfig config;
    config.name = u"bench"_s;
    config.baseUrl = baseUrl + u"/v1"_s;
    config.limits.maxConcurrent = kConcurrency;
    ChatClient client(http, config, keys);

    std::printf("bench_transport: OpenAI protocol against lathe-mockllm at %s, concurrency %d\n",
                qPrintable(baseUrl), kConcurrency);
    runCalls(client, 200, false, {});   // warm-up: connections, allocator
    report("plain replies, 0 ms latency", count, runCalls(client, count, false, {}));
    report("streamed replies, 0 ms latency", count, runCalls(client, count, true, {}));
    std::printf("peak RSS (VmHWM): %s\n", qPrintable(peakRss()));

    const int latencyCalls = kConcurrency * 50;
    const Outcome slow = runCalls(client, latencyCalls, false, u"[[delay:200]] "_s);
    report("plain replies, 200 ms latency", latencyCalls, slow);
    std::printf("achieved %.1f req/s against the ideal %.0f req/s (%.1f%%)\n", latencyCalls / slow.seconds,
                kConcurrency / 0.2, 100.0 * latencyCalls / slow.seconds / (kConcurrency / 0.2));

    server.terminate();
    server.waitForFinished(3000);
    return 0;
}
