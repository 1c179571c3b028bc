// Run vs run comparison: the case classification (pass/fail first, then score beyond the
// epsilon), counts, McNemar and the paired bootstrap on a hand-computed table, the regression
// rule of `lathe-cli eval --baseline`, column matching, and loading two stored runs of one
// dataset (and refusing runs of different datasets).
#include "compare/runcomparison.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runcomparisonquery.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

using State = ComparableCase::State;

// 'P' pass, 'F' fail, 'E' error result, '-' pending, 'U' answered but unscored.
ComparableCase make(qint64 rowId, char kind, double score = -1)
{
    ComparableCase c;
    c.rowId = rowId;
    c.rowPosition = rowId;
    c.caseId = rowId * 10;
    switch (kind) {
    case 'P':
    case 'F':
        c.state = State::Ok;
        c.pass = kind == 'P';
        c.score = score >= 0 ? score : (kind == 'P' ? 1.0 : 0.0);
        break;
    case 'E':
        c.state = State::Error;
        c.error = u"HTTP 500"_s;
        break;
    case 'U':
        c.state = State::Ok;
        break;
    default:
        break;
    }
    return c;
}

} // namespace

Q_DECLARE_METATYPE(lathe::CaseChange)

class TestRunComparison final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<char>("a");
        QTest::addColumn<double>("sa");
        QTest::addColumn<char>("b");
        QTest::addColumn<double>("sb");
        QTest::addColumn<CaseChange>("change");
        QTest::addColumn<bool>("byPass");
        QTest::newRow("pass -> fail") << 'P' << 1.0 << 'F' << 0.0 << CaseChange::Regressed << true;
        QTest::newRow("fail -> pass, lower score") << 'F' << 0.9 << 'P' << 0.6 << CaseChange::Improved << true;
        QTest::newRow("both pass, higher") << 'P' << 0.8 << 'P' << 0.9 << CaseChange::Improved << false;
        QTest::newRow("both pass, within epsilon") << 'P' << 0.8 << 'P' << 0.8 + 1e-12 << CaseChange::Unchanged << false;
        QTest::newRow("both fail, lower") << 'F' << 0.5 << 'F' << 0.2 << CaseChange::Regressed << false;
        QTest::newRow("error -> pass") << 'E' << -1.0 << 'P' << 1.0 << CaseChange::Improved << true;
        QTest::newRow("pass -> error") << 'P' << 1.0 << 'E' << -1.0 << CaseChange::Regressed << true;
        QTest::newRow("error -> error") << 'E' << -1.0 << 'E' << -1.0 << CaseChange::Unchanged << false;
        QTest::newRow("fail 0 -> error") << 'F' << 0.0 << 'E' << -1.0 << CaseChange::Unchanged << false;
        QTest::newRow("pending") << '-' << -1.0 << 'P' << 1.0 << CaseChange::NotJudged << false;
        QTest::newRow("unscored") << 'P' << 1.0 << 'U' << -1.0 << CaseChange::NotJudged << false;
    }
    void classify()
    {
        QFETCH(char, a);
        QFETCH(double, sa);
        QFETCH(char, b);
        QFETCH(double, sb);
        QFETCH(CaseChange, change);
        QFETCH(bool, byPass);
        bool passChanged = !byPass;
        QCOMPARE(RunComparison::classify(make(1, a, sa), make(1, b, sb), 1e-9, &passChanged), change);
        QCOMPARE(passChanged, byPass);
    }

    // rows 1-9 judged in both, 10 pending in the baseline, 11 only in the baseline, 12 only in
    // the candidate. Pass/fail: b = 1 (row 2), c = 5 (rows 3-7). Scores: A = 1,1,0,0,0,0,0,.5,1
    // (sum 3.5), B = 1,0,1,1,1,1,1,.75,1 (sum 7.75) over 9 pairs.
    void handComputedTable()
    {
        const QList<ComparableCase> a{make(1, 'P'), make(2, 'P'), make(3, 'F'), make(4, 'F'), make(5, 'F'),
                                      make(6, 'F'), make(7, 'F'), make(8, 'P', 0.5), make(9, 'P'), make(10, '-'),
                                      make(11, 'P')};
        const QList<ComparableCase> b{make(1, 'P'), make(2, 'F'), make(3, 'P'), make(4, 'P'), make(5, 'P'),
                                      make(6, 'P'), make(7, 'P'), make(8, 'P', 0.75), make(9, 'P'), make(10, 'P'),
                                      make(12, 'P')};
        const RunComparisonResult r = RunComparison().compare(a, b);
        QCOMPARE(r.cases.size(), 10);
        QCOMPARE(r.improved, 6);
        QCOMPARE(r.regressed, 1);
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(r.notJudged, 1);
        QCOMPARE(r.judged(), 9);
        QCOMPARE(r.onlyBaseline, 1);
        QCOMPARE(r.onlyCandidate, 1);
        QCOMPARE(r.count(CaseChange::Improved), 6);
        QCOMPARE(r.cases[1].change, CaseChange::Regressed);
        QVERIFY(r.cases[1].passChanged);
        QCOMPARE(r.cases[7].change, CaseChange::Improved);
        QVERIFY(!r.cases[7].passChanged);
        QCOMPARE(r.cases[9].change, CaseChange::NotJudged);

        // McNemar exact: p = 2 * P(X <= 1 | n = 6, 1/2) = 2 * 7/64.
        QCOMPARE(r.mcnemar.b, 1);
        QCOMPARE(r.mcnemar.c, 5);
        QCOMPARE(r.mcnemar.method, McNemarResult::Method::Exact);
        QVERIFY(qAbs(r.mcnemar.pValue - 14.0 / 64.0) < 1e-12);
        QVERIFY(!r.isSignificantRegression());

        QCOMPARE(r.score.count, 9);
        QVERIFY(qAbs(r.score.a - 3.5 / 9) < 1e-12);
        QVERIFY(qAbs(r.score.b - 7.75 / 9) < 1e-12);
        QVERIFY(qAbs(r.score.difference - 4.25 / 9) < 1e-12);
        QVERIFY(r.score.interval.isValid());
        QVERIFY(r.score.interval.low <= r.score.difference && r.score.difference <= r.score.interval.high);

        // Seeded: the same options give the same interval, another seed (almost surely) not.
        const RunComparisonResult again = RunComparison().compare(a, b);
        QCOMPARE(again.score.interval.low, r.score.interval.low);
        QCOMPARE(again.score.interval.high, r.score.interval.high);
        RunComparison::Options other;
        other.bootstrap.seed = 7;
        const RunComparisonResult seeded = RunComparison(other).compare(a, b);
        QVERIFY(seeded.score.interval.low != r.score.interval.low || seeded.score.interval.high != r.score.interval.high);

        // A looser epsilon turns row 8's +0.25 into no change.
        RunComparison::Options loose;
        loose.epsilon = 0.3;
        const RunComparisonResult l = RunComparison(loose).compare(a, b);
        QCOMPARE(l.improved, 5);
        QCOMPARE(l.unchanged, 3);
    }

    void significantRegressionRule()
    {
        QList<ComparableCase> a;
        QList<ComparableCase> b;
        for (int i = 0; i < 12; ++i) {
            a.append(make(i, 'P'));
            b.append(make(i, i < 10 ? 'F' : 'P'));
        }
        // b = 10, c = 0: p = 2 / 1024.
        RunComparisonResult r = RunComparison().compare(a, b);
        QVERIFY(qAbs(r.mcnemar.pValue - 2.0 / 1024.0) < 1e-12);
        QCOMPARE(r.regressed, 10);
        QVERIFY(r.isSignificantRegression());
        // The same change the other way is significant but an improvement.
        r = RunComparison().compare(b, a);
        QVERIFY(r.mcnemar.pValue < 0.05);
        QVERIFY(!r.isSignificantRegression());
        // 4 regressions alone: p = 2 / 16 = 0.125, not significant.
        r = RunComparison().compare(a.mid(0, 4), b.mid(0, 4));
        QCOMPARE(r.regressed, 4);
        QVERIFY(qAbs(r.mcnemar.pValue - 0.125) < 1e-12);
        QVERIFY(!r.isSignificantRegression());
        // Nothing judged: p = 1, no regression.
        r = RunComparison().compare({}, {});
        QCOMPARE(r.mcnemar.pValue, 1.0);
        QVERIFY(!r.isSignificantRegression());
        QVERIFY(!r.score.interval.isValid());
    }

    void matchColumns()
    {
        const auto col = [](qint64 id, qint64 version, const QString &model) {
            RunColumnInfo c;
            c.id = id;
            c.promptVersionId = version;
            c.model = model;
            return c;
        };
        const QList<RunColumnInfo> a{col(1, 10, u"m1"_s), col(2, 11, u"m1"_s), col(3, 11, u"m2"_s)};
        const QList<RunColumnInfo> b{col(7, 11, u"m2"_s), col(8, 10, u"m1"_s), col(9, 12, u"m1"_s)};
        const QList<std::pair<qint64, qint64>> expected{{1, 8}, {3, 7}};
        QCOMPARE(RunComparison::matchColumns(a, b), expected);
    }

    // Two stored runs of dataset "qa" (v1 in run 1, v2 in run 2, one column each) and a run
    // of another dataset; scores written as the case totals.
    void loadStoredRuns()
    {
        WorkspaceError wsError;
        auto ws = Workspace::create(m_dir.filePath(u"cmp.lathe"_s), u"cmp"_s, &wsError, true);
        QVERIFY(ws);
        Database &db = ws->database();
        db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'qa', 'n'), (2, 'other', 'n');"
                "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n'), (2, 2, 1, 'n');"
                "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
                " (1, 0, 'c0', 'question', 'variable'), (1, 1, 'c1', 'junk', 'ignored'), (2, 0, 'c0', 'q', 'variable');"
                "INSERT INTO dataset_rows (id, data) VALUES (10, '{\"c0\":\"one\",\"c1\":\"x\"}'), (11, '{\"c0\":\"two\"}'),"
                " (12, '{\"c0\":\"three\"}'), (20, '{\"c0\":\"other\"}');"
                "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 10), (1, 1, 11), (1, 2, 12),"
                " (2, 0, 20);");
        PromptStore prompts(db);
        StoreError err;
        PromptContent c;
        c.templateText = u"Q: {{ question }}"_s;
        const auto v1 = prompts.commitContent(u"qa"_s, c, u"1"_s, &err);
        c.templateText = u"Answer: {{ question }}"_s;
        const auto v2 = prompts.commitContent(u"qa"_s, c, u"2"_s, &err);
        QVERIFY(v1 && v2);
        RunStore runs(db);
        ScoreStore scores(db);
        // Per run: the pass verdict of rows 10, 11, 12 ('E' an error result).
        const auto makeRun = [&](qint64 datasetVersion, qint64 versionId, const QString &verdicts) -> qint64 {
            RunSpec spec;
            spec.datasetVersionId = datasetVersion;
            spec.columns = {{versionId, 0, u"m"_s, {}, {}}};
            const auto id = runs.createRun(spec, &err);
            if (!id)
                return 0;
            QList<CaseResult> results;
            QList<StoredScore> stored;
            QList<qint64> ids;
            for (const CaseWork &w : runs.pendingCases(*id, false)) {
                const QChar v = verdicts.at(w.rowPosition);
                CaseResult r;
                r.caseId = w.caseId;
                r.ok = v != u'E';
                r.output = u"out %1 %2"_s.arg(*id).arg(w.rowPosition);
                r.error = r.ok ? QString() : u"HTTP 500"_s;
                results.append(r);
                ids.append(w.caseId);
                if (r.ok)
                    stored.append({w.caseId, u"_case"_s, v == u'P' ? 1.0 : 0.0, v == u'P', QString(), {}});
            }
            if (!runs.writeResults(results, &err) || !scores.replaceScores(ids, stored, &err))
                return 0;
            return *id;
        };
        const qint64 r1 = makeRun(1, v1->id, u"PPF"_s);
        const qint64 r2 = makeRun(1, v2->id, u"FPP"_s);
        const qint64 r3 = makeRun(2, v1->id, u"P"_s);
        QVERIFY(r1 && r2 && r3);

        RunComparisonQuery query(db);
        const QList<ComparableRun> list = query.runs();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, r3);
        QCOMPARE(list[1].datasetName, u"qa"_s);
        QCOMPARE(list[1].cases, 3);
        const QJsonObject values = query.rowValues(r1, 10);
        QCOMPARE(values, (QJsonObject{{u"question"_s, u"one"_s}}));

        QString error;
        std::optional<RunComparisonResult> r = RunComparison().load(db, {r1, 0}, {r2, 0}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->cases.size(), 3);
        QCOMPARE(r->regressed, 1);
        QCOMPARE(r->improved, 1);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(r->cases[0].baseline.output, u"out %1 0"_s.arg(r1));
        QCOMPARE(r->cases[0].candidate.output, u"out %1 0"_s.arg(r2));
        QCOMPARE(r->cases[0].change, CaseChange::Regressed);

        QVERIFY(!RunComparison().load(db, {r1, 0}, {r3, 0}, &error));
        QVERIFY2(error.contains(u"different datasets"_s), qPrintable(error));
        QVERIFY(!RunComparison().load(db, {r1, 0}, {999, 0}, &error));
        QVERIFY(!RunComparison().load(db, {r1, 0}, {r1, 0}, &error));   // one column: nothing to pair
        QVERIFY(!RunComparison().load(db, {r1, 12345}, {r2, 0}, &error));
    }
};

QTEST_APPLESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
