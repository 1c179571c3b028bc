// ProviderConfig: kind names as stored, endpoints, defaults, and the JSON config round trip.
#include "providers/providerconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestProviderConfig final : public QObject
{
    Q_OBJECT

private slots:
    void kindNames()
    {
        for (ProviderKind k : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Anthropic, ProviderKind::Ollama})
            QCOMPARE(ProviderConfig::kindFromName(ProviderConfig::kindName(k)), k);
        QCOMPARE(ProviderConfig::kindName(ProviderKind::Azure), u"azure"_s);
        QVERIFY(!ProviderConfig::kindFromName(u"gemini"_s));
    }

    void endpoints()
    {
        ProviderConfig c;
        QCOMPARE(c.endpoint(u"/chat/completions"_s).toString(), u"https://api.openai.com/v1/chat/completions"_s);
        c.baseUrl = u"http://localhost:1234/v1///"_s;
        QCOMPARE(c.endpoint(u"/models"_s).toString(), u"http://localhost:1234/v1/models"_s);
        c.kind = ProviderKind::Anthropic;
        c.baseUrl.clear();
        QCOMPARE(c.endpoint(u"/v1/messages"_s).toString(), u"https://api.anthropic.com/v1/messages"_s);
        QCOMPARE(c.effectiveApiVersion(), u"2023-06-01"_s);
        c.apiVersion = u"2024-01-01"_s;
        QCOMPARE(c.effectiveApiVersion(), u"2024-01-01"_s);
    }

    void limiterKey()
    {
        ProviderConfig c;
        c.name = u"work account"_s;
        QCOMPARE(c.limiterKey(), u"work account"_s);
        c.name.clear();
        QVERIFY(c.limiterKey().contains(u"api.openai.com"_s));
    }

    void jsonRoundTrip()
    {
        ProviderConfig c;
        c.extraHeaders = {{"HTTP-Referer", "https://lathe.invalid"}};
        c.apiVersion = u"2025-01-01-preview"_s;
        c.deployment = u"prod"_s;
        c.limits = {.maxConcurrent = 16, .requestsPerMinute = 500, .tokensPerMinute = 200'000};
        c.connectTimeoutMs = 2000;
        c.totalTimeoutMs = 90'000;
        c.streamIdleTimeoutMs = 15'000;
        c.retry.maxAttempts = 6;
        c.retry.baseDelayMs = 250;
        c.retry.maxDelayMs = 8000;
        const QByteArray text = QJsonDocument(c.configJson()).toJson();

        ProviderConfig d;
        d.applyConfigJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(d.extraHeaders, c.extraHeaders);
        QCOMPARE(d.apiVersion, c.apiVersion);
        QCOMPARE(d.deployment, c.deployment);
        QCOMPARE(d.limits, c.limits);
        QCOMPARE(d.connectTimeoutMs, 2000);
        QCOMPARE(d.totalTimeoutMs, 90'000);
        QCOMPARE(d.streamIdleTimeoutMs, 15'000);
        QCOMPARE(d.retry.maxAttempts, 6);
        QCOMPARE(d.retry.baseDelayMs, 250);
        QCOMPARE(d.retry.maxDelayMs, 8000);
    }

    void missingKeysKeepDefaults()
    {
        ProviderConfig d;
        d.applyConfigJson(QJsonDocument::fromJson(R"({"limits": {"max_concurrent": 2}})").object());
        QCOMPARE(d.limits.maxConcurrent, 2);
        QCOMPARE(d.limits.requestsPerMinute, 0);
        QCOMPARE(d.totalTimeoutMs, ProviderConfig{}.totalTimeoutMs);
        QCOMPARE(d.retry.maxAttempts, RetryPolicy{}.maxAttempts);
    }
};

QTEST_APPLESS_MAIN(TestProviderConfig)
#include "tst_providerconfig.moc"
