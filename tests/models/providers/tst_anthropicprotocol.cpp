// Anthropic Messages against the mock server: headers, top-level system, required
// max_tokens, stop_sequences, SSE events assembled, usage, normalised stop reasons, errors.
#include "chattestsupport.h"

#include "providers/anthropicprotocol.h"

#include <QJsonArray>

using namespace lathe;
using namespace lathe::testing;

class TestAnthropicProtocol final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<ChatClient> m_client;

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        m_client = std::make_unique<ChatClient>(m_f->http, m_f->config(ProviderKind::Anthropic), m_f->keys);
    }

    void cleanup()
    {
        m_client.reset();
        m_f.reset();
    }

    void requestShape()
    {
        const QJsonObject params{{u"model"_s, u"claude-mock"_s}, {u"temperature"_s, 0.5},
                                 {u"stop"_s, QJsonArray{u"###"_s}}, {u"seed"_s, 3},
                                 {u"response_format"_s, u"json_object"_s}};
        const CallOutcome out = run(*m_client, request(u"hello there"_s, params, u"You are terse."_s), false);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));

        const mock::RecordedRequest sent = m_f->lastRequest();
        QCOMPARE(sent.target, "/v1/messages");
        QCOMPARE(sent.header("x-api-key"), kTestKey);
        QCOMPARE(sent.header("anthropic-version"), "2023-06-01");
        QVERIFY(sent.header("authorization").isEmpty());
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"claude-mock"_s);
        QCOMPARE(body.value(u"system"_s).toString(), u"You are terse."_s);
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), AnthropicProtocol::kDefaultMaxTokens);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.5);
        QCOMPARE(body.value(u"stop_sequences"_s).toArray(), QJsonArray{u"###"_s});
        QVERIFY(!body.contains(u"seed"_s));
        QVERIFY(!body.contains(u"response_format"_s));
        QVERIFY(!body.contains(u"stop"_s));

        QCOMPARE(out.response.output, u"Echo: hello there"_s);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 5);
        QCOMPARE(out.response.completionTokens, 3);
    }

    void streamingAssemblesTextDeltas()
    {
        const CallOutcome out = run(*m_client, request(u"Translate: good morning sun [[chunk-delay:10]]"_s), true);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.output, u"doog gninrom nus"_s);
        QCOMPARE(out.deltas.join(QString()), out.response.output);
        QVERIFY(out.deltas.size() >= 3);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 5);
        QCOMPARE(out.response.completionTokens, 3);   // from message_delta, not message_start
        QVERIFY(out.response.rawResponse.contains("event: message_stop"));
        QCOMPARE(m_f->lastRequest().json().value(u"stream"_s).toBool(), true);
    }

    void maxTokensIsNormalisedToLength_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("plain") << false;
        QTest::newRow("stream") << true;
    }
    void maxTokensIsNormalisedToLength()
    {
        QFETCH(bool, stream);
        const CallOutcome out = run(*m_client, request(u"a b c d e"_s, {{u"max_tokens"_s, 2}}), stream);
        QVERIFY(out.response.ok());
        QCOMPARE(out.response.output.trimmed(), u"Echo: a"_s);
        QCOMPARE(out.response.finishReason, u"length"_s);
    }

    void rateLimitGivesUpAfterMaxAttempts()
    {
        ProviderConfig c = m_f->config(ProviderKind::Anthropic);
        c.retry.maxAttempts = 2;
        c.retry.maxRetryAfterMs = 5000;
        ChatClient client(m_f->http, c, m_f->keys);
        mock::MockOptions options = m_f->server->options();
        options.retryAfterSeconds = 0;   // keep the test fast; timing is covered in tst_httpclient
        m_f->server->setOptions(options);
        const CallOutcome out = run(client, request(u"hi [[fault:429]]"_s), false);
        QCOMPARE(out.response.errorKind, ErrorKind::Http);
        QCOMPARE(out.response.httpStatus, 429);
        QCOMPARE(out.response.attempts, 2);
        QCOMPARE(out.response.errorMessage, u"HTTP 429: Mock fault: HTTP 429"_s);
    }

    void missingModelIsAConfigError()
    {
        ChatRequest r = request(u"hi"_s);
        r.params.remove(u"model"_s);
        const CallOutcome out = run(*m_client, r, false);
        QCOMPARE(out.response.errorKind, ErrorKind::Config);
        QCOMPARE(m_f->server->requestCount(), 0);
    }

    void malformedEventIsAProtocolError()
    {
        const CallOutcome out = run(*m_client, request(u"one two three four five six [[fault:malformed]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Protocol);
        QVERIFY(out.response.errorMessage.startsWith(u"A stream event is not valid JSON"_s));
    }

    void streamWithoutMessageStopIsAnError()
    {
        const CallOutcome out = run(*m_client, request(u"one two three four [[fault:truncate]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Network);
        QVERIFY(out.response.errorMessage.startsWith(u"The stream broke off"_s));
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProtocol)
#include "tst_anthropicprotocol.moc"
