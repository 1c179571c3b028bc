// Building a case's chat request from a run column and a row, and its response-cache key:
// rendered messages in order, parameters sent as stored, template errors with their position,
// and keys that change exactly when the request (or the repeat) does.
#include "run/requestbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestRequestBuilder final : public QObject
{
    Q_OBJECT

    static PlannedColumn column(const QStringList &roles, const QStringList &sources, const QString &model)
    {
        PlannedColumn c;
        c.roles = roles;
        for (const QString &s : sources) {
            TemplateError error;
            c.templates.append(Template::parse(s, &error));
        }
        c.model = model;
        c.params = {{u"model"_s, model}, {u"temperature"_s, 0.2}, {u"max_tokens"_s, 50}};
        c.provider = 0;
        return c;
    }

    static PlannedProvider provider(ProviderKind kind, const QString &baseUrl)
    {
        PlannedProvider p;
        p.config.name = u"p"_s;
        p.config.kind = kind;
        p.config.baseUrl = baseUrl;
        p.config.keyRef = u"env:SOME_KEY"_s;
        p.config.apiVersion = u"2024-10-21"_s;
        p.protocol = ChatProtocol::create(kind);
        return p;
    }

    static QString key(const PlannedProvider &p, const PlannedColumn &c, const QJsonObject &vars, int repeat = 0)
    {
        ChatRequest r;
        QString error;
        if (!RequestBuilder::build(c, vars, &r, &error))
            return {};
        QByteArray body;
        return RequestBuilder::cacheKey(p, r, repeat, &body, &error);
    }

private Q_SLOTS:
    void rendersMessagesInOrder()
    {
        const PlannedColumn c = column({u"system"_s, u"user"_s}, {u"You sort {{ kind }}."_s, u"Sort: {{ items | join(', ') }}"_s},
                                       u"m1"_s);
        ChatRequest r;
        QString error;
        QVERIFY(RequestBuilder::build(c, {{u"kind"_s, u"fruit"_s}, {u"items"_s, QJsonArray({u"b"_s, u"a"_s})}}, &r, &error));
        QCOMPARE(r.messages.size(), 2);
        QCOMPARE(r.messages.at(0), (ChatMessage{u"system"_s, u"You sort fruit."_s}));
        QCOMPARE(r.messages.at(1), (ChatMessage{u"user"_s, u"Sort: b, a"_s}));
        QCOMPARE(r.model(), u"m1"_s);
        QCOMPARE(r.params.value(u"temperature"_s).toDouble(), 0.2);
    }

    void undefinedVariableNamesItsPosition()
    {
        const PlannedColumn c = column({u"user"_s}, {u"Hello\n  {{ name }}"_s}, u"m"_s);
        ChatRequest r;
        QString error;
        QVERIFY(!RequestBuilder::build(c, {{u"other"_s, 1}}, &r, &error));
        QCOMPARE(error, u"template error at 2:6: undefined variable 'name'"_s);
    }

    void cacheKeyFollowsTheRequest()
    {
        const PlannedProvider openai = provider(ProviderKind::OpenAi, u"http://127.0.0.1:9/v1"_s);
        const PlannedColumn c = column({u"user"_s}, {u"Say {{ x }}"_s}, u"m1"_s);
        const QJsonObject vars{{u"x"_s, u"hi"_s}};
        const QString k = key(openai, c, vars);
        QCOMPARE(k.size(), 64);
        QCOMPARE(key(openai, c, vars), k);                                          // stable
        QVERIFY(key(openai, c, {{u"x"_s, u"ho"_s}}) != k);                          // body
        QVERIFY(key(openai, column({u"user"_s}, {u"Say {{ x }}"_s}, u"m2"_s), vars) != k);   // model
        QVERIFY(key(provider(ProviderKind::OpenAi, u"http://127.0.0.1:10/v1"_s), c, vars) != k);   // endpoint
        QVERIFY(key(provider(ProviderKind::Ollama, u"http://127.0.0.1:9"_s), c, vars) != k);       // kind
        QVERIFY(key(openai, c, vars, 1) != k);                                      // repeats
        QVERIFY(key(openai, c, vars, 1) != key(openai, c, vars, 2));
        // The key does not depend on the provider's name or key reference.
        PlannedProvider renamed = openai;
        renamed.config.name = u"other"_s;
        renamed.config.keyRef = u"env:OTHER"_s;
        QCOMPARE(key(renamed, c, vars), k);
    }

    void cacheKeyBodyIsWhatTheProviderIsSent()
    {
        const PlannedProvider p = provider(ProviderKind::OpenAi, u"http://127.0.0.1:9/v1"_s);
        ChatRequest r;
        QString error;
        QVERIFY(RequestBuilder::build(column({u"user"_s}, {u"Say {{ x }}"_s}, u"m1"_s), {{u"x"_s, u"hi"_s}}, &r, &error));
        QByteArray body;
        QVERIFY(!RequestBuilder::cacheKey(p, r, 0, &body, &error).isEmpty());
        const QByteArray sent = p.protocol->buildChat(r, false, p.config, "secret-key", &error).body;
        QCOMPARE(body, sent);
        QVERIFY(!body.contains("secret-key"));
        QVERIFY(body.contains("\"content\":\"Say hi\""));
    }

    void unexpressibleRequestIsAnError()
    {
        PlannedProvider azure = provider(ProviderKind::Azure, QString());   // no base URL
        ChatRequest r;
        QString error;
        QVERIFY(RequestBuilder::build(column({u"user"_s}, {u"x"_s}, QString()), {}, &r, &error));
        QByteArray body;
        QVERIFY(RequestBuilder::cacheKey(azure, r, 0, &body, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
