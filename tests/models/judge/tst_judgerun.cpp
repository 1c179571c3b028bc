// Re-scoring a stored run with LLM judges against the mock server: the judge request on the
// wire (endpoint, key header, model, messages, JSON response format), score + reasoning +
// exchange stored with the score rows and no key anywhere, a second re-scoring answered by
// the response cache (no new request), failed and unreadable judge replies as Error verdicts
// while other scorers still score, unresolved judges, the judge target's precedence, and
// cancelling while judge calls are open.
#include "judgemock.h"

#include "eval/judge/judgeservice.h"
#include "eval/runscorer.h"
#include "eval/scorers/scorersuite.h"
#include "prompt/promptcontent.h"
#include "providers/envkeyresolver.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>


using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-judge-SECRET-7d1e90");
const char *const kKeyVariable = "LATHE_JUDGE_TEST_KEY";

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

} // namespace

class TestJudgeRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<JudgeMock> m_mock;
    std::unique_ptr<Workspace> m_ws;
    EnvKeyResolver m_keys;
    qint64 m_runId = 0;
    QHash<qint64, qint64> m_caseOfRow;   // dataset row -> case
    int m_n = 0;

    Database &db() { return m_ws->database(); }

    // Rows France, Japan, Peru, Kenya answered with `outputs` (in that order); the run's own
    // scorers are `runScorers`, its judge `judge`.
    void buildRun(const QStringList &outputs, const char *runScorers, const QJsonObject &judge = {})
    {
        WorkspaceError wsError;
        m_ws = Workspace::create(m_dir.filePath(u"j%1.lathe"_s.arg(++m_n)), {}, &wsError);
        QVERIFY(m_ws);
        db().exec(
            "INSERT INTO datasets (id, name, created_at, default_scorers) VALUES (1, 'capitals', 'n', '[{\"type\":\"icontains\"}]');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
            " (1, 1, 'c0', 'country', 'variable'), (1, 2, 'c1', 'answer', 'expected');"
            "INSERT INTO dataset_rows (id, data, scorers) VALUES"
            " (10, '{\"c0\":\"France\",\"c1\":\"Paris\"}', '[]'), (11, '{\"c0\":\"Japan\",\"c1\":\"Tokyo\"}', '[]'),"
            " (12, '{\"c0\":\"Peru\",\"c1\":\"Lima\"}', '[]'), (13, '{\"c0\":\"Kenya\",\"c1\":\"Nairobi\"}', '[]');"
            "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 10), (1, 1, 11), (1, 2, 12), (1, 3, 13);");
        StoreError err;
        PromptContent c;
        c.templateText = u"Capital of {{ country }}?"_s;
        const auto v1 = PromptStore(db()).commitContent(u"capital"_s, c, u"1"_s, &err);
        QVERIFY2(v1, qPrintable(err.message));
        StoredProvider p;
        p.name = u"grader"_s;
        p.kind = u"openai"_s;
        p.baseUrl = m_mock->baseUrl() + u"/v1"_s;
        p.keyRef = u"env:"_s + QLatin1StringView(kKeyVariable);
        p.config = {{u"retry"_s, QJsonObject{{u"max_attempts"_s, 2}, {u"base_delay_ms"_s, 5}}}};
        QVERIFY(ProviderStore(db()).save(p, false, &err));

        RunSpec spec;
        spec.name = u"judged"_s;
        spec.datasetVersionId = 1;
        spec.columns = {{v1->id, 0, u"model-a"_s, {}, {}}};
        spec.config = {{u"scorers"_s, array(runScorers)}};
        if (!judge.isEmpty())
            spec.config.insert(u"judge"_s, judge);
        RunStore runs(db());
        const auto id = runs.createRun(spec, &err);
        QVERIFY2(id, qPrintable(err.message));
        m_runId = *id;
        const QHash<qint64, qsizetype> index{{10, 0}, {11, 1}, {12, 2}, {13, 3}};
        QList<CaseResult> results;
        for (const CaseWork &w : runs.pendingCases(m_runId, false)) {
            CaseResult r;
            r.caseId = w.caseId;
            r.ok = true;
            r.output = outputs.value(index.value(w.rowId));
            r.latencyMs = 100;
            results.append(r);
            m_caseOfRow.insert(w.rowId, w.caseId);
        }
        QVERIFY(runs.writeResults(results, &err));
    }

    std::optional<RunScoreReport> rescore(const JudgeTarget &preferred = {}, bool withJudge = true)
    {
        JudgeService service(db().path(), m_keys);
        RunScorer scorer(db());
        if (withJudge)
            scorer.setJudge(&service, preferred);
        StoreError err;
        std::optional<RunScoreReport> report = scorer.scoreRun(m_runId, &err);
        if (!report)
            qWarning() << err.message;
        return report;
    }

    StoredScore score(qint64 row, const QString &name)
    {
        for (const StoredScore &s : ScoreStore(db()).caseScores(m_caseOfRow.value(row))) {
            if (s.scorer == name)
                return s;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        qputenv(kKeyVariable, kKey);
        mock::MockOptions options;
        options.apiKey = kKey;
        m_mock = std::make_unique<JudgeMock>(options);
        m_caseOfRow.clear();
    }
    void cleanup()
    {
        m_ws.reset();
        m_mock.reset();
    }

    void rescoreStoresVerdictsThenHitsCache()
    {
        buildRun({u"Paris is the capital."_s, u"Kyoto"_s, u"It is Lima, in Peru."_s, u"Nairobi"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"Names \\\"{{ answer }}\\\" as the capital\", \"metric\": \"judge\"}]",
                 {{u"provider"_s, u"grader"_s}, {u"model"_s, u"mock-large"_s}});
        std::optional<RunScoreReport> report = rescore();
        QVERIFY(report);
        QCOMPARE(report->scored, 4);
        QCOMPARE(report->judgeVerdicts, 4);
        QCOMPARE(report->judgeCached, 0);
        QCOMPARE(report->scorerErrors, 0);
        QCOMPARE(m_mock->requestCount(), 4);

        // The request on the wire.
        const QList<mock::RecordedRequest> requests = m_mock->requests();
        QCOMPARE(requests.size(), 4);
        const mock::RecordedRequest &req = requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/v1/chat/completions"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer " + kKey));
        const QJsonObject body = req.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"mock-large"_s);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.0);
        QCOMPARE(body.value(u"response_format"_s).toObject().value(u"type"_s).toString(), u"json_object"_s);
        const QJsonArray messages = body.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(u"role"_s).toString(), u"system"_s);
        QVERIFY(messages[0].toObject().value(u"content"_s).toString().contains(u"JSON"_s));
        const QString user = messages[1].toObject().value(u"content"_s).toString();
        QVERIFY2(user.contains(u"<rubric>\nNames \"Paris\" as the capital\n</rubric>"_s)
                     || user.contains(u"<rubric>\nNames \"Tokyo\" as the capital\n</rubric>"_s)
                     || user.contains(u"<rubric>\nNames \"Lima\" as the capital\n</rubric>"_s)
                     || user.contains(u"<rubric>\nNames \"Nairobi\" as the capital\n</rubric>"_s),
                 qPrintable(user));
        QVERIFY(user.contains(u"<output>\n"_s));

        // Score, pass, the judge's reasoning and its exchange are stored.
        const StoredScore paris = score(10, u"judge"_s);
        QCOMPARE(paris.value, std::optional<double>(1.0));
        QCOMPARE(paris.pass, std::optional<bool>(true));
        QVERIFY2(paris.reason.contains(u"found: Paris"_s), qPrintable(paris.reason));
        const QJsonObject judge = paris.details.value(u"judge"_s).toObject();
        QCOMPARE(judge.value(u"provider"_s).toString(), u"grader"_s);
        QCOMPARE(judge.value(u"model"_s).toString(), u"mock-large"_s);
        QCOMPARE(judge.value(u"cached"_s).toBool(), false);
        QCOMPARE(judge.value(u"http_status"_s).toInt(), 200);
        QCOMPARE(judge.value(u"request"_s).toObject().value(u"model"_s).toString(), u"mock-large"_s);
        QVERIFY(judge.value(u"response"_s).toObject().contains(u"choices"_s));
        const StoredScore kyoto = score(11, u"judge"_s);
        QCOMPARE(kyoto.value, std::optional<double>(0.0));
        QCOMPARE(kyoto.pass, std::optional<bool>(false));
        QVERIFY2(kyoto.reason.contains(u"missing: Tokyo"_s), qPrintable(kyoto.reason));
        QCOMPARE(score(11, ScorerSuite::kTotalName).pass, std::optional<bool>(false));
        QCOMPARE(score(13, ScorerSuite::kTotalName).pass, std::optional<bool>(true));

        // No secret in any stored score.
        db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(db().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kKey));

        // Again: every verdict comes from the response cache; the mock sees nothing new.
        report = rescore();
        QVERIFY(report);
        QCOMPARE(report->judgeVerdicts, 4);
        QCOMPARE(report->judgeCached, 4);
        QCOMPARE(m_mock->requestCount(), 4);
        const StoredScore again = score(10, u"judge"_s);
        QCOMPARE(again.value, paris.value);
        QCOMPARE(again.reason, paris.reason);
        QCOMPARE(again.details.value(u"judge"_s).toObject().value(u"cached"_s).toBool(), true);
    }

    void otherProtocols_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("anthropic") << u"anthropic"_s << u"/v1/messages"_s;
        QTest::newRow("ollama") << u"ollama"_s << u"/api/chat"_s;
        QTest::newRow("azure") << u"azure"_s << u"/openai/deployments/mock-small/chat/completions?api-version="_s;
    }

    void otherProtocols()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        buildRun({u"Paris"_s, u"Kyoto"_s, u"Lima"_s, u"Nairobi"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"Names \\\"{{ answer }}\\\"\", \"provider\": \"other\", \"model\": \"mock-small\"}]");
        StoredProvider p;
        p.name = u"other"_s;
        p.kind = kind;
        p.baseUrl = m_mock->baseUrl();
        if (kind == u"azure")
            p.config = {{u"api_version"_s, u"2024-10-21"_s}};
        p.keyRef = kind == u"ollama" ? QString() : u"env:"_s + QLatin1StringView(kKeyVariable);
        StoreError err;
        QVERIFY2(ProviderStore(db()).save(p, false, &err), qPrintable(err.message));
        const std::optional<RunScoreReport> report = rescore();
        QVERIFY(report);
        QVERIFY2(report->scorerErrors == 0, qPrintable(report->problems.join(u'\n')));
        QCOMPARE(score(10, u"llm-rubric"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(11, u"llm-rubric"_s).pass, std::optional<bool>(false));
        const mock::RecordedRequest req = m_mock->requests().first();
        QVERIFY2(QString::fromUtf8(req.target).startsWith(path), req.target.constData());
        const QJsonObject body = req.json();
        if (kind == u"anthropic") {
            // No JSON mode in Messages: the system prompt asks for JSON.
            QVERIFY(body.value(u"system"_s).toString().contains(u"JSON"_s));
            QVERIFY(!body.contains(u"response_format"_s));
            QCOMPARE(body.value(u"messages"_s).toArray().size(), 1);
        } else if (kind == u"ollama") {
            QCOMPARE(body.value(u"format"_s).toString(), u"json"_s);
            QCOMPARE(body.value(u"model"_s).toString(), u"mock-small"_s);
        } else {
            QCOMPARE(body.value(u"response_format"_s).toObject().value(u"type"_s).toString(), u"json_object"_s);
        }
    }

    void judgeErrorsLeaveOtherScorersAlone()
    {
        buildRun({u"Paris [[fault:500]]"_s, u"Tokyo [[judge:malformed]]"_s, u"Lima [[judge:prose]]"_s,
                  u"Nairobi [[judge:fenced]]"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"Names \\\"{{ answer }}\\\"\", \"provider\": \"grader\", \"model\": \"mock-small\"}]");
        const std::optional<RunScoreReport> report = rescore();
        QVERIFY(report);
        QCOMPARE(report->scorerErrors, 2);

        const StoredScore failed = score(10, u"llm-rubric"_s);
        QCOMPARE(failed.pass, std::optional<bool>(false));
        QCOMPARE(failed.details.value(u"status"_s).toString(), u"error"_s);
        QVERIFY2(failed.reason.contains(u"HTTP 500"_s), qPrintable(failed.reason));
        QCOMPARE(failed.details.value(u"judge"_s).toObject().value(u"attempts"_s).toInt(), 2);   // retried
        const StoredScore malformed = score(11, u"llm-rubric"_s);
        QCOMPARE(malformed.details.value(u"status"_s).toString(), u"error"_s);
        QVERIFY2(malformed.reason.contains(u"not a verdict"_s) && malformed.reason.contains(u"{\"reason\": \"The output"_s),
                 qPrintable(malformed.reason));
        QVERIFY(!malformed.details.value(u"judge"_s).toObject().value(u"reply"_s).toString().isEmpty());
        // The other scorer judged those cases; errors fail the case.
        QCOMPARE(score(10, u"icontains"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(11, u"icontains"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(10, ScorerSuite::kTotalName).pass, std::optional<bool>(false));
        // Prose and fenced replies are read.
        QCOMPARE(score(12, u"llm-rubric"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(12, u"llm-rubric"_s).details.value(u"verdict"_s).toObject().value(u"method"_s).toString(), u"text"_s);
        QCOMPARE(score(13, u"llm-rubric"_s).value, std::optional<double>(1.0));
        QCOMPARE(score(13, u"llm-rubric"_s).details.value(u"verdict"_s).toObject().value(u"method"_s).toString(), u"fenced"_s);
        QVERIFY(report->problems.join(u'\n').contains(u"HTTP 500"_s));

        // Failed answers are not cached: only they are asked again.
        const int before = m_mock->requestCount();
        QVERIFY(rescore());
        QCOMPARE(m_mock->requestCount(), before + 2 + 1);   // the 500 (twice: retried) and the malformed one
    }

    void unresolvedJudges()
    {
        buildRun({u"Paris"_s, u"Tokyo"_s, u"Lima"_s, u"Nairobi"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"x\", \"metric\": \"none\"},\n"
                 "                     {\"type\": \"llm-rubric\", \"value\": \"x\", \"provider\": \"nope\", \"model\": \"m\", \"metric\": \"unknown\"},\n"
                 "                     {\"type\": \"llm-rubric\", \"value\": \"x\", \"provider\": \"grader\", \"metric\": \"nomodel\"},\n"
                 "                     {\"type\": \"factuality\", \"provider\": \"grader:mock-small\", \"metric\": \"fact\"}]");
        std::optional<RunScoreReport> report = rescore();
        QVERIFY(report);
        // No provider anywhere: skipped (left out of the case), saying what to set.
        QVERIFY2(score(10, u"none"_s).reason.contains(u"--judge-provider"_s), qPrintable(score(10, u"none"_s).reason));
        QCOMPARE(score(10, u"none"_s).details.value(u"status"_s).toString(), u"skipped"_s);
        QCOMPARE(score(10, u"none"_s).pass, std::nullopt);
        QVERIFY(score(10, u"unknown"_s).reason.contains(u"\"nope\" is not configured"_s));
        QVERIFY(score(10, u"nomodel"_s).reason.contains(u"no judge model"_s));
        // "NAME:MODEL" resolves; the mock's factuality rule: same answer -> C.
        QCOMPARE(score(10, u"fact"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(10, u"fact"_s).details.value(u"verdict"_s).toObject().value(u"category"_s).toString(), u"C"_s);
        QCOMPARE(score(10, u"fact"_s).details.value(u"judge"_s).toObject().value(u"model"_s).toString(), u"mock-small"_s);
        QCOMPARE(m_mock->requestCount(), 4);   // only the factuality calls went out

        // The command line's judge fills what the scorers leave open.
        report = rescore({u"grader"_s, u"mock-large"_s});
        QVERIFY(report);
        QCOMPARE(score(10, u"none"_s).pass, std::optional<bool>(true));
        QCOMPARE(score(10, u"nomodel"_s).details.value(u"judge"_s).toObject().value(u"model"_s).toString(), u"mock-large"_s);
        QVERIFY(score(10, u"unknown"_s).reason.contains(u"\"nope\" is not configured"_s));

        // Without a judge client every judge verdict says so; nothing is sent.
        const int before = m_mock->requestCount();
        report = rescore({}, false);
        QVERIFY(report);
        QVERIFY(score(10, u"none"_s).reason.contains(u"needs an LLM judge"_s));
        QCOMPARE(score(10, u"unknown"_s).details.value(u"status"_s).toString(), u"skipped"_s);
        QCOMPARE(m_mock->requestCount(), before);
    }

    void wrongKeyIsAnErrorWithoutTheKey()
    {
        buildRun({u"Paris"_s, u"Tokyo"_s, u"Lima"_s, u"Nairobi"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"x\", \"provider\": \"grader\", \"model\": \"m\"}]");
        qputenv(kKeyVariable, "sk-wrong-key-123456");
        QVERIFY(rescore());
        const StoredScore s = score(10, u"llm-rubric"_s);
        QVERIFY2(s.reason.contains(u"401"_s), qPrintable(s.reason));
        QVERIFY(!QJsonDocument(s.details).toJson().contains("sk-wrong-key-123456"));
        qunsetenv(kKeyVariable);
        QVERIFY(rescore());
        QVERIFY2(score(10, u"llm-rubric"_s).reason.contains(QLatin1StringView(kKeyVariable)), qPrintable(score(10, u"llm-rubric"_s).reason));
    }

    void cancelWhileJudgesAnswer()
    {
        buildRun({u"Paris [[delay:5000]]"_s, u"Tokyo [[delay:5000]]"_s, u"Lima [[delay:5000]]"_s, u"Nairobi [[delay:5000]]"_s},
                 "[{\"type\": \"llm-rubric\", \"value\": \"x\", \"provider\": \"grader\", \"model\": \"m\"}]");
        JudgeService service(db().path(), m_keys);
        RunScorer scorer(db());
        scorer.setJudge(&service);
        // Progress comes on this thread while the batch waits for the judge; cancel from there
        // once every judge call is open at the mock.
        qint64 progressCalls = 0;
        JudgeMock *mock = m_mock.get();
        scorer.setProgress([&](qint64 done, qint64 total) {
            ++progressCalls;
            QCOMPARE(total, 4);
            QCOMPARE(done, 0);
            if (mock->requestCount() == 4)
                scorer.cancel();
        });
        QElapsedTimer t;
        t.start();
        StoreError err;
        const std::optional<RunScoreReport> report = scorer.scoreRun(m_runId, &err);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QVERIFY2(t.elapsed() < 4500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(report->written, 0);
        QCOMPARE(ScoreStore(db()).scoreCount(m_runId), 0);
        QVERIFY(progressCalls >= 1);   // reported while waiting
    }
};

QTEST_GUILESS_MAIN(TestJudgeRun)
#include "tst_judgerun.moc"
