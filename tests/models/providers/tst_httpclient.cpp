// HttpClient against the in-process mock server: keep-alive, retries (Retry-After, backoff,
// attempt cap, no retry on 400), streaming, cancel, stream-idle and total timeouts, truncated
// streams, connection errors and per-key concurrency limits.
#include "providers/httpclient.h"
#include "providers/httpreply.h"

#include "mockllmserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace lathe;
using namespace lathe::mock;
using namespace Qt::StringLiterals;

class TestHttpClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockLlmServer> m_server;
    std::unique_ptr<HttpClient> m_client;

    HttpRequest chatRequest(const QString &prompt, bool stream = false) const
    {
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(m_server->baseUrl() + u"/v1/chat/completions"_s);
        r.setHeader("Content-Type", "application/json");
        const QJsonObject body{
            {u"model"_s, u"mock-small"_s}, {u"stream"_s, stream},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}}}};
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.streaming = stream;
        r.retry.baseDelayMs = 10;
        return r;
    }

    static HttpResult waitFor(HttpReply *reply, int timeoutMs = 10'000)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &HttpReply::finished);
            if (!spy.wait(timeoutMs))
                qWarning("reply did not finish in time");
        }
        return reply->result();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<MockLlmServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<HttpClient>();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void getReturnsBodyStatusAndTimings()
    {
        HttpRequest r;
        r.url = QUrl(m_server->baseUrl() + u"/v1/models"_s);
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        const HttpResult result = waitFor(reply.get());
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), "application/json");
        QVERIFY(result.body.contains("mock-small"));
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.ttfbMs >= 0);
        QVERIFY(result.totalMs >= result.ttfbMs);
    }

    void keepAliveReusesOneConnection()
    {
        m_client->setLimits(u"one"_s, {.maxConcurrent = 1});
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 20; ++i) {
            HttpRequest r = chatRequest(u"hello %1"_s.arg(i));
            r.limiterKey = u"one"_s;
            replies.emplace_back(m_client->send(r));
        }
        for (auto &reply : replies)
            QVERIFY(waitFor(reply.get()).ok());
        QCOMPARE(m_server->requestCount(), 20);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void retriesAfter429HonouringRetryAfter()
    {
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<HttpReply> reply(m_client->send(chatRequest(u"hi [[fault:429x1]]"_s)));
        const HttpResult result = waitFor(reply.get());
        const qint64 waited = clock.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(waited >= 1000, qPrintable(u"waited %1 ms, Retry-After was 1 s"_s.arg(waited)));
        QVERIFY(result.elapsedMs >= 1000);
    }

    void retriesServerErrorsWithBackoff()
    {
        std::unique_ptr<HttpReply> reply(m_client->send(chatRequest(u"hi [[fault:503x2]]"_s)));
        const HttpResult result = waitFor(reply.get());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.status, 200);
    }

    void givesUpAfterMaxAttempts()
    {
        HttpRequest r = chatRequest(u"hi [[fault:500]]"_s);
        r.retry.maxAttempts = 3;
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Http);
        QCOMPARE(result.status, 500);
        QCOMPARE(result.attempts, 3);
        QVERIFY(result.errorString.contains(u"500"_s));
        QVERIFY(result.body.contains("Mock fault"));   // the provider's error body is kept
    }

    void doesNotRetry400()
    {
        std::unique_ptr<HttpReply> reply(m_client->send(chatRequest(u"hi [[fault:400]]"_s)));
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Http);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void retriesConnectionReset()
    {
        std::unique_ptr<HttpReply> reply(m_client->send(chatRequest(u"hi [[fault:resetx1]]"_s)));
        const HttpResult result = waitFor(reply.get());
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void streamsBodyInChunks()
    {
        std::unique_ptr<HttpReply> reply(m_client->send(chatRequest(u"one two three four"_s, true)));
        QByteArray streamed;
        connect(reply.get(), &HttpReply::dataReceived, this,
                [&](const QByteArray &chunk, qint64 at) { streamed += chunk; QVERIFY(at >= 0); });
        const HttpResult result = waitFor(reply.get());
        QVERIFY(result.ok());
        QVERIFY(result.body.isEmpty());
        QVERIFY(streamed.startsWith("data: "));
        QVERIFY(streamed.contains("four"));
        QVERIFY(streamed.endsWith("data: [DONE]\n\n"));
    }

    void streamErrorStatusKeepsBody()
    {
        HttpRequest r = chatRequest(u"hi [[fault:400]]"_s, true);
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        QSignalSpy data(reply.get(), &HttpReply::dataReceived);
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.status, 400);
        QVERIFY(result.body.contains("Mock fault"));
        QCOMPARE(data.count(), 0);
    }

    void cancelMidStream()
    {
        const QString words = u"w "_s.repeated(200);
        std::unique_ptr<HttpReply> reply(
            m_client->send(chatRequest(u"[[chunk-delay:20]] "_s + words, true)));
        QSignalSpy data(reply.get(), &HttpReply::dataReceived);
        QVERIFY(data.wait(5000));
        reply->cancel();
        const int chunksAtCancel = int(data.count());
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Canceled);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);   // the connection was dropped
        QCOMPARE(int(data.count()), chunksAtCancel);
    }

    void stallEndsWithStreamIdleTimeout()
    {
        HttpRequest r = chatRequest(u"hi [[fault:stall]]"_s, true);
        r.streamIdleTimeoutMs = 300;
        r.retry.maxAttempts = 1;
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::StreamIdle);
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(result.errorString.contains(u"300"_s));
    }

    void stallEndsWithTotalTimeout()
    {
        HttpRequest r = chatRequest(u"hi [[fault:stall]]"_s);
        r.totalTimeoutMs = 300;
        r.retry.maxAttempts = 2;
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Timeout);
        QCOMPARE(result.attempts, 2);
    }

    void truncatedStreamIsAnErrorAndNotRetried()
    {
        std::unique_ptr<HttpReply> reply(
            m_client->send(chatRequest(u"one two three four five six [[fault:truncate]]"_s, true)));
        QSignalSpy data(reply.get(), &HttpReply::dataReceived);
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Network);
        QVERIFY(!result.errorString.isEmpty());
        QVERIFY(data.count() > 0);
        QCOMPARE(result.attempts, 1);
    }

    void connectionRefusedIsRetriedThenReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpRequest r;
        r.url = QUrl(u"http://127.0.0.1:%1/v1/models"_s.arg(port));
        r.retry = {.maxAttempts = 2, .baseDelayMs = 10};
        std::unique_ptr<HttpReply> reply(m_client->send(r));
        const HttpResult result = waitFor(reply.get());
        QCOMPARE(result.error, ErrorKind::Connect);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(result.status, 0);
    }

    void concurrencyLimitIsRespected()
    {
        m_client->setLimits(u"three"_s, {.maxConcurrent = 3});
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 12; ++i) {
            HttpRequest r = chatRequest(u"[[delay:150]] n%1"_s.arg(i));
            r.limiterKey = u"three"_s;
            replies.emplace_back(m_client->send(r));
        }
        for (auto &reply : replies)
            QVERIFY(waitFor(reply.get()).ok());
        QCOMPARE(m_server->requestCount(), 12);
        QCOMPARE(m_server->maxInFlight(), 3);
    }

    void cancelAllFinishesEverything()
    {
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 10; ++i)
            replies.emplace_back(m_client->send(chatRequest(u"[[delay:5000]] n%1"_s.arg(i))));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 1, 5000);
        QElapsedTimer clock;
        clock.start();
        m_client->cancelAll();
        for (auto &reply : replies)
            QCOMPARE(waitFor(reply.get()).error, ErrorKind::Canceled);
        QVERIFY(clock.elapsed() < 3000);
    }

    void deletingAReplyCancelsIt()
    {
        auto *reply = m_client->send(chatRequest(u"hi [[fault:stall]]"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 5000);
        delete reply;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
