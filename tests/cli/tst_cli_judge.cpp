// lathe-cli with LLM judges against the mock server: `dataset scorers --file` accepts
// llm-rubric, `score WORKSPACE --run ID` judges through --judge-provider/--judge-model (a run
// made by `lathe-cli run`), stores verdicts with the judge's reasoning, answers a second
// re-scoring from the response cache without a request, and reports unresolved judges and
// bad options with their exit codes; the API key is never printed.
#include "clirunner.h"
#include "mockllmthread.h"

#include "eval/scorers/scorersuite.h"
#include "workspace/datasetwriter.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-cli-judge-SECRET-0b4c1d");
const char *const kKeyVariable = "LATHE_CLI_JUDGE_KEY";

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliJudge final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<MockLlmThread> m_mock;

    QString file(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    // Dataset "capitals" (country, answer), prompt "capital", provider "grader" (the mock).
    void makeWorkspace()
    {
        m_ws = m_dir.filePath(u"judge.lathe"_s);
        WorkspaceError error;
        auto ws = Workspace::create(m_ws, u"cli"_s, &error);
        QVERIFY(ws);
        DatasetWriter writer(ws->database());
        QVERIFY(writer.begin(u"capitals"_s, u"capitals.csv"_s, &error));
        const QList<std::pair<const char *, const char *>> rows{{"France", "Paris"}, {"Japan", "Tokyo"}, {"Peru", "Lima"}};
        for (const auto &[country, answer] : rows) {
            const QJsonObject row{{u"c0"_s, QString::fromUtf8(country)}, {u"c1"_s, QString::fromUtf8(answer)}};
            QVERIFY(writer.addRow(QJsonDocument(row).toJson(QJsonDocument::Compact), "[]", "[]", &error));
        }
        QVERIFY(writer.commit({{u"c0"_s, u"country"_s, ColumnRole::Variable, ColumnType::Text},
                               {u"c1"_s, u"answer"_s, ColumnRole::Expected, ColumnType::Text}},
                              "[]", &error));
        StoreError storeError;
        PromptContent c;
        c.templateText = u"Capital of {{ country }}?"_s;
        c.params = {{u"model"_s, u"mock-small"_s}};
        QVERIFY(PromptStore(ws->database()).commitContent(u"capital"_s, c, u"v1"_s, &storeError));
        StoredProvider p;
        p.name = u"grader"_s;
        p.kind = u"openai"_s;
        p.baseUrl = m_mock->baseUrl() + u"/v1"_s;
        p.keyRef = u"env:"_s + QLatin1StringView(kKeyVariable);
        p.config = {{u"retry"_s, QJsonObject{{u"base_delay_ms"_s, 10}}}};
        QVERIFY(ProviderStore(ws->database()).save(p, false, &storeError));
    }

private Q_SLOTS:
    void init()
    {
        qputenv(kKeyVariable, kKey);
        mock::MockOptions options;
        options.apiKey = kKey;
        m_mock = std::make_unique<MockLlmThread>(options);
    }
    void cleanup() { m_mock.reset(); }

    void scoreRunWithJudge()
    {
        makeWorkspace();
        // The model echoes the question ("Echo: Capital of France?"); the judge checks that the
        // quoted country is mentioned, so every case passes.
        const QString scorers = file(u"scorers.yaml"_s,
                                     "- type: llm-rubric\n"
                                     "  value: 'Mentions \"{{ country }}\"'\n"
                                     "  metric: mentions\n"
                                     "- type: icontains\n"
                                     "  value: capital\n");
        CliResult r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s, scorers});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(r.err));
        r = runCli({u"run"_s, m_ws, u"--prompt"_s, u"capital"_s, u"--dataset"_s, u"capitals"_s, u"--provider"_s, u"grader"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_mock->requestCount(), 3);

        // Usage and input errors first: nothing is sent.
        QCOMPARE(runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--no-rescore"_s, u"--judge-model"_s, u"x"_s}).code, 2);
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--judge-provider"_s, u"nope"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"\"nope\" is not configured"_s), qPrintable(r.err));
        QCOMPARE(m_mock->requestCount(), 3);

        // Without a judge the judge scorer is skipped, saying what to set.
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"mentions: llm-rubric needs an LLM judge"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--judge-provider"_s));
        QVERIFY(r.out.contains(u"3 skipped"_s));
        QCOMPARE(m_mock->requestCount(), 3);

        // With one: three judge calls, verdicts with reasoning stored.
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--judge-provider"_s, u"grader"_s, u"--judge-model"_s,
                    u"mock-large"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject scoring = json(r).value(u"scoring"_s).toObject();
        QCOMPARE(scoring.value(u"judge_verdicts"_s).toInt(), 3);
        QCOMPARE(scoring.value(u"judge_cached"_s).toInt(), 0);
        QCOMPARE(scoring.value(u"scorer_errors"_s).toInt(), 0);
        QCOMPARE(m_mock->requestCount(), 6);
        QVERIFY(!r.out.contains(QString::fromLatin1(kKey)) && !r.err.contains(QString::fromLatin1(kKey)));
        {
            WorkspaceError error;
            auto ws = Workspace::open(m_ws, {}, &error);
            QVERIFY(ws);
            const QList<CaseWork> none = RunStore(ws->database()).pendingCases(1, false);
            QVERIFY(none.isEmpty());
            ScoreStore store(ws->database());
            int judged = 0;
            for (qint64 caseId = 1; caseId <= 3; ++caseId) {
                for (const StoredScore &s : store.caseScores(caseId)) {
                    if (s.scorer != u"mentions")
                        continue;
                    ++judged;
                    QCOMPARE(s.pass, std::optional<bool>(true));
                    QCOMPARE(s.value, std::optional<double>(1.0));
                    QVERIFY2(s.reason.contains(u"1 of 1 required terms"_s), qPrintable(s.reason));
                    QCOMPARE(s.details.value(u"judge"_s).toObject().value(u"model"_s).toString(), u"mock-large"_s);
                }
            }
            QCOMPARE(judged, 3);
        }

        // Again, in text: the response cache answers, the mock sees nothing new.
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--judge-provider"_s, u"grader"_s, u"--judge-model"_s, u"mock-large"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3 judge verdicts, 3 from the response cache"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"mentions"_s));
        QCOMPARE(m_mock->requestCount(), 6);

        // --no-judge-cache asks again.
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--judge-provider"_s, u"grader:mock-large"_s,
                    u"--no-judge-cache"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"scoring"_s).toObject().value(u"judge_cached"_s).toInt(), 0);
        QCOMPARE(m_mock->requestCount(), 9);

        // A missing key: error verdicts naming the variable; nothing sent.
        qunsetenv(kKeyVariable);
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--judge-provider"_s, u"grader"_s, u"--judge-model"_s,
                    u"other"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        scoring = json(r).value(u"scoring"_s).toObject();
        QCOMPARE(scoring.value(u"scorer_errors"_s).toInt(), 3);
        QVERIFY2(scoring.value(u"problems"_s).toArray().first().toString().contains(QLatin1StringView(kKeyVariable)),
                 qPrintable(r.out));
        QCOMPARE(m_mock->requestCount(), 9);
    }
};

QTEST_GUILESS_MAIN(TestCliJudge)
#include "tst_cli_judge.moc"
