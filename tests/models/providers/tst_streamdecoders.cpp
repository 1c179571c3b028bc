// SseParser and the three stream decoders on canned streams, fed whole and one byte at a
// time: line endings, comments, multi-line data, completion, usage, mid-stream errors.
#include "providers/chatprotocol.h"
#include "providers/sseparser.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QList<SseParser::Event> parse(const QByteArray &text, bool byteWise)
{
    SseParser parser;
    QList<SseParser::Event> events;
    if (!byteWise) {
        parser.feed(text, &events);
        return events;
    }
    for (char c : text)
        parser.feed(QByteArrayView(&c, 1), &events);
    return events;
}

struct Decoded
{
    QString text;
    QStringList pieces;
    std::unique_ptr<StreamDecoder> decoder;
};

Decoded decode(ProviderKind kind, const QByteArray &stream, bool byteWise)
{
    Decoded d{{}, {}, ChatProtocol::create(kind)->newStreamDecoder()};
    const qsizetype step = byteWise ? 1 : stream.size();
    for (qsizetype i = 0; i < stream.size(); i += step) {
        const QString piece = d.decoder->feed(QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i)));
        if (!piece.isEmpty())
            d.pieces.append(piece);
    }
    d.text = d.pieces.join(QString());
    return d;
}

const QByteArray kOpenAi =
    "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\r\n\r\n"
    ": keep-alive comment\r\n\r\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\"lo 👋\"},\"finish_reason\":null}]}\r\r"
    "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2}}\n\n"
    "data: [DONE]\n\n";

const QByteArray kAnthropic =
    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":11,\"output_tokens\":1}}}\n\n"
    "event: ping\ndata: {\"type\":\"ping\"}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"안녕\"}}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\" world\"}}\n\n"
    "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"stop_sequence\"},\"usage\":{\"output_tokens\":4}}\n\n"
    "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

const QByteArray kOllama =
    "{\"message\":{\"role\":\"assistant\",\"content\":\"a\"},\"done\":false}\n"
    "{\"message\":{\"role\":\"assistant\",\"content\":\"b\"},\"done\":false}\n"
    "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"length\",\"prompt_eval_count\":3,\"eval_count\":2}\n";

} // namespace

class TestStreamDecoders final : public QObject
{
    Q_OBJECT

private slots:
    void sseEvents_data()
    {
        QTest::addColumn<bool>("byteWise");
        QTest::newRow("whole") << false;
        QTest::newRow("byte by byte") << true;
    }
    void sseEvents()
    {
        QFETCH(bool, byteWise);
        const QByteArray text = "event: a\ndata: one\ndata:two\n\n"   // two data lines, no space
                                ": comment\r\n"
                                "id: 5\r\nretry: 100\r\n"
                                "data: three\r\n\r\n"
                                "\n\n"                               // blank lines alone: nothing
                                "data\n\n"                           // field without colon
                                "data: open";                        // unfinished
        const auto events = parse(text, byteWise);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).event, "a");
        QCOMPARE(events.at(0).data, "one\ntwo");
        QCOMPARE(events.at(1).event, QByteArray());
        QCOMPARE(events.at(1).data, "three");
        QCOMPARE(events.at(2).data, QByteArray());
    }

    void crLfSplitAcrossFeeds()
    {
        SseParser parser;
        QList<SseParser::Event> events;
        parser.feed("data: x\r", &events);
        parser.feed("\n\r", &events);
        QCOMPARE(events.size(), 1);
        parser.feed("\ndata: y\r\n\r\n", &events);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).data, "y");
        QVERIFY(!parser.hasPartialEvent());
    }

    void decoders_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("byteWise");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<int>("promptTokens");
        QTest::addColumn<int>("completionTokens");
        for (bool byteWise : {false, true}) {
            const char *mode = byteWise ? "bytes" : "whole";
            QTest::addRow("openai %s", mode) << ProviderKind::OpenAi << kOpenAi << byteWise
                                             << u"Hello 👋"_s << u"stop"_s << 7 << 2;
            QTest::addRow("anthropic %s", mode) << ProviderKind::Anthropic << kAnthropic << byteWise
                                                << u"안녕 world"_s << u"stop"_s << 11 << 4;
            QTest::addRow("ollama %s", mode) << ProviderKind::Ollama << kOllama << byteWise
                                             << u"ab"_s << u"length"_s << 3 << 2;
        }
    }
    void decoders()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QByteArray, stream);
        QFETCH(bool, byteWise);
        QFETCH(QString, text);
        QFETCH(QString, finish);
        QFETCH(int, promptTokens);
        QFETCH(int, completionTokens);
        const Decoded d = decode(kind, stream, byteWise);
        QVERIFY2(!d.decoder->hasError(), qPrintable(d.decoder->errorMessage()));
        QCOMPARE(d.text, text);
        QCOMPARE(d.decoder->text(), text);
        QVERIFY(d.decoder->isComplete());
        QCOMPARE(d.decoder->finishReason(), finish);
        QCOMPARE(d.decoder->promptTokens(), promptTokens);
        QCOMPARE(d.decoder->completionTokens(), completionTokens);
    }

    void incompleteStreams_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("openai") << ProviderKind::OpenAi << kOpenAi.left(kOpenAi.indexOf("data: {\"choices\":[{\"delta\":{},"));
        QTest::newRow("anthropic") << ProviderKind::Anthropic << kAnthropic.left(kAnthropic.indexOf("event: message_stop"));
        QTest::newRow("ollama") << ProviderKind::Ollama << kOllama.left(kOllama.lastIndexOf("{\"message"));
    }
    void incompleteStreams()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QByteArray, stream);
        const Decoded d = decode(kind, stream, false);
        QVERIFY(!d.decoder->hasError());
        QVERIFY(!d.decoder->isComplete());
        QVERIFY(!d.text.isEmpty());
    }

    void errorsInsideStreams_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<ErrorKind>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("anthropic overloaded")
            << ProviderKind::Anthropic
            << QByteArray("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n")
            << ErrorKind::Provider << u"Overloaded"_s;
        QTest::newRow("openai error object")
            << ProviderKind::OpenAi << QByteArray("data: {\"error\":{\"message\":\"model crashed\"}}\n\n")
            << ErrorKind::Provider << u"model crashed"_s;
        QTest::newRow("ollama error line")
            << ProviderKind::Ollama << QByteArray("{\"error\":\"out of memory\"}\n")
            << ErrorKind::Provider << u"out of memory"_s;
        QTest::newRow("openai broken json")
            << ProviderKind::OpenAi << QByteArray("data: {\"choices\":[\n\n")
            << ErrorKind::Protocol << QString();
    }
    void errorsInsideStreams()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QByteArray, stream);
        QFETCH(ErrorKind, error);
        QFETCH(QString, message);
        const Decoded d = decode(kind, stream + kOpenAi, false);
        QCOMPARE(d.decoder->errorKind(), error);
        if (!message.isEmpty())
            QCOMPARE(d.decoder->errorMessage(), message);
        QVERIFY(d.text.isEmpty());   // nothing is decoded after an error
    }

    void providerMessageShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("openai") << QByteArray(R"({"error":{"message":"bad model","type":"invalid_request_error"}})") << u"bad model"_s;
        QTest::newRow("anthropic") << QByteArray(R"({"type":"error","error":{"type":"x","message":"nope"}})") << u"nope"_s;
        QTest::newRow("ollama") << QByteArray(R"({"error":"model not found"})") << u"model not found"_s;
        QTest::newRow("vllm") << QByteArray(R"({"object":"error","message":"too long"})") << u"too long"_s;
        QTest::newRow("fastapi") << QByteArray(R"({"detail":[{"msg":"field required"}]})") << u"field required"_s;
        QTest::newRow("html") << QByteArray("<html>\n <body>Bad   gateway</body></html>") << u"<html> <body>Bad gateway</body></html>"_s;
        QTest::newRow("empty json") << QByteArray("{}") << QString();
    }
    void providerMessageShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ChatProtocol::providerMessage(body), message);
    }
};

QTEST_APPLESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
