// promptfoo configs read into Lathe's terms: provider ids, base URLs and key variables as
// promptfoo resolves them, prompts from strings, chat JSON and files (split on ---), tests
// from inline lists and CSV files with list-valued vars expanded, defaultTest merged, and
// everything Lathe does not run listed; files and environment come from memory.
#include "promptfoo/promptfooconfigreader.h"

#include <QHash>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QHash<QString, QByteArray> files;
    QHash<QString, QString> env;

    std::optional<PromptfooConfig> parse(const QByteArray &yaml, QString *error) const
    {
        PromptfooConfigReader::Environment e;
        e.baseDir = u"/cfg"_s;
        e.readFile = [this](const QString &path, QString *why) -> std::optional<QByteArray> {
            if (!files.contains(path)) {
                *why = u"no such file"_s;
                return std::nullopt;
            }
            return files.value(path);
        };
        e.variable = [this](const QString &name) { return env.value(name); };
        return PromptfooConfigReader::parse(yaml, e, error);
    }
};

bool listed(const PromptfooConfig &c, const QString &needle)
{
    for (const QString &u : c.unsupported) {
        if (u.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestPromptfooConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("keyEnv");
        QTest::newRow("openai") << u"openai:gpt-4o-mini"_s << u"openai"_s << u"gpt-4o-mini"_s << QString() << u"OPENAI_API_KEY"_s;
        QTest::newRow("openai chat") << u"openai:chat:gpt-4o"_s << u"openai"_s << u"gpt-4o"_s << QString() << u"OPENAI_API_KEY"_s;
        QTest::newRow("anthropic") << u"anthropic:messages:claude-3-5-haiku-latest"_s << u"anthropic"_s
                                   << u"claude-3-5-haiku-latest"_s << QString() << u"ANTHROPIC_API_KEY"_s;
        QTest::newRow("ollama tag") << u"ollama:chat:llama3.1:8b"_s << u"ollama"_s << u"llama3.1:8b"_s << QString() << QString();
        QTest::newRow("url") << u"http://127.0.0.1:8080/v1"_s << u"openai"_s << u"local"_s << u"http://127.0.0.1:8080/v1"_s
                             << QString();
    }
    void providers()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, model);
        QFETCH(QString, baseUrl);
        QFETCH(QString, keyEnv);
        const QByteArray yaml = "prompts: [hi]\ntests: [{vars: {a: 1}}]\nproviders:\n  - id: '" + id.toUtf8()
            + "'\n    config: {model: local, temperature: 0.2}\n";
        QString error;
        const auto c = Fixture().parse(yaml, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->providers.size(), 1);
        const PromptfooProvider &p = c->providers[0];
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.model, model);
        QCOMPARE(p.baseUrl, baseUrl);
        QCOMPARE(p.apiKeyEnv, keyEnv);
        QCOMPARE(p.params.value(u"temperature"_s).toDouble(), 0.2);
    }

    void providerEnvironmentAndConfig()
    {
        Fixture f;
        f.env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:9/v1"_s);
        f.env.insert(u"OLLAMA_BASE_URL"_s, u"http://127.0.0.1:11435"_s);
        QString error;
        const auto c = f.parse("prompts: [hi]\n"
                               "providers:\n"
                               "  - openai:gpt-4o\n"
                               "  - id: openai:chat:gpt-4o\n"
                               "    config: {apiBaseUrl: 'https://proxy.example/v1', apiKeyEnvar: PROXY_KEY, apiKey: sk-x,"
                               " frequency_penalty: 1, response_format: {type: json_object}}\n"
                               "  - ollama:llama3\n"
                               "  - id: azure:chat:deploy\n"
                               "    config: {apiHost: r.openai.azure.com, apiVersion: '2024-06-01'}\n"
                               "  - vertex:gemini\n"
                               "  - openai:embedding:text-embedding-3-small\n",
                               &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->providers.size(), 4);
        QCOMPARE(c->providers[0].baseUrl, u"http://127.0.0.1:9/v1"_s);
        QCOMPARE(c->providers[1].baseUrl, u"https://proxy.example/v1"_s);
        QCOMPARE(c->providers[1].apiKeyEnv, u"PROXY_KEY"_s);
        QCOMPARE(c->providers[1].params.value(u"response_format"_s).toString(), u"json_object"_s);
        QCOMPARE(c->providers[2].baseUrl, u"http://127.0.0.1:11435"_s);
        QCOMPARE(c->providers[3].kind, u"azure"_s);
        QCOMPARE(c->providers[3].baseUrl, u"https://r.openai.azure.com"_s);
        QCOMPARE(c->providers[3].config.value(u"deployment"_s).toString(), u"deploy"_s);
        QCOMPARE(c->providers[3].apiKeyEnv, u"AZURE_API_KEY"_s);
        QVERIFY(listed(*c, u"config.apiKey is not used"_s));
        QVERIFY(listed(*c, u"config.frequency_penalty is not supported"_s));
        QVERIFY(listed(*c, u"Ollama's completion API is called as chat"_s));
        QVERIFY(listed(*c, u"vertex:gemini"_s));
        QVERIFY(listed(*c, u"only chat models"_s));
        QCOMPARE(c->tests.size(), 1);   // no tests: each prompt runs once
    }

    void promptsAndTests()
    {
        Fixture f;
        f.files.insert(u"/cfg/p/two.txt"_s, "First {{ name }}\n---\nSecond {{ name }}\n");
        f.files.insert(u"/cfg/p/chat.json"_s, R"([{"role":"system","content":"Brief."},{"role":"user","content":"{{ name }}?"}])");
        f.files.insert(u"/cfg/t.csv"_s, "name,__expected,__description\nBo,contains: Bo,from csv\n");
        f.files.insert(u"/cfg/long.txt"_s, "a long text");
        QString error;
        const auto c = f.parse("prompts:\n"
                               "  - file://p/two.txt\n"
                               "  - {id: 'file://p/chat.json', label: chatty}\n"
                               "  - '[{\"role\": \"user\", \"content\": \"inline {{ name }}\"}]'\n"
                               "  - 'Bad {{ name | nosuchfilter }}'\n"
                               "  - file://gen.py\n"
                               "providers: [openai:gpt-4o-mini]\n"
                               "defaultTest:\n"
                               "  vars: {tone: calm}\n"
                               "  threshold: 0.5\n"
                               "  assert: [{type: icontains, value: '{{ name }}'}, {type: python, value: 'True'}]\n"
                               "tests:\n"
                               "  - vars: {name: [Ana, Eve], doc: file://long.txt}\n"
                               "    assert: [{type: equals, value: x, transform: output}, 'contains: A',"
                               " {type: llm-rubric, value: is polite, provider: 'openai:gpt-4o'}]\n"
                               "    options: {provider: openai:gpt-4o}\n"
                               "  - file://t.csv\n"
                               "redteam: {}\n",
                               &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->prompts.size(), 4);
        QCOMPARE(c->prompts[0].label, u"two.txt #1"_s);
        QCOMPARE(c->prompts[1].content.templateText, u"Second {{ name }}"_s);
        QCOMPARE(c->prompts[2].label, u"chatty"_s);
        QCOMPARE(c->prompts[2].content.kind, PromptContent::Kind::Chat);
        QCOMPARE(c->prompts[2].content.messages.size(), 2);
        QCOMPARE(c->prompts[3].content.messages.value(0).content, u"inline {{ name }}"_s);
        QVERIFY(listed(*c, u"unknown filter 'nosuchfilter'"_s));
        QVERIFY(listed(*c, u"file://gen.py"_s));

        QCOMPARE(c->tests.size(), 3);   // Ana, Eve, Bo
        QCOMPARE(c->tests[0].vars.value(u"name"_s).toString(), u"Ana"_s);
        QCOMPARE(c->tests[1].vars.value(u"name"_s).toString(), u"Eve"_s);
        QCOMPARE(c->tests[0].vars.value(u"tone"_s).toString(), u"calm"_s);
        QCOMPARE(c->tests[0].vars.value(u"doc"_s).toString(), u"a long text"_s);
        QCOMPARE(c->tests[0].asserts.size(), 2);   // the transform one is left out
        QCOMPARE(c->tests[0].asserts[0].toObject().value(u"type"_s).toString(), u"contains"_s);
        // A judge keeps its rubric; promptfoo's grading provider is named, not mapped.
        QCOMPARE(c->tests[0].asserts[1].toObject().value(u"type"_s).toString(), u"llm-rubric"_s);
        QVERIFY(!c->tests[0].asserts[1].toObject().contains(u"provider"_s));
        QVERIFY(listed(*c, u"the grading provider is not mapped"_s));
        QCOMPARE(c->tests[2].description, u"from csv"_s);
        QCOMPARE(c->tests[2].asserts.size(), 1);
        QCOMPARE(c->defaultAsserts.size(), 1);
        QCOMPARE(c->defaultThreshold, 0.5);
        QVERIFY(listed(*c, u"'transform' is not supported"_s));
        QVERIFY(listed(*c, u"tests[1]: 'options' is not supported"_s));
        QVERIFY(listed(*c, u"defaultTest.assert[2] (python)"_s));
        QVERIFY(listed(*c, u"'redteam' is not supported"_s));
        QCOMPARE(c->variables(), (QStringList{u"doc"_s, u"name"_s, u"tone"_s}));
    }

    void refused()
    {
        QString error;
        QVERIFY(!Fixture().parse("- a list", &error));
        QVERIFY(!Fixture().parse("prompts: [hi]\nproviders: [openai:x]\ntests: file://missing.csv\n", &error));
        QVERIFY2(error.contains(u"missing.csv"_s), qPrintable(error));
        QVERIFY(!Fixture().parse("prompts: ['{{ x | nope }}']\nproviders: [openai:x]\n", &error));
        QVERIFY2(error.contains(u"no prompt Lathe can run"_s) && error.contains(u"nope"_s), qPrintable(error));
        QVERIFY(!Fixture().parse("prompts: [x]\nproviders: [openai:x]\ntests: []\n", &error));
        QVERIFY(error.contains(u"no tests"_s));
        QVERIFY(!Fixture().parse("prompts: [x]\nproviders: [openai:x]\ntests: [{vars: {a: [1,2,3,4,5,6,7,8,9,10], "
                                 "b: [1,2,3,4,5,6,7,8,9,10], c: [1,2,3,4,5,6,7,8,9,10], d: [1,2,3,4,5,6,7,8,9,10], "
                                 "e: [1,2,3,4,5,6,7,8,9,10], f: [1,2]}}]\n", &error));
        QVERIFY2(error.contains(u"more than"_s), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestPromptfooConfig)
#include "tst_promptfooconfig.moc"
