// Ollama's native /api/chat against the mock server: options, format, explicit stream flag,
// NDJSON streaming, prompt_eval_count/eval_count, and errors.
#include "chattestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lathe;
using namespace lathe::testing;

class TestOllamaProtocol final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<ChatClient> m_client;

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        ProviderConfig c = m_f->config(ProviderKind::Ollama);
        c.keyRef.clear();   // local Ollama takes no key
        m_client = std::make_unique<ChatClient>(m_f->http, c, m_f->keys);
    }

    void cleanup()
    {
        m_client.reset();
        m_f.reset();
    }

    void requestShapeAndPlainReply()
    {
        const QJsonObject params{{u"model"_s, u"llama3.2"_s}, {u"temperature"_s, 0.1}, {u"top_p"_s, 0.8},
                                 {u"max_tokens"_s, 64}, {u"seed"_s, 42}, {u"stop"_s, QJsonArray{u"\n\n"_s}},
                                 {u"response_format"_s, u"json_object"_s}};
        const CallOutcome out = run(*m_client, request(u"ping"_s, params), false);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));

        const mock::RecordedRequest sent = m_f->lastRequest();
        QCOMPARE(sent.target, "/api/chat");
        QVERIFY(sent.header("authorization").isEmpty());
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"llama3.2"_s);
        QCOMPARE(body.value(u"stream"_s).toBool(true), false);   // sent explicitly
        const QJsonObject options = body.value(u"options"_s).toObject();
        QCOMPARE(options.value(u"temperature"_s).toDouble(), 0.1);
        QCOMPARE(options.value(u"top_p"_s).toDouble(), 0.8);
        QCOMPARE(options.value(u"num_predict"_s).toInt(), 64);
        QCOMPARE(options.value(u"seed"_s).toInt(), 42);
        QCOMPARE(options.value(u"stop"_s).toArray(), QJsonArray{u"\n\n"_s});
        QCOMPARE(body.value(u"format"_s).toString(), u"json"_s);

        QCOMPARE(QJsonDocument::fromJson(out.response.output.toUtf8()).object().value(u"echo"_s).toString(), u"ping"_s);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 1);
        QCOMPARE(out.response.completionTokens, 1);
    }

    void schemaIsSentAsFormat()
    {
        const QJsonObject schema{{u"type"_s, u"object"_s},
                                 {u"properties"_s, QJsonObject{{u"ok"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}}};
        const CallOutcome out = run(*m_client, request(u"check"_s, {{u"response_format"_s, u"json_schema"_s},
                                                                    {u"json_schema"_s, schema}}), false);
        QCOMPARE(m_f->lastRequest().json().value(u"format"_s).toObject(), schema);
        QCOMPARE(out.response.output, u"{\"ok\":true}"_s);
    }

    void ndjsonStreamIsAssembled()
    {
        const CallOutcome out = run(*m_client, request(u"one two three [[chunk-delay:10]]"_s), true);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.output, u"Echo: one two three"_s);
        QCOMPARE(out.deltas.join(QString()), out.response.output);
        QVERIFY(out.deltas.size() >= 4);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 4);
        QCOMPARE(out.response.completionTokens, 4);
        QCOMPARE(m_f->lastRequest().json().value(u"stream"_s).toBool(), true);
    }

    void lengthLimitedStream()
    {
        const CallOutcome out = run(*m_client, request(u"a b c d"_s, {{u"max_tokens"_s, 2}}), true);
        QCOMPARE(out.response.finishReason, u"length"_s);
        QCOMPARE(out.response.completionTokens, 2);
    }

    void serverErrorMessageIsReported()
    {
        ProviderConfig c = m_client->config();
        c.retry.maxAttempts = 1;
        ChatClient client(m_f->http, c, m_f->keys);
        const CallOutcome out = run(client, request(u"hi [[fault:500]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Http);
        QCOMPARE(out.response.httpStatus, 500);
        QCOMPARE(out.response.errorMessage, u"HTTP 500: Mock fault: HTTP 500"_s);
    }

    void malformedLineIsAProtocolError()
    {
        const CallOutcome out = run(*m_client, request(u"a b c d e f [[fault:malformed]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Protocol);
        QVERIFY(out.response.errorMessage.startsWith(u"A stream line is not valid JSON"_s));
    }

    void wrongContentTypeIsAProtocolError()
    {
        const CallOutcome out = run(*m_client, request(u"hi [[fault:content-type]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Protocol);
        QVERIFY(out.response.errorMessage.contains(u"text/html"_s));
    }
};

QTEST_GUILESS_MAIN(TestOllamaProtocol)
#include "tst_ollamaprotocol.moc"
