// lathe-mockllm: a deterministic LLM server for tests, demos and benchmarks.
//   lathe-mockllm --port N --latency-ms L [--fault-rate R --faults 429,500,...] [--seed S]
// Prints "lathe-mockllm listening on http://HOST:PORT" once it accepts connections.
#include "mockllmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace lathe::mock;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "lathe-mockllm: %s\n", qPrintable(message));
    std::exit(2);
}

int intOption(const QCommandLineParser &p, const QString &name, int min)
{
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value < min)
        usageError(u"--%1 needs an integer >= %2"_s.arg(name).arg(min));
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lathe-mockllm"_s);

    QCommandLineParser p;
    p.setApplicationDescription(u"Deterministic mock LLM server (OpenAI, Anthropic, Ollama)."_s);
    p.addHelpOption();
    p.addOptions({
        {u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Port, 0 for any free port (default 8089)."_s, u"N"_s, u"8089"_s},
        {u"latency-ms"_s, u"Delay before each reply."_s, u"L"_s, u"0"_s},
        {u"chunk-delay-ms"_s, u"Delay between streamed chunks."_s, u"MS"_s, u"0"_s},
        {u"fault-rate"_s, u"Share of chat requests that get a fault (0..1)."_s, u"R"_s, u"0"_s},
        {u"faults"_s, u"Faults to draw from: 400,401,429,500,502,503,504,reset,stall,"
                      "truncate,malformed,content-type."_s, u"LIST"_s, u"429,500,503"_s},
        {u"seed"_s, u"Seed of the fault draws."_s, u"S"_s, u"1"_s},
        {u"retry-after"_s, u"Retry-After seconds of 429 faults."_s, u"S"_s, u"1"_s},
        {u"api-key"_s, u"Require this API key on chat requests."_s, u"KEY"_s},
    });
    p.process(app);

    MockOptions options;
    options.latencyMs = intOption(p, u"latency-ms"_s, 0);
    options.chunkDelayMs = intOption(p, u"chunk-delay-ms"_s, 0);
    options.seed = quint32(intOption(p, u"seed"_s, 0));
    options.retryAfterSeconds = intOption(p, u"retry-after"_s, 0);
    options.apiKey = p.value(u"api-key"_s).toUtf8();
    bool ok = false;
    options.faultRate = p.value(u"fault-rate"_s).toDouble(&ok);
    if (!ok || options.faultRate < 0 || options.faultRate > 1)
        usageError(u"--fault-rate needs a number between 0 and 1"_s);
    for (const QString &name : p.value(u"faults"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto fault = faultFromName(name.trimmed());
        if (!fault)
            usageError(u"unknown fault: "_s + name);
        options.faults.append(*fault);
    }
    const QHostAddress host(p.value(u"host"_s));
    if (host.isNull())
        usageError(u"--host needs an IP address"_s);

    MockLlmServer server(options);
    if (!server.listen(host, quint16(intOption(p, u"port"_s, 0)))) {
        std::fprintf(stderr, "lathe-mockllm: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("lathe-mockllm listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
