// The mock LLM server itself: its documented reply rules, protocol validation, and seeded
// fault rates that repeat exactly for the same seed.
#include "providers/httpclient.h"
#include "providers/httpreply.h"

#include "mockllmserver.h"
#include "mockrules.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lathe;
using namespace lathe::mock;
using namespace Qt::StringLiterals;

namespace {

MockChat chat(const QString &user)
{
    MockChat c;
    c.messages = {{u"system"_s, u"Be brief"_s}, {u"user"_s, user}};
    return c;
}

HttpResult post(HttpClient &http, const QString &url, const QByteArray &body,
                const HttpHeaders &headers = {})
{
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(url);
    r.body = body;
    r.headers = headers;
    r.retry.maxAttempts = 1;
    r.limiterKey = u"one at a time"_s;
    std::unique_ptr<HttpReply> reply(http.send(r));
    QSignalSpy spy(reply.get(), &HttpReply::finished);
    if (!spy.wait(5000))
        qWarning("no reply");
    return reply->result();
}

} // namespace

class TestMockLlm final : public QObject
{
    Q_OBJECT

private slots:
    void replyRules()
    {
        QCOMPARE(complete(chat(u"hello world"_s)).text, u"Echo: hello world"_s);
        QCOMPARE(complete(chat(u"Translate to French: good day"_s)).text, u"doog yad"_s);
        QCOMPARE(complete(chat(u"hi [[fault:429x1]] there"_s)).text, u"Echo: hi there"_s);

        const QStringList labels{u"positive"_s, u"negative"_s, u"neutral"_s};
        const QString text = u"Classify: great service"_s;
        QCOMPARE(complete(chat(text)).text, labels.at(qsizetype(fnv1a(text.toUtf8()) % 3)));

        MockChat limited = chat(u"a b c d e f"_s);
        limited.maxTokens = 3;
        const MockCompletion cut = complete(limited);
        QCOMPARE(cut.text.trimmed(), u"Echo: a b"_s);
        QVERIFY(cut.truncated);
        QCOMPARE(cut.promptTokens, 8);
        QCOMPARE(cut.completionTokens, 3);
        QCOMPARE(cut.pieces.join(QString()), cut.text);

        MockChat stopped = chat(u"one STOP two"_s);
        stopped.stop = {u"STOP"_s};
        QCOMPARE(complete(stopped).text, u"Echo: one "_s);
        QVERIFY(!complete(stopped).truncated);
    }

    void labelListsPickTheLabelSharingMostWords()
    {
        // One line of labels in the user message: the label whose name the ticket uses.
        QCOMPARE(complete(chat(u"Pick one of:\nbilling, refund, shipping\nTicket: where is my shipping box?"_s)).text,
                 u"shipping"_s);
        // Bullets with descriptions (here in the system message) match by description words.
        MockChat described;
        described.messages = {{u"system"_s, u"Intents:\n- billing: invoices and charges\n- refund: money back for an order"_s},
                              {u"user"_s, u"Ticket: I want my money back"_s}};
        QCOMPARE(complete(described).text, u"refund"_s);
        // No shared word: a listed label all the same, chosen by hash.
        const QString none = u"Labels:\nalpha, beta, gamma\nzzz"_s;
        const QStringList listed{u"alpha"_s, u"beta"_s, u"gamma"_s};
        QCOMPARE(complete(chat(none)).text, listed.at(qsizetype(fnv1a(none.toUtf8()) % 3)));
        // Two words are not a list: the plain rules apply.
        QCOMPARE(complete(chat(u"yes, no"_s)).text, u"Echo: yes, no"_s);
    }

    void protocolValidation()
    {
        MockLlmServer server;
        QVERIFY(server.listen());
        HttpClient http;
        const QByteArray chatBody = R"({"model":"m","messages":[{"role":"user","content":"hi"}]})";
        // Anthropic needs anthropic-version and max_tokens.
        QCOMPARE(post(http, server.baseUrl() + u"/v1/messages"_s, chatBody).status, 400);
        const HttpResult noMax = post(http, server.baseUrl() + u"/v1/messages"_s, chatBody,
                                      {{"anthropic-version", "2023-06-01"}});
        QCOMPARE(noMax.status, 400);
        QVERIFY(noMax.body.contains("max_tokens"));
        // Azure needs api-version.
        QCOMPARE(post(http, server.baseUrl() + u"/openai/deployments/d/chat/completions"_s, chatBody).status, 404);
        QCOMPARE(post(http, server.baseUrl() + u"/openai/deployments/d/chat/completions?api-version=1"_s, chatBody).status, 200);
        // Bodies must be JSON objects with messages.
        QCOMPARE(post(http, server.baseUrl() + u"/v1/chat/completions"_s, "not json").status, 400);
        QCOMPARE(post(http, server.baseUrl() + u"/v1/chat/completions"_s, R"({"messages":[]})").status, 400);
        QCOMPARE(post(http, server.baseUrl() + u"/nowhere"_s, chatBody).status, 404);
    }

    void seededFaultRateRepeats()
    {
        const auto failures = [] {
            MockOptions options;
            options.faultRate = 0.3;
            options.faults = {Fault::Status500, Fault::Status503};
            options.seed = 42;
            MockLlmServer server(options);
            if (!server.listen())
                return QList<int>();
            HttpClient http;
            http.setLimits(u"one at a time"_s, {.maxConcurrent = 1});
            QList<int> statuses;
            for (int i = 0; i < 50; ++i)
                statuses.append(post(http, server.baseUrl() + u"/v1/chat/completions"_s,
                                     R"({"messages":[{"role":"user","content":"x"}]})").status);
            return statuses;
        };
        const QList<int> first = failures();
        QCOMPARE(first.size(), 50);
        QCOMPARE(failures(), first);
        const qsizetype failed = 50 - first.count(200);
        QVERIFY2(failed >= 5 && failed <= 25, qPrintable(QString::number(failed)));
        QVERIFY(first.contains(500) && first.contains(503));
    }
};

QTEST_GUILESS_MAIN(TestMockLlm)
#include "tst_mockllm.moc"
