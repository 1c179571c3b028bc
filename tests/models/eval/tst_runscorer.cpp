// Re-scoring a stored run (built with RunStore + writeResults, no model calls): effective
// scorer lists (dataset defaults + row + run), expected and variable columns, model errors,
// stale scores replaced, cancel; then the aggregates and the A-vs-B comparison from the
// stored results and scores.
#include "evaltest.h"

#include "eval/chrf.h"
#include "eval/runscorer.h"
#include "eval/scorers/scorersuite.h"
#include "eval/stats/runaggregator.h"
#include "eval/stats/wilson.h"
#include "prompt/promptcontent.h"
#include "workspace/aggregatequery.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    QString output;     // empty + error: a model error
    bool error = false;
    double latencyMs = 100;
};

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

} // namespace

class TestRunScorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_runId = 0;
    QList<RunColumnInfo> m_columns;
    int m_n = 0;

    Database &db() { return m_ws->database(); }

    // Column v1 answers wrongly once (Japan, repeat 0) and fails on Peru; v2 is right.
    void buildRun()
    {
        db().exec(
            "INSERT INTO datasets (id, name, created_at, default_scorers) VALUES (1, 'capitals', 'n', "
            " '[{\"type\":\"icontains\"},{\"type\":\"javascript\",\"value\":\"output.length < 40\",\"metric\":\"short\"},"
            "   {\"type\":\"classification\"},{\"type\":\"chrf\"}]');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
            " (1, 1, 'c0', 'country', 'variable'), (1, 2, 'c1', 'answer', 'expected'),"
            " (1, 3, 'c2', 'note', 'metadata'), (1, 4, 'c3', 'junk', 'ignored');"
            "INSERT INTO dataset_rows (id, data, scorers) VALUES"
            " (10, '{\"c0\":\"France\",\"c1\":\"Paris\",\"c2\":\"eu\",\"c3\":\"x\"}', '[]'),"
            " (11, '{\"c0\":\"Japan\",\"c1\":\"Tokyo\",\"c2\":\"asia\"}', '[]'),"
            " (12, '{\"c0\":\"Peru\",\"c1\":\"Lima\"}', '[]'),"
            " (13, '{\"c0\":\"Kenya\",\"c1\":\"Nairobi\"}', '[{\"type\":\"icontains\",\"value\":\"{{ answer | upper }}\",\"metric\":\"shouts\"}]');"
            "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 10), (1, 1, 11), (1, 2, 12), (1, 3, 13);");
        PromptStore prompts(db());
        StoreError err;
        PromptContent c;
        c.templateText = u"Capital of {{ country }}?"_s;
        const auto v1 = prompts.commitContent(u"capital"_s, c, u"1"_s, &err);
        c.templateText = u"What is the capital city of {{ country }}? One word."_s;
        const auto v2 = prompts.commitContent(u"capital"_s, c, u"2"_s, &err);
        QVERIFY2(v1 && v2, qPrintable(err.message));
        RunSpec spec;
        spec.name = u"v1 vs v2"_s;
        spec.datasetVersionId = 1;
        spec.repeats = 2;
        spec.columns = {{v1->id, 0, u"model-a"_s, {}, {}}, {v2->id, 0, u"model-a"_s, {}, {}}};
        spec.config = {{u"scorers"_s, array(R"([{"type": "latency", "threshold": 1000}])")}};
        RunStore runs(db());
        const auto id = runs.createRun(spec, &err);
        QVERIFY2(id, qPrintable(err.message));
        m_runId = *id;
        m_columns = runs.columns(m_runId);

        const QHash<qint64, QString> truth{{10, u"Paris"_s}, {11, u"Tokyo"_s}, {12, u"Lima"_s}, {13, u"Nairobi"_s}};
        QList<CaseResult> results;
        int i = 0;
        for (const CaseWork &w : runs.pendingCases(m_runId, false)) {
            CaseResult r;
            r.caseId = w.caseId;
            r.ok = true;
            r.output = truth.value(w.rowId);
            r.latencyMs = 100 + 10 * i++;
            r.cost = 0.001;
            r.promptTokens = 10;
            r.completionTokens = 2;
            if (w.columnId == m_columns[0].id) {
                if (w.rowId == 10)
                    r.output = u"paris"_s;
                if (w.rowId == 11 && w.repeat == 0)
                    r.output = u"Kyoto"_s;
                if (w.rowId == 12) {
                    r.ok = false;
                    r.output.clear();
                    r.error = u"HTTP 500: boom"_s;
                    r.cost = -1;
                }
            }
            results.append(r);
        }
        QVERIFY(runs.writeResults(results, &err));
    }

    const CaseFacts *findCase(const QList<CaseFacts> &cases, qint64 column, qint64 row, int repeat)
    {
        for (const CaseFacts &c : cases) {
            if (c.columnId == column && c.rowId == row && c.repeat == repeat)
                return &c;
        }
        return nullptr;
    }

    static const StoredScore *score(const CaseFacts &c, const QString &name)
    {
        for (const StoredScore &s : c.scores) {
            if (s.scorer == name)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"s%1.lathe"_s.arg(++m_n)), {}, &error);
        QVERIFY(m_ws);
        buildRun();
    }
    void cleanup() { m_ws.reset(); }

    void scoresEveryAnsweredCase()
    {
        RunScorer scorer(db(), 5);   // several batches
        QList<qint64> progress;
        scorer.setProgress([&](qint64 done, qint64 total) {
            progress.append(done);
            QCOMPARE(total, 16);
        });
        StoreError err;
        const auto report = scorer.scoreRun(m_runId, &err);
        QVERIFY2(report, qPrintable(err.message));
        QCOMPARE(report->cases, 16);
        QCOMPARE(report->modelErrors, 2);
        QCOMPARE(report->unanswered, 0);
        QCOMPARE(report->scored, 14);
        QCOMPARE(report->scorerErrors, 0);
        QVERIFY(!report->cancelled);
        QCOMPARE(progress, (QList<qint64>{5, 10, 15, 16}));

        const QList<CaseFacts> cases = AggregateQuery(db()).cases(m_runId);
        QCOMPARE(cases.size(), 16);
        const CaseFacts *kyoto = findCase(cases, m_columns[0].id, 11, 0);
        QVERIFY(kyoto);
        QStringList names;
        for (const StoredScore &s : kyoto->scores)
            names.append(s.scorer);
        QCOMPARE(names, (QStringList{u"icontains"_s, u"short"_s, u"classification"_s, u"chrf"_s, u"latency"_s,
                                     ScorerSuite::kTotalName}));
        QCOMPARE(score(*kyoto, u"icontains"_s)->pass, std::optional<bool>(false));
        QCOMPARE(score(*kyoto, u"classification"_s)->details.value(u"predicted"_s).toString(), u"kyoto"_s);
        QVERIFY(!score(*kyoto, u"chrf"_s)->pass);   // a metric
        const StoredScore *total = score(*kyoto, ScorerSuite::kTotalName);
        QCOMPARE(total->pass, std::optional<bool>(false));
        LATHE_COMPARE_NEAR(*total->value, 0.5, 1e-12);   // icontains 0, short 1, classification 0, latency 1

        // The row's own scorer, rendered with the row's variables ("NAIROBI").
        const CaseFacts *kenya = findCase(cases, m_columns[0].id, 13, 1);
        QCOMPARE(score(*kenya, u"shouts"_s)->pass, std::optional<bool>(true));
        QCOMPARE(score(*kenya, ScorerSuite::kTotalName)->pass, std::optional<bool>(true));
        // Model errors have no scores.
        QVERIFY(findCase(cases, m_columns[0].id, 12, 0)->scores.isEmpty());
        QCOMPARE(db().queryInt("SELECT count(*) FROM activity WHERE kind = 'run.score'"), 1);
    }

    void rescoringReplacesStaleScores()
    {
        StoreError err;
        QVERIFY(RunScorer(db()).scoreRun(m_runId, &err));
        ScoreStore store(db());
        const qint64 before = store.scoreCount(m_runId);
        QCOMPARE(before, 14 * 6 + 4);   // 6 rows per case, plus "shouts" on the 4 Kenya cases

        QVERIFY(store.setDatasetScorers(1, array(R"([{"type": "equals"}])"), &err));
        QVERIFY(store.setRunScorers(m_runId, QJsonValue::Undefined, &err));
        const auto report = RunScorer(db()).scoreRun(m_runId, &err);
        QVERIFY2(report, qPrintable(err.message));
        QCOMPARE(store.scoreCount(m_runId), 14 * 2 + 4);   // equals + total, and shouts
        const QList<CaseFacts> cases = AggregateQuery(db()).cases(m_runId);
        const CaseFacts *paris = findCase(cases, m_columns[0].id, 10, 0);
        QCOMPARE(paris->scores.size(), 2);
        QCOMPARE(score(*paris, u"equals"_s)->pass, std::optional<bool>(false));   // "paris" != "Paris"
        QVERIFY(!score(*paris, u"latency"_s));
        // Results never change: re-scoring reads stored outputs only.
        QCOMPARE(db().queryInt("SELECT count(*) FROM results"), 16);
    }

    void invalidListsAreReported()
    {
        StoreError err;
        ScoreStore store(db());
        QVERIFY(store.setRunScorers(m_runId, QJsonArray{QJsonObject{{u"value"_s, 1}}}, &err));
        QVERIFY(!RunScorer(db()).scoreRun(m_runId, &err));
        QCOMPARE(err.code, StoreError::Invalid);
        QVERIFY2(err.message.contains(u"run's scorers"_s), qPrintable(err.message));
        QVERIFY(!RunScorer(db()).scoreRun(999, &err));
        QCOMPARE(err.code, StoreError::NotFound);

        // A row's bad list and a bad script are per-case errors; the rest is scored.
        QVERIFY(store.setRunScorers(m_runId, QJsonValue::Undefined, &err));
        db().exec("UPDATE dataset_rows SET scorers = '[{\"weight\": 2}]' WHERE id = 11");
        QVERIFY(store.setDatasetScorers(1, array(R"([{"type": "javascript", "value": "return output.nope.length"}])"), &err));
        const auto report = RunScorer(db()).scoreRun(m_runId, &err);
        QVERIFY2(report, qPrintable(err.message));
        QCOMPARE(report->scorerErrors, 14);
        QVERIFY2(!report->problems.isEmpty() && report->problems.size() <= 20, qPrintable(report->problems.join(u'\n')));
        const QList<CaseFacts> cases = AggregateQuery(db()).cases(m_runId);
        const StoredScore *japan = score(*findCase(cases, m_columns[1].id, 11, 0), ScorerSuite::kTotalName);
        QVERIFY2(japan->reason.contains(u"row's scorers are invalid"_s), qPrintable(japan->reason));
        const StoredScore *js = score(*findCase(cases, m_columns[1].id, 10, 0), u"javascript"_s);
        QVERIFY2(js->reason.contains(u"TypeError"_s), qPrintable(js->reason));
        QCOMPARE(js->details.value(u"status"_s).toString(), u"error"_s);
    }

    void cancelKeepsWrittenBatches()
    {
        RunScorer scorer(db(), 4);
        scorer.setProgress([&](qint64 done, qint64) {
            if (done >= 8)
                scorer.cancel();
        });
        StoreError err;
        const auto report = scorer.scoreRun(m_runId, &err);
        QVERIFY2(report, qPrintable(err.message));
        QVERIFY(report->cancelled);
        QCOMPARE(report->cases, 12);   // the third batch was read, scored, then dropped
        QCOMPARE(db().queryInt("SELECT count(DISTINCT case_id) FROM scores"), 6);   // 8 cases, two model errors
    }

    void aggregatesAndComparison()
    {
        StoreError err;
        QVERIFY(RunScorer(db()).scoreRun(m_runId, &err));
        const QList<CaseFacts> cases = AggregateQuery(db()).cases(m_runId);
        const RunAggregator aggregator;
        const QList<ColumnSummary> summaries = aggregator.summarize(m_columns, cases);
        QCOMPARE(summaries.size(), 2);
        const ColumnSummary &v1 = summaries[0];
        QCOMPARE(v1.promptVersion, 1);
        QCOMPARE(v1.model, u"model-a"_s);
        QCOMPARE(v1.cases, 8);
        QCOMPARE(v1.ok, 6);
        QCOMPARE(v1.errors, 2);
        QCOMPARE(v1.judged, 6);
        QCOMPARE(v1.passed, 5);
        LATHE_COMPARE_NEAR(*v1.passRate, 5.0 / 8.0, 1e-15);   // errors count against the prompt
        const Interval w = Wilson::interval(5, 8);
        QCOMPARE(v1.passInterval.low, w.low);
        QCOMPARE(v1.passInterval.high, w.high);
        LATHE_COMPARE_NEAR(*v1.meanScore, (5 * 1.0 + 0.5) / 6.0, 1e-12);
        QVERIFY(v1.meanScoreInterval.low <= *v1.meanScore && *v1.meanScore <= v1.meanScoreInterval.high);
        LATHE_COMPARE_NEAR(*v1.costPer1000, 1.0, 1e-12);
        QCOMPARE(v1.priced, 6);
        QCOMPARE(v1.promptTokens, 80);   // errors report tokens too

        // Per scorer: classification report over the column.
        const ScorerSummary *cls = nullptr;
        const ScorerSummary *chrf = nullptr;
        for (const ScorerSummary &s : v1.scorers) {
            if (s.name == u"classification")
                cls = &s;
            if (s.name == u"chrf")
                chrf = &s;
        }
        QVERIFY(cls && cls->classification);
        LATHE_COMPARE_NEAR(cls->classification->accuracy, 5.0 / 6.0, 1e-15);
        QCOMPARE(cls->classification->labels.size(), 4);   // kyoto, nairobi, paris, tokyo
        QCOMPARE(cls->judged, 6);
        // Corpus chrF from the stored statistics equals chrF over the outputs.
        QVERIFY(chrf && chrf->corpus);
        const QStringList hyps{u"paris"_s, u"paris"_s, u"Kyoto"_s, u"Tokyo"_s, u"Nairobi"_s, u"Nairobi"_s};
        const QStringList refs{u"Paris"_s, u"Paris"_s, u"Tokyo"_s, u"Tokyo"_s, u"Nairobi"_s, u"Nairobi"_s};
        LATHE_COMPARE_NEAR(chrf->corpus->score, Chrf().corpusScore(hyps, {refs}).score, 1e-9);
        QVERIFY(chrf->corpus->interval.isValid());

        // Latency of the ok results, numpy-linear percentiles.
        std::vector<double> lat;
        for (const CaseFacts &c : cases) {
            if (c.columnId == m_columns[0].id && c.state == CaseFacts::State::Ok)
                lat.push_back(c.latencyMs);
        }
        std::sort(lat.begin(), lat.end());
        QCOMPARE(v1.latencyMs.count, 6);
        LATHE_COMPARE_NEAR(v1.latencyMs.p50, (lat[2] + lat[3]) / 2, 1e-12);
        // Repeats: France and Kenya agree, Japan does not (Kyoto, Tokyo).
        QCOMPARE(v1.repeatGroups, 3);
        LATHE_COMPARE_NEAR(v1.identicalShare, (1 + 0.5 + 1) / 3.0, 1e-12);

        const ColumnSummary &v2 = summaries[1];
        QCOMPARE(v2.passed, 8);
        LATHE_COMPARE_NEAR(*v2.passRate, 1.0, 0);

        QList<CaseFacts> a;
        QList<CaseFacts> b;
        for (const CaseFacts &c : cases)
            (c.columnId == m_columns[0].id ? a : b).append(c);
        const ColumnComparison cmp = aggregator.compare(a, b);
        QCOMPARE(cmp.pairs, 8);
        QCOMPARE(cmp.improved, 3);     // Kyoto -> Tokyo, and the two failed calls
        QCOMPARE(cmp.regressed, 0);
        QCOMPARE(cmp.unchanged, 5);
        QCOMPARE(cmp.mcnemar.b, 0);
        QCOMPARE(cmp.mcnemar.c, 3);
        QCOMPARE(int(cmp.mcnemar.method), int(McNemarResult::Method::Exact));
        LATHE_COMPARE_NEAR(cmp.mcnemar.pValue, 0.25, 1e-15);   // 2 * (1/2)^3
        LATHE_COMPARE_NEAR(cmp.score.difference, (8.0 - (5 + 0.5)) / 8.0, 1e-12);
        bool corpus = false;
        for (const ScorerComparison &s : cmp.scorers)
            corpus = corpus || s.name == u"chrf (corpus chrF2)";
        QVERIFY(corpus);
    }
};

QTEST_GUILESS_MAIN(TestRunScorer)
#include "tst_runscorer.moc"
