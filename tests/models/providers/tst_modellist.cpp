// Model lists per protocol and detection of local servers on loopback ports, against the
// mock server (plus a port where nothing listens).
#include "chattestsupport.h"

#include "providers/localserverprobe.h"
#include "providers/modellistcall.h"
#include "mockprotocol.h"

#include <QElapsedTimer>
#include <QTcpServer>

using namespace lathe;
using namespace lathe::testing;

class TestModelList final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_f;

    QStringList list(const ProviderConfig &config)
    {
        ChatClient client(m_f->http, config, m_f->keys);
        std::unique_ptr<ModelListCall> call(client.listModels());
        QSignalSpy spy(call.get(), &ModelListCall::finished);
        if (!spy.wait(5000) || !call->ok())
            qWarning("model list failed: %s", qPrintable(call->errorMessage()));
        return call->models();
    }

private slots:
    void init() { m_f = std::make_unique<Fixture>(); }
    void cleanup() { m_f.reset(); }

    void openAiModels()
    {
        QCOMPARE(list(m_f->config(ProviderKind::OpenAi, u"/v1"_s)), mock::mockModelNames());
        const mock::RecordedRequest sent = m_f->lastRequest();
        QCOMPARE(sent.method, "GET");
        QCOMPARE(sent.target, "/v1/models");
        QCOMPARE(sent.header("authorization"), "Bearer " + kTestKey);
    }

    void anthropicModels()
    {
        QCOMPARE(list(m_f->config(ProviderKind::Anthropic)), mock::mockModelNames());
        QCOMPARE(m_f->lastRequest().header("x-api-key"), kTestKey);
        QCOMPARE(m_f->lastRequest().header("anthropic-version"), "2023-06-01");
    }

    void ollamaTags()
    {
        const QStringList expected{u"mock-small:latest"_s, u"mock-large:latest"_s};
        QCOMPARE(list(m_f->config(ProviderKind::Ollama)), expected);
        QCOMPARE(m_f->lastRequest().target, "/api/tags");
    }

    void probeFindsLocalServersQuickly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();

        const QString base = m_f->server->baseUrl();
        const QList<LocalServerProbe::Candidate> candidates{
            {u"Ollama"_s, ProviderKind::Ollama, base},
            {u"llama.cpp"_s, ProviderKind::OpenAi, deadUrl + u"/v1"_s},
            {u"LM Studio"_s, ProviderKind::OpenAi, base + u"/v1"_s},
        };
        mock::MockOptions options = m_f->server->options();
        options.apiKey.clear();   // local servers take no key
        m_f->server->setOptions(options);

        LocalServerProbe probe(m_f->http);
        QSignalSpy spy(&probe, &LocalServerProbe::finished);
        QElapsedTimer clock;
        clock.start();
        probe.start(candidates, 500);
        QVERIFY(spy.wait(5000));
        QVERIFY(clock.elapsed() < 3000);
        const QList<LocalServerProbe::Server> found = probe.servers();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).candidate.name, u"Ollama"_s);
        QCOMPARE(found.at(0).models.size(), 2);
        QCOMPARE(found.at(1).candidate.name, u"LM Studio"_s);
        QCOMPARE(found.at(1).models, mock::mockModelNames());
    }

    void defaultCandidatesAreLoopback()
    {
        const auto candidates = LocalServerProbe::defaultCandidates();
        QCOMPARE(candidates.size(), 3);
        for (const auto &c : candidates)
            QVERIFY(c.baseUrl.startsWith(u"http://127.0.0.1:"_s));
    }
};

QTEST_GUILESS_MAIN(TestModelList)
#include "tst_modellist.moc"
