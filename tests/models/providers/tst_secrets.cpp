// API keys never leak: a recognisable key, echoed back by a server that rejects it, appears in
// no error message, output, stored request or stored response, for any protocol, plain or
// streamed, nor in model-list errors. Keys come from the environment by reference.
#include "chattestsupport.h"

#include "providers/modellistcall.h"

using namespace lathe;
using namespace lathe::testing;

class TestSecrets final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_f;

    static void verifyNoKey(const ChatResponse &r)
    {
        const QString key = QString::fromLatin1(kTestKey);
        QVERIFY2(!r.errorMessage.contains(key), qPrintable(r.errorMessage));
        QVERIFY(!r.output.contains(key));
        QVERIFY(!r.rawRequest.contains(kTestKey));
        QVERIFY(!r.rawResponse.contains(kTestKey));
    }

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        // The server wants another key and quotes the one it received in its 401.
        mock::MockOptions options = m_f->server->options();
        options.apiKey = "the-right-key";
        m_f->server->setOptions(options);
    }

    void cleanup() { m_f.reset(); }

    void rejectedKeyIsMaskedEverywhere_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("stream");
        for (bool stream : {false, true}) {
            const char *s = stream ? " stream" : "";
            QTest::addRow("openai%s", s) << ProviderKind::OpenAi << u"/v1"_s << stream;
            QTest::addRow("azure%s", s) << ProviderKind::Azure << QString() << stream;
            QTest::addRow("anthropic%s", s) << ProviderKind::Anthropic << QString() << stream;
        }
    }
    void rejectedKeyIsMaskedEverywhere()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, path);
        QFETCH(bool, stream);
        ChatClient client(m_f->http, m_f->config(kind, path), m_f->keys);
        const CallOutcome out = run(client, request(u"hello"_s), stream);
        QCOMPARE(out.response.errorKind, ErrorKind::Http);
        QCOMPARE(out.response.httpStatus, 401);
        // The key did reach the server, which echoed it; what Lathe keeps is masked.
        QCOMPARE(m_f->lastRequest().body.contains(kTestKey), false);
        QVERIFY(out.response.errorMessage.contains(u"Incorrect API key provided: [redacted]"_s));
        verifyNoKey(out.response);
    }

    void successfulCallStoresNoKey()
    {
        mock::MockOptions options = m_f->server->options();
        options.apiKey = kTestKey;
        m_f->server->setOptions(options);
        ChatClient client(m_f->http, m_f->config(ProviderKind::OpenAi, u"/v1"_s), m_f->keys);
        const CallOutcome out = run(client, request(u"hello"_s), true);
        QVERIFY(out.response.ok());
        QCOMPARE(m_f->lastRequest().header("authorization"), "Bearer " + kTestKey);   // it was sent
        verifyNoKey(out.response);
    }

    void transportErrorsStoreNoKey()
    {
        ProviderConfig c = m_f->config(ProviderKind::OpenAi, u"/v1"_s);
        c.baseUrl = u"http://127.0.0.1:1/v1"_s;   // nothing listens on port 1
        c.retry.maxAttempts = 1;
        ChatClient client(m_f->http, c, m_f->keys);
        const CallOutcome out = run(client, request(u"hello"_s), false);
        QCOMPARE(out.response.errorKind, ErrorKind::Connect);
        verifyNoKey(out.response);
    }

    void modelListErrorIsMasked()
    {
        ChatClient client(m_f->http, m_f->config(ProviderKind::OpenAi, u"/v1"_s), m_f->keys);
        std::unique_ptr<ModelListCall> call(client.listModels());
        QSignalSpy spy(call.get(), &ModelListCall::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(call->httpStatus(), 401);
        QVERIFY(call->errorMessage().contains(u"[redacted]"_s));
        QVERIFY(!call->errorMessage().contains(QString::fromLatin1(kTestKey)));
    }

    void envResolver()
    {
        EnvKeyResolver keys;
        QCOMPARE(keys.resolve(u"env:"_s + QString::fromLatin1(kKeyVariable)).key, kTestKey);
        QVERIFY(keys.resolve(QString()).ok());
        QVERIFY(keys.resolve(QString()).key.isEmpty());
        const KeyLookup missing = keys.resolve(u"env:LATHE_SURELY_UNSET_VARIABLE"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"LATHE_SURELY_UNSET_VARIABLE"_s));
        const KeyLookup keychain = keys.resolve(u"keychain:openai"_s);
        QVERIFY(!keychain.ok());
        QVERIFY(keychain.error.contains(u"keychain"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
