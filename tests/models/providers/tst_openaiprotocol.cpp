// OpenAI Chat Completions (and Azure OpenAI) against the mock server: the request as the
// server received it, replies plain and streamed, usage, finish reasons, and every failure
// mapped to a clear error.
#include "chattestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lathe;
using namespace lathe::testing;

class TestOpenAiProtocol final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<ChatClient> m_client;

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        m_client = std::make_unique<ChatClient>(m_f->http, m_f->config(ProviderKind::OpenAi, u"/v1"_s), m_f->keys);
    }

    void cleanup()
    {
        m_client.reset();
        m_f.reset();
    }

    void requestCarriesMessagesAndParameters()
    {
        const QJsonObject schema{{u"type"_s, u"object"_s},
                                 {u"properties"_s, QJsonObject{{u"answer"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                                               {u"words"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}};
        const QJsonObject params{{u"model"_s, u"mock-large"_s}, {u"temperature"_s, 0.2}, {u"top_p"_s, 0.9},
                                 {u"max_tokens"_s, 50}, {u"stop"_s, QJsonArray{u"END"_s}}, {u"seed"_s, 7},
                                 {u"response_format"_s, u"json_schema"_s}, {u"json_schema"_s, schema}};
        const CallOutcome out = run(*m_client, request(u"name a colour"_s, params, u"Be brief."_s), false);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));

        const mock::RecordedRequest sent = m_f->lastRequest();
        QCOMPARE(sent.method, "POST");
        QCOMPARE(sent.target, "/v1/chat/completions");
        QCOMPARE(sent.header("authorization"), "Bearer " + kTestKey);
        QCOMPARE(sent.header("content-type"), "application/json");
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"mock-large"_s);
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), u"name a colour"_s);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.2);
        QCOMPARE(body.value(u"top_p"_s).toDouble(), 0.9);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 50);
        QCOMPARE(body.value(u"stop"_s).toArray(), QJsonArray{u"END"_s});
        QCOMPARE(body.value(u"seed"_s).toInt(), 7);
        const QJsonObject format = body.value(u"response_format"_s).toObject();
        QCOMPARE(format.value(u"type"_s).toString(), u"json_schema"_s);
        QCOMPARE(format.value(u"json_schema"_s).toObject().value(u"schema"_s).toObject(), schema);
        QVERIFY(!body.contains(u"stream"_s));
        QCOMPARE(out.response.rawRequest, sent.body);

        // The mock fills the schema's properties: string -> the message, integer -> word count.
        const QJsonObject answer = QJsonDocument::fromJson(out.response.output.toUtf8()).object();
        QCOMPARE(answer.value(u"answer"_s).toString(), u"name a colour"_s);
        QCOMPARE(answer.value(u"words"_s).toInt(), 3);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 5);   // "Be brief." + "name a colour"
        QCOMPARE(out.response.completionTokens, int(out.response.output.split(u' ').size()));
        QCOMPARE(out.response.httpStatus, 200);
        QCOMPARE(out.response.attempts, 1);
        QVERIFY(out.response.latencyMs >= 0);
        QVERIFY(out.response.ttftMs >= 0);
    }

    void streamingAssemblesDeltasAndUsage()
    {
        // The chunk delay makes the pieces arrive separately.
        const CallOutcome out = run(*m_client, request(u"Translate: hello big world [[chunk-delay:10]]"_s), true);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.output, u"olleh gib dlrow"_s);
        QCOMPARE(out.deltas.join(QString()), out.response.output);
        QVERIFY(out.deltas.size() >= 3);
        QCOMPARE(out.response.finishReason, u"stop"_s);
        QCOMPARE(out.response.promptTokens, 5);   // the marker counts as a word
        QCOMPARE(out.response.completionTokens, 3);
        QVERIFY(out.response.ttftMs >= 0);
        QVERIFY(out.response.rawResponse.contains("data: [DONE]"));
        const QJsonObject body = m_f->lastRequest().json();
        QCOMPARE(body.value(u"stream"_s).toBool(), true);
        QCOMPARE(body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool(), true);
    }

    void maxTokensEndsWithLength_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("plain") << false;
        QTest::newRow("stream") << true;
    }
    void maxTokensEndsWithLength()
    {
        QFETCH(bool, stream);
        const CallOutcome out = run(*m_client, request(u"one two three four"_s, {{u"max_tokens"_s, 3}}), stream);
        QVERIFY(out.response.ok());
        QCOMPARE(out.response.output.trimmed(), u"Echo: one two"_s);
        QCOMPARE(out.response.finishReason, u"length"_s);
        QCOMPARE(out.response.completionTokens, 3);
    }

    void stopSequenceCutsTheOutput()
    {
        const CallOutcome out = run(*m_client, request(u"one two three"_s, {{u"stop"_s, QJsonArray{u"three"_s}}}), false);
        QCOMPARE(out.response.output.trimmed(), u"Echo: one two"_s);
        QCOMPARE(out.response.finishReason, u"stop"_s);
    }

    void classificationIsDeterministic()
    {
        const ChatRequest r = request(u"Classify the sentiment: the soup was cold"_s);
        const QString first = run(*m_client, r, false).response.output;
        QVERIFY((QStringList{u"positive"_s, u"negative"_s, u"neutral"_s}.contains(first)));
        QCOMPARE(run(*m_client, r, true).response.output, first);
    }

    void httpErrorsCarryStatusAndProviderMessage_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("plain") << false;
        QTest::newRow("stream") << true;
    }
    void httpErrorsCarryStatusAndProviderMessage()
    {
        QFETCH(bool, stream);
        const CallOutcome out = run(*m_client, request(u"hi [[fault:400]]"_s), stream);
        QCOMPARE(out.response.errorKind, ErrorKind::Http);
        QCOMPARE(out.response.httpStatus, 400);
        QCOMPARE(out.response.errorMessage, u"HTTP 400: Mock fault: HTTP 400"_s);
        QCOMPARE(out.response.attempts, 1);
        QCOMPARE(m_f->server->requestCount(), 1);
    }

    void retriesRateLimitsThenSucceeds()
    {
        const CallOutcome out = run(*m_client, request(u"hi [[fault:429x1]]"_s), true);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.attempts, 2);
        QCOMPARE(out.response.output, u"Echo: hi"_s);
        QCOMPARE(out.deltas.join(QString()), u"Echo: hi"_s);   // no text from the failed attempt
        QVERIFY(out.response.elapsedMs >= 1000);
    }

    void missingKeyIsAConfigError()
    {
        qunsetenv(kKeyVariable);
        ChatClient client(m_f->http, m_f->config(ProviderKind::OpenAi, u"/v1"_s), m_f->keys);
        const CallOutcome out = run(client, request(u"hi"_s), false);
        QCOMPARE(out.response.errorKind, ErrorKind::Config);
        QVERIFY(out.response.errorMessage.contains(QLatin1StringView(kKeyVariable)));
        QCOMPARE(m_f->server->requestCount(), 0);
    }

    void malformedJsonIsAProtocolError_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << false << u"The response is not valid JSON"_s;
        QTest::newRow("stream") << true << u"A stream event is not valid JSON"_s;
    }
    void malformedJsonIsAProtocolError()
    {
        QFETCH(bool, stream);
        QFETCH(QString, message);
        const CallOutcome out = run(*m_client, request(u"one two three four five [[fault:malformed]]"_s), stream);
        QCOMPARE(out.response.errorKind, ErrorKind::Protocol);
        QVERIFY2(out.response.errorMessage.startsWith(message), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.httpStatus, 200);
    }

    void wrongContentTypeIsAProtocolError_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << false << u"Expected a JSON response but the server sent text/html."_s;
        QTest::newRow("stream") << true << u"Expected a stream but the server sent text/html."_s;
    }
    void wrongContentTypeIsAProtocolError()
    {
        QFETCH(bool, stream);
        QFETCH(QString, message);
        const CallOutcome out = run(*m_client, request(u"hi [[fault:content-type]]"_s), stream);
        QCOMPARE(out.response.errorKind, ErrorKind::Protocol);
        QCOMPARE(out.response.errorMessage, message);
    }

    void truncatedStreamKeepsPartialOutput()
    {
        const QString words = u"alpha beta gamma delta epsilon zeta eta theta"_s;
        const CallOutcome out = run(*m_client, request(words + u" [[fault:truncate]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::Network);
        QVERIFY2(out.response.errorMessage.startsWith(u"The stream broke off"_s), qPrintable(out.response.errorMessage));
        QVERIFY(!out.response.output.isEmpty());
        QVERIFY(QString(u"Echo: "_s + words).startsWith(out.response.output));
        QCOMPARE(out.response.attempts, 1);
    }

    void stalledStreamTimesOut()
    {
        ProviderConfig c = m_f->config(ProviderKind::OpenAi, u"/v1"_s);
        c.streamIdleTimeoutMs = 300;
        c.retry.maxAttempts = 1;
        ChatClient client(m_f->http, c, m_f->keys);
        const CallOutcome out = run(client, request(u"hi [[fault:stall]]"_s), true);
        QCOMPARE(out.response.errorKind, ErrorKind::StreamIdle);
        QVERIFY(!out.response.errorMessage.isEmpty());
    }

    void cancelMidStreamStopsDeltas()
    {
        std::unique_ptr<ChatCall> call(m_client->send(request(u"[[chunk-delay:20]] "_s + u"w "_s.repeated(100)), true));
        QSignalSpy deltas(call.get(), &ChatCall::delta);
        QVERIFY(deltas.wait(5000));
        call->cancel();
        const qsizetype atCancel = deltas.count();
        const CallOutcome out = waitForCall(call.get());
        QCOMPARE(out.response.errorKind, ErrorKind::Canceled);
        QCOMPARE(deltas.count(), atCancel);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->server->inFlight(), 0, 5000);
    }

    void azureUsesDeploymentApiVersionAndApiKeyHeader()
    {
        ProviderConfig c = m_f->config(ProviderKind::Azure);
        c.deployment = u"gpt4o-prod"_s;
        ChatClient client(m_f->http, c, m_f->keys);
        const CallOutcome out = run(client, request(u"hello azure"_s), false);
        QVERIFY2(out.response.ok(), qPrintable(out.response.errorMessage));
        QCOMPARE(out.response.output, u"Echo: hello azure"_s);
        const mock::RecordedRequest sent = m_f->lastRequest();
        QCOMPARE(sent.target, "/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21");
        QCOMPARE(sent.header("api-key"), kTestKey);
        QVERIFY(sent.header("authorization").isEmpty());
        QVERIFY(!sent.json().contains(u"model"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProtocol)
#include "tst_openaiprotocol.moc"
