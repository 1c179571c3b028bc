// lathe-cli eval end to end against the in-process mock LLM: exit 0 when every pass rate
// reaches --min-pass-rate and 1 below it; --baseline with a planted regression (1) and
// without one (0); the HTML report written with the summary; a promptfoo config with
// supported and unsupported features (the unsupported ones listed on standard error and in
// --json); usage errors (2) and bad input (3) before anything is sent.
#include "clirunner.h"
#include "mockllmthread.h"

#include "workspace/datasetwriter.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-cli-eval-7d1e93");
const char *const kKeyVariable = "LATHE_CLI_EVAL_KEY";

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliEval final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<MockLlmThread> m_mock;

    // Dataset "rows": 8 words and 2 numbers, scored by `contains: {{ text }}` (case-sensitive).
    // Prompt "greet": v1 echoes the text (label production), v2 shouts it (fails on the 8
    // words: a planted regression), v3 rephrases it (passes everything).
    void makeWorkspace()
    {
        m_ws = m_dir.filePath(u"eval.lathe"_s);
        WorkspaceError error;
        auto ws = Workspace::create(m_ws, u"eval"_s, &error, true);
        QVERIFY(ws);
        DatasetWriter writer(ws->database());
        QVERIFY(writer.begin(u"rows"_s, u"rows.csv"_s, &error));
        const QStringList texts{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"epsilon"_s,
                                u"zeta"_s,  u"eta"_s,  u"theta"_s, u"1234"_s,  u"5678"_s};
        for (const QString &t : texts)
            QVERIFY(writer.addRow(QJsonDocument(QJsonObject{{u"c0"_s, t}}).toJson(QJsonDocument::Compact), "[]", "[]", &error));
        QVERIFY(writer.commit({{u"c0"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text}},
                              R"([{"type":"contains","value":"{{ text }}"}])", &error));
        PromptStore prompts(ws->database());
        StoreError storeError;
        PromptContent c;
        c.params = {{u"model"_s, u"mock-small"_s}};
        c.templateText = u"Say: {{ text }}"_s;
        const auto v1 = prompts.commitContent(u"greet"_s, c, u"echo"_s, &storeError);
        QVERIFY(v1);
        QVERIFY(prompts.setLabel(v1->promptId, u"production"_s, 1, &storeError));
        c.templateText = u"Say: {{ text | upper }}"_s;
        QVERIFY(prompts.commitContent(u"greet"_s, c, u"shout"_s, &storeError));
        c.templateText = u"Please say: {{ text }}"_s;
        QVERIFY(prompts.commitContent(u"greet"_s, c, u"polite"_s, &storeError));
        StoredProvider p;
        p.name = u"mock"_s;
        p.kind = u"openai"_s;
        p.baseUrl = m_mock->baseUrl() + u"/v1"_s;
        p.keyRef = u"env:"_s + QLatin1StringView(kKeyVariable);
        QVERIFY(ProviderStore(ws->database()).save(p, false, &storeError));
    }

    QStringList evalArgs(const QString &prompt) const
    {
        return {u"eval"_s, m_ws, u"--prompt"_s, prompt, u"--dataset"_s, u"rows"_s, u"--provider"_s, u"mock"_s};
    }

private Q_SLOTS:
    void init()
    {
        qputenv(kKeyVariable, kKey);
        mock::MockOptions options;
        options.apiKey = kKey;
        m_mock = std::make_unique<MockLlmThread>(options);
        makeWorkspace();
    }
    void cleanup() { m_mock.reset(); }

    void passRateThreshold()
    {
        CliResult r = runCli(evalArgs(u"greet@production"_s) << u"--min-pass-rate"_s << u"0.9"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"100.0%"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"greet@1 mock-small"_s));
        QVERIFY(r.out.contains(u"OK: every pass rate reaches 90.0%"_s));
        QCOMPARE(m_mock->requestCount(), 10);

        // v2 passes only the two numbers: 20% is below 90% (1) and above 15% (0).
        r = runCli(evalArgs(u"greet@v2"_s) << u"--min-pass-rate"_s << u"0.9"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"FAILED: greet@2 mock-small: pass rate 20.0% is below the minimum 90.0%"_s), qPrintable(r.out));
        r = runCli(evalArgs(u"greet@2"_s) << u"--min-pass-rate"_s << u"0.15"_s << u"--json"_s);
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"passed"_s).toBool(), true);
        QCOMPARE(o.value(u"columns"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"min_pass_rate"_s).toDouble(), 0.15);
    }

    void baselineRegression()
    {
        // Planted regression: 8 cases pass -> fail, none fail -> pass: McNemar p = 2/256.
        CliResult r = runCli(evalArgs(u"greet@2"_s) << u"--baseline"_s << u"production"_s << u"--json"_s);
        QCOMPARE(r.code, 1);
        QJsonObject o = json(r);
        QCOMPARE(o.value(u"columns"_s).toArray().size(), 2);
        QVERIFY(o.value(u"columns"_s).toArray().at(0).toObject().value(u"baseline"_s).toBool());
        const QJsonObject c = o.value(u"comparisons"_s).toArray().at(0).toObject();
        QCOMPARE(c.value(u"regressed"_s).toInt(), 8);
        QCOMPARE(c.value(u"improved"_s).toInt(), 0);
        QCOMPARE(c.value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(c.value(u"mcnemar"_s).toObject().value(u"pass_to_fail"_s).toInt(), 8);
        QVERIFY(qAbs(c.value(u"mcnemar"_s).toObject().value(u"p_value"_s).toDouble() - 2.0 / 256.0) < 1e-9);
        QVERIFY(c.value(u"significant_regression"_s).toBool());
        QCOMPARE(o.value(u"failures"_s).toArray().size(), 1);

        r = runCli(evalArgs(u"greet@2"_s) << u"--baseline"_s << u"production"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"significant regression against greet@1 mock-small"_s), qPrintable(r.out));

        // No regression: v3 passes everything v1 passes.
        r = runCli(evalArgs(u"greet@3"_s) << u"--baseline"_s << u"production"_s << u"--min-pass-rate"_s << u"0.9"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"0 improved, 0 regressed, 10 unchanged"_s));
        QVERIFY(r.out.contains(u"no significant regression against greet@1 (production)"_s));
        // A missing label is bad input.
        QCOMPARE(runCli(evalArgs(u"greet@3"_s) << u"--baseline"_s << u"staging"_s).code, 3);
    }

    void failedCallsAreShown()
    {
        {
            WorkspaceError error;
            auto ws = Workspace::open(m_ws, &error);
            QVERIFY(ws);
            StoreError storeError;
            PromptContent c;
            c.params = {{u"model"_s, u"mock-small"_s}};
            c.templateText = u"Say: {{ text }} [[fault:400]]"_s;
            QVERIFY(PromptStore(ws->database()).commitContent(u"broken"_s, c, u"fails"_s, &storeError));
        }
        const CliResult r = runCli(evalArgs(u"broken"_s) << u"--min-pass-rate"_s << u"0.5"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"10 failed calls (count as failures)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"failed calls (first 3 of 10):"_s));
        QVERIFY2(r.out.contains(u"row 1, broken@1 mock-small: HTTP 400"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"FAILED: broken@1 mock-small: every call failed (10), so the minimum pass rate 50.0% is not met"_s));
    }

    void htmlReport()
    {
        const QString path = m_dir.filePath(u"report.html"_s);
        CliResult r = runCli(evalArgs(u"greet@1"_s) << u"--report"_s << path);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"Report: "_s + path));
        const QString html = readFile(path);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"greet"_s));
        QVERIFY(html.contains(u"mock-small"_s));
        QVERIFY2(html.contains(u"100.0%"_s) || html.contains(u"100%"_s), "the summary's pass rate");
        // Markdown by --format, whatever the suffix.
        const QString md = m_dir.filePath(u"report.txt"_s);
        QCOMPARE(runCli(evalArgs(u"greet@1"_s) << u"--report"_s << md << u"--format"_s << u"md"_s).code, 0);
        QVERIFY(readFile(md).contains(u"greet"_s));
    }

    void usageAndBadInput()
    {
        m_mock->resetStats();
        QCOMPARE(runCli({u"eval"_s, m_ws, u"--prompt"_s, u"greet"_s}).code, 2);                          // no --dataset
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--min-pass-rate"_s << u"1.5"_s).code, 2);
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--report"_s << u"x.html"_s << u"--format"_s << u"doc"_s).code, 2);
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--report"_s << u"x.unknown"_s).code, 2);
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--bogus"_s).code, 2);
        QCOMPARE(runCli({u"eval"_s, u"--promptfoo"_s, u"x.yaml"_s, u"--prompt"_s, u"greet"_s}).code, 2);
        QCOMPARE(runCli({u"eval"_s}).code, 2);
        QCOMPARE(runCli(evalArgs(u"missing"_s)).code, 3);
        QCOMPARE(runCli(evalArgs(u"greet@9"_s)).code, 3);
        QCOMPARE(runCli({u"eval"_s, m_ws, u"--prompt"_s, u"greet"_s, u"--dataset"_s, u"nope"_s}).code, 3);
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--provider"_s << u"nope"_s).code, 3);
        QCOMPARE(runCli(evalArgs(u"greet"_s) << u"--judge-provider"_s << u"nope"_s).code, 3);
        QCOMPARE(runCli({u"eval"_s, m_dir.filePath(u"none.lathe"_s), u"--prompt"_s, u"greet"_s, u"--dataset"_s, u"rows"_s}).code, 3);
        QCOMPARE(runCli({u"eval"_s, u"--promptfoo"_s, m_dir.filePath(u"none.yaml"_s)}).code, 3);
        const QString broken = m_dir.filePath(u"broken.yaml"_s);
        QVERIFY(writeFile(broken, "prompts: [\"hi\"]\nproviders: [\"bedrock:anthropic.claude\"]\ntests: [{vars: {a: 1}}]\n"));
        const CliResult r = runCli({u"eval"_s, u"--promptfoo"_s, broken});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"no provider Lathe can call"_s) && r.err.contains(u"bedrock"_s), qPrintable(r.err));
        QCOMPARE(m_mock->requestCount(), 0);
    }

    void promptfooConfig()
    {
        const QString dir = m_dir.filePath(u"pf"_s);
        QVERIFY(QDir().mkpath(dir + u"/prompts"_s));
        QVERIFY(writeFile(dir + u"/prompts/say.txt"_s, "Say: {{ text }}\n"));
        QVERIFY(writeFile(dir + u"/prompts/chat.json"_s,
                          R"([{"role":"system","content":"Be brief."},{"role":"user","content":"Repeat: {{ text }}"}])"));
        QVERIFY(writeFile(dir + u"/tests.csv"_s, "text,__expected,__prefix\nbeta,contains: beta,x\ngamma,icontains: GAMMA,\n"));
        const QByteArray config = "description: Mock eval\n"
                                  "prompts:\n"
                                  "  - file://prompts/say.txt\n"
                                  "  - file://prompts/chat.json\n"
                                  "  - 'Shout: {{ text | dump_all }}'\n"
                                  "providers:\n"
                                  "  - id: openai:chat:mock-small\n"
                                  "    config:\n"
                                  "      apiBaseUrl: " + m_mock->baseUrl().toUtf8() + "/v1\n"
                                  "      apiKeyEnvar: LATHE_CLI_EVAL_KEY\n"
                                  "      temperature: 0\n"
                                  "  - bedrock:anthropic.claude-v2\n"
                                  "defaultTest:\n"
                                  "  assert:\n"
                                  "    - type: icontains\n"
                                  "      value: echo\n"
                                  "tests:\n"
                                  "  - description: inline\n"
                                  "    vars: {text: alpha}\n"
                                  "    assert:\n"
                                  "      - type: contains\n"
                                  "        value: alpha\n"
                                  "      - type: python\n"
                                  "        value: output == 'x'\n"
                                  "      - type: equals\n"
                                  "        value: alpha\n"
                                  "        transform: output.trim()\n"
                                  "  - file://tests.csv\n"
                                  "scenarios: []\n";
        const QString path = dir + u"/promptfooconfig.yaml"_s;
        QVERIFY(writeFile(path, config));

        CliResult r = runCli({u"eval"_s, u"--promptfoo"_s, path, u"--min-pass-rate"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = json(r);
        const QJsonObject pf = o.value(u"promptfoo"_s).toObject();
        QCOMPARE(pf.value(u"tests"_s).toInt(), 3);
        QCOMPARE(pf.value(u"prompts"_s).toArray().size(), 2);        // the third uses a filter Lathe lacks
        QCOMPARE(pf.value(u"providers"_s).toArray().size(), 1);
        QCOMPARE(pf.value(u"providers"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"env:LATHE_CLI_EVAL_KEY"_s);
        QVERIFY(pf.value(u"temporary_workspace"_s).toBool());
        QCOMPARE(o.value(u"columns"_s).toArray().size(), 2);
        for (const QJsonValue &c : o.value(u"columns"_s).toArray())
            QCOMPARE(c.toObject().value(u"pass_rate"_s).toDouble(), 1.0);
        QCOMPARE(m_mock->requestCount(), 6);   // 2 prompts x 1 provider x 3 tests

        const QStringList unsupported = [&] {
            QStringList out;
            for (const QJsonValue &v : o.value(u"unsupported"_s).toArray())
                out.append(v.toString());
            return out;
        }();
        const auto listed = [&](const QString &needle) {
            for (const QString &u : unsupported) {
                if (u.contains(needle))
                    return r.err.contains(u);   // on standard error too
            }
            return false;
        };
        QVERIFY2(listed(u"python"_s), qPrintable(unsupported.join(u'\n')));
        QVERIFY2(listed(u"'transform' is not supported"_s), qPrintable(unsupported.join(u'\n')));
        QVERIFY2(listed(u"bedrock:anthropic.claude-v2"_s), qPrintable(unsupported.join(u'\n')));
        QVERIFY2(listed(u"unknown filter 'dump_all'"_s), qPrintable(unsupported.join(u'\n')));
        QVERIFY2(listed(u"'scenarios' is not supported"_s), qPrintable(unsupported.join(u'\n')));
        QVERIFY2(listed(u"'prefix' is not supported"_s), qPrintable(unsupported.join(u'\n')));

        // Into a named workspace, which keeps the imported dataset, prompts and provider; text output.
        const QString kept = m_dir.filePath(u"kept.lathe"_s);
        r = runCli({u"eval"_s, u"--promptfoo"_s, path, kept, u"--report"_s, m_dir.filePath(u"pf.html"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"2 prompts x 1 providers x 3 tests in "_s + kept), qPrintable(r.out));
        QVERIFY(r.out.contains(u"promptfoo features were left out"_s));
        QVERIFY(QFile::exists(m_dir.filePath(u"pf.html"_s)));
        r = runCli({u"dataset"_s, u"list"_s, kept, u"--json"_s});
        QVERIFY2(r.out.contains(u"promptfooconfig"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
