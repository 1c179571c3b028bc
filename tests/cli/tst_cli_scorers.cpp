// lathe-cli dataset scorers and lathe-cli score WORKSPACE --run ID end to end: set, show and
// refuse scorer lists; re-score a stored run (built here with RunStore, no model calls) and
// read its summary, comparisons and exit codes.
#include "clirunner.h"

#include "prompt/promptcontent.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QJsonObject parseJson(const CliResult &r)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

} // namespace

class TestCliScorers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    int m_count = 0;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    // A run of two prompt versions over the imported dataset, with stored answers: v1 gets
    // "Kyoto" wrong and fails one call; v2 answers everything right.
    qint64 storeRun()
    {
        WorkspaceError wsError;
        auto ws = Workspace::open(m_ws, &wsError);
        if (!ws)
            return 0;
        const auto dataset = DatasetStore(ws->database()).find(u"capitals"_s);
        PromptStore prompts(ws->database());
        StoreError err;
        PromptContent c;
        c.templateText = u"Capital of {{ country }}?"_s;
        const auto v1 = prompts.commitContent(u"capital"_s, c, u"1"_s, &err);
        c.templateText = u"Name the capital of {{ country }} in one word."_s;
        const auto v2 = prompts.commitContent(u"capital"_s, c, u"2"_s, &err);
        RunSpec spec;
        spec.name = u"capitals v1 vs v2"_s;
        spec.datasetVersionId = dataset->head.id;
        spec.columns = {{v1->id, 0, u"model-a"_s, {}, {}}, {v2->id, 0, u"model-a"_s, {}, {}}};
        RunStore runs(ws->database());
        const auto runId = runs.createRun(spec, &err);
        if (!runId)
            return 0;
        const QList<RunColumnInfo> columns = runs.columns(*runId);
        const QList<DatasetRow> rows = DatasetStore(ws->database()).rows(dataset->head.id, 0, 100);
        QString answerKey;
        for (const DatasetColumn &col : dataset->columns) {
            if (col.name == u"answer")
                answerKey = col.key;
        }
        QHash<qint64, QString> answer;
        for (const DatasetRow &r : rows)
            answer.insert(r.id, r.data.value(answerKey).toString());
        QList<CaseResult> results;
        int i = 0;
        for (const CaseWork &w : runs.pendingCases(*runId, false)) {
            CaseResult r;
            r.caseId = w.caseId;
            r.ok = true;
            r.output = answer.value(w.rowId);
            r.latencyMs = 200 + 100 * i++;
            r.cost = 0.002;
            if (w.columnId == columns[0].id && r.output == u"Tokyo")
                r.output = u"Kyoto"_s;
            if (w.columnId == columns[0].id && r.output == u"Lima") {
                r.ok = false;
                r.output.clear();
                r.error = u"HTTP 503: overloaded"_s;
            }
            results.append(r);
        }
        return runs.writeResults(results, &err) ? *runId : 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"s%1.lathe"_s.arg(++m_count));
        QCOMPARE(runCli({u"init"_s, m_ws}).code, 0);
        const QString csv = file(u"capitals.csv"_s, "country,answer\nFrance,Paris\nJapan,Tokyo\nPeru,Lima\nKenya,Nairobi\n");
        const CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--name"_s, u"capitals"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void setShowAndRefuseScorers()
    {
        CliResult r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"has no default scorers"_s), qPrintable(r.out));

        const QByteArray yaml = "# promptfoo style\n"
                                "- type: icontains\n"
                                "- type: javascript\n"
                                "  value: output.length < 30\n"
                                "  metric: short\n"
                                "  weight: 0.5\n";
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s, file(u"s.yaml"_s, yaml)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Set 2 default scorer(s) on “capitals”"_s), qPrintable(r.out));

        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"type: javascript"_s) && r.out.contains(u"metric: short"_s), qPrintable(r.out));
        // What `show` prints can be set again as is.
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s, u"-"_s, u"--json"_s}, r.out.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray stored = parseJson(r).value(u"scorers"_s).toArray();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).toObject().value(u"weight"_s).toDouble(), 0.5);

        // Refused: unknown types, bad values, a threshold; nothing changes.
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                    file(u"bad.yaml"_s, "- type: contians\n  value: x\n- type: regex\n  value: '(x'\n")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"scorer 1: unknown scorer type \"contians\""_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"scorer 2: invalid regular expression"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                    file(u"js.yaml"_s, "- type: javascript\n  value: 'return (output'\n")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"JavaScript syntax error"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                    file(u"t.yaml"_s, "assert: [{type: equals}]\nthreshold: 0.5\n")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"--threshold"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s, file(u"syntax.yaml"_s, "- type: [\n")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"line "_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"nope"_s});
        QCOMPARE(r.code, 3);
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--json"_s});
        QCOMPARE(parseJson(r).value(u"scorers"_s).toArray().size(), 2);

        // llm-rubric is accepted as is; a model-graded type Lathe does not run is kept with a
        // warning (it will be skipped when scoring).
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                    file(u"judge.json"_s, R"([{"type": "equals"}, {"type": "llm-rubric", "value": "is polite"}])")});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"warning"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                    file(u"relevance.json"_s, R"([{"type": "equals"}, {"type": "answer-relevance", "value": "x"}])")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"warning: scorer 2: answer-relevance is a model-graded promptfoo scorer"_s), qPrintable(r.err));
    }

    void rescoreRunSummaryAndComparison()
    {
        const qint64 runId = storeRun();
        QVERIFY(runId > 0);
        QCOMPARE(runCli({u"dataset"_s, u"scorers"_s, m_ws, u"capitals"_s, u"--file"_s,
                         file(u"s.yaml"_s, "- type: equals\n- type: chrf\n- type: latency\n  threshold: 1000\n")})
                     .code,
                 0);
        CliResult r = runCli({u"score"_s, m_ws, u"--run"_s, QString::number(runId), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = parseJson(r);
        QCOMPARE(o.value(u"scoring"_s).toObject().value(u"cases"_s).toInt(), 8);
        QCOMPARE(o.value(u"scoring"_s).toObject().value(u"model_errors"_s).toInt(), 1);
        const QJsonArray cols = o.value(u"columns"_s).toArray();
        QCOMPARE(cols.size(), 2);
        const QJsonObject v1 = cols.at(0).toObject();
        QCOMPARE(v1.value(u"version"_s).toInt(), 1);
        QCOMPARE(v1.value(u"passed"_s).toInt(), 2);                   // Paris, Nairobi
        QCOMPARE(v1.value(u"pass_rate"_s).toDouble(), 0.5);           // 2 of 3 judged + 1 error
        QCOMPARE(v1.value(u"pass_rate_interval"_s).toArray().size(), 2);
        QCOMPARE(v1.value(u"errors"_s).toInt(), 1);
        QCOMPARE(v1.value(u"cost_per_1000"_s).toDouble(), 2.0);
        QCOMPARE(v1.value(u"latency_ms"_s).toObject().value(u"count"_s).toInt(), 3);
        bool corpus = false;
        for (const QJsonValue &s : v1.value(u"scorers"_s).toArray())
            corpus = corpus || s.toObject().value(u"corpus"_s).toObject().value(u"name"_s).toString() == u"corpus chrF2";
        QVERIFY(corpus);
        QCOMPARE(cols.at(1).toObject().value(u"pass_rate"_s).toDouble(), 1.0);
        const QJsonObject cmp = o.value(u"comparisons"_s).toArray().at(0).toObject();
        QCOMPARE(cmp.value(u"pairs"_s).toInt(), 4);
        QCOMPARE(cmp.value(u"improved"_s).toInt(), 2);
        QCOMPARE(cmp.value(u"mcnemar"_s).toObject().value(u"method"_s).toString(), u"exact binomial"_s);
        QCOMPARE(cmp.value(u"mcnemar"_s).toObject().value(u"p_value"_s).toDouble(), 0.5);   // 2 * (1/2)^2

        // The text form; reproducible intervals (seeded bootstrap).
        r = runCli({u"score"_s, m_ws, u"--run"_s, QString::number(runId)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"capital v1 · model-a"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"pass rate"_s) && r.out.contains(u"50.0%"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"McNemar (exact binomial)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"corpus chrF2 = "_s), qPrintable(r.out));
        const CliResult again = runCli({u"score"_s, m_ws, u"--run"_s, QString::number(runId), u"--no-rescore"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out.mid(again.out.indexOf(u"capital v1"_s)), r.out.mid(r.out.indexOf(u"capital v1"_s)));

        // CI gate.
        r = runCli({u"score"_s, m_ws, u"--run"_s, QString::number(runId), u"--no-rescore"_s, u"--min-pass-rate"_s, u"0.9"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"FAILED: minimum pass rate 90.0%"_s));

        // The run's own scorers and threshold, stored in the run and applied.
        r = runCli({u"score"_s, m_ws, u"--run"_s, QString::number(runId), u"--scorers"_s,
                    file(u"run.yaml"_s, "- {type: javascript, value: \"output.length > 3\", metric: long}\n"),
                    u"--threshold"_s, u"0.5"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // equals fails on Kyoto but the mean (equals 0, latency 1, long 1) reaches 0.5.
        QCOMPARE(parseJson(r).value(u"columns"_s).toArray().at(0).toObject().value(u"passed"_s).toInt(), 3);
        WorkspaceError wsError;
        auto ws = Workspace::open(m_ws, &wsError);
        QVERIFY(ws);
        const auto info = RunStore(ws->database()).find(runId);
        QCOMPARE(info->config.value(u"scorers"_s).toObject().value(u"threshold"_s).toDouble(), 0.5);
    }

    void usageAndBadInput()
    {
        CliResult r = runCli({u"score"_s, m_ws, u"--run"_s, u"abc"_s});
        QCOMPARE(r.code, 2);
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"42"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"run 42 does not exist"_s), qPrintable(r.err));
        r = runCli({u"score"_s, m_dir.filePath(u"missing.lathe"_s), u"--run"_s, u"1"_s});
        QCOMPARE(r.code, 3);
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--no-rescore"_s, u"--threshold"_s, u"0.5"_s});
        QCOMPARE(r.code, 2);
        r = runCli({u"score"_s, m_ws, u"--run"_s, u"1"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"McNemar"_s));
        r = runCli({u"score"_s, m_ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--run ID"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"scorers"_s, m_ws});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliScorers)
#include "tst_cli_scorers.moc"
