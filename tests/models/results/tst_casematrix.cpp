// The case matrix: filters (failed anywhere, errors, changed, regressions, improvements,
// search, tag) and sorting run in SQLite and pick exactly the planted rows; the model passes
// QAbstractItemModelTester and exposes each cell's case, state and verdict; a run of 1,000,000
// results opens (row count and first window) while the model never holds more than its
// window budget.
#include "resultsfixture.h"

#include "results/casematrixmodel.h"
#include "workspace/casematrixquery.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lathe;
using namespace resultsfixture;

namespace {

constexpr int kTimeoutMs = 30000;

// The verdict of a planted cell: 1 pass, 0 fail (error counts as fail), -1 none.
int verdict(int row, int column)
{
    const QChar s = stateAt(row, column);
    return s == u'P' ? 1 : (s == u'F' || s == u'E') ? 0 : -1;
}

// What each filter kind keeps, computed from the pattern (A = column 0, B = column 1).
QList<qint64> expectedRows(CaseFilter::Kind kind)
{
    QList<qint64> out;
    for (int r = 0; r < kPattern.size(); ++r) {
        bool keep = false;
        const QString p = kPattern.at(r);
        switch (kind) {
        case CaseFilter::Kind::All: keep = true; break;
        case CaseFilter::Kind::FailedAnywhere: keep = p.contains(u'F') || p.contains(u'E'); break;
        case CaseFilter::Kind::Errors: keep = p.contains(u'E'); break;
        case CaseFilter::Kind::Changed: keep = verdict(r, 0) >= 0 && verdict(r, 1) >= 0 && verdict(r, 0) != verdict(r, 1); break;
        case CaseFilter::Kind::Regressions: keep = verdict(r, 0) == 1 && verdict(r, 1) == 0; break;
        case CaseFilter::Kind::Improvements: keep = verdict(r, 0) == 0 && verdict(r, 1) == 1; break;
        }
        if (keep)
            out.append(r);
    }
    return out;
}

QList<qint64> positions(const QList<MatrixRow> &rows)
{
    QList<qint64> out;
    for (const MatrixRow &r : rows)
        out.append(r.position);
    return out;
}

bool waitReady(CaseMatrixModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, kTimeoutMs);
}

bool waitLoaded(CaseMatrixModel &model, int row)
{
    return QTest::qWaitFor([&] {
        return !model.isLoading() && model.index(row, 0).data(CaseMatrixModel::LoadedRole).toBool();
    }, kTimeoutMs);
}

} // namespace

class TestCaseMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = planted(m_dir.filePath(QStringLiteral("planted.lathe")));
        QVERIFY(m_run.ws);
        QCOMPARE(m_run.columnIds.size(), 3);
    }

    void layoutListsColumnsAndScorers()
    {
        const auto layout = CaseMatrixQuery::layout(m_run.ws->database(), m_run.runId);
        QVERIFY(layout);
        QCOMPARE(layout->columns.size(), 3);
        QCOMPARE(layout->scorers, (QStringList{QStringLiteral("equals"), QStringLiteral("length")}));
        QCOMPARE(layout->datasetColumns.size(), 2);
        WorkspaceError error;
        QVERIFY(!CaseMatrixQuery::layout(m_run.ws->database(), 999, &error));
        QCOMPARE(error.code, WorkspaceError::NotFound);
    }

    void filters_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("all") << int(CaseFilter::Kind::All);
        QTest::newRow("failed anywhere") << int(CaseFilter::Kind::FailedAnywhere);
        QTest::newRow("errors") << int(CaseFilter::Kind::Errors);
        QTest::newRow("changed") << int(CaseFilter::Kind::Changed);
        QTest::newRow("regressions") << int(CaseFilter::Kind::Regressions);
        QTest::newRow("improvements") << int(CaseFilter::Kind::Improvements);
    }

    void filters()
    {
        QFETCH(int, kind);
        const auto layout = CaseMatrixQuery::layout(m_run.ws->database(), m_run.runId);
        QVERIFY(layout);
        CaseMatrixQuery query(m_run.ws->database());
        CaseMatrixSpec spec;
        spec.runId = m_run.runId;
        spec.filter.kind = CaseFilter::Kind(kind);
        spec.filter.columnA = m_run.columnIds.at(0);
        spec.filter.columnB = m_run.columnIds.at(1);
        WorkspaceError error;
        const auto count = query.prepare(*layout, spec, {}, &error);
        QVERIFY2(count, qPrintable(error.message));
        const QList<qint64> expected = expectedRows(CaseFilter::Kind(kind));
        QCOMPARE(*count, expected.size());
        QCOMPARE(positions(query.rows(0, 100)), expected);
    }

    void plantedPatternIsWhatTheFiltersSee()
    {
        // The pattern was planted so that each pairwise filter has something to find.
        QCOMPARE(expectedRows(CaseFilter::Kind::Regressions), (QList<qint64>{1, 3, 9}));
        QCOMPARE(expectedRows(CaseFilter::Kind::Improvements), (QList<qint64>{2, 6}));
        QCOMPARE(expectedRows(CaseFilter::Kind::Errors), (QList<qint64>{3, 6}));
    }

    void cellsCarryStatesScoresAndScorers()
    {
        const auto layout = CaseMatrixQuery::layout(m_run.ws->database(), m_run.runId);
        CaseMatrixQuery query(m_run.ws->database());
        QVERIFY(query.prepare(*layout, CaseMatrixSpec{m_run.runId, {}, {}}, {}));
        QVERIFY(!query.isMaterialised());   // plain view: read by position, nothing scanned
        const QList<MatrixRow> rows = query.rows(0, 100);
        QCOMPARE(rows.size(), kPattern.size());
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(rows[r].data.value(QStringLiteral("c0")).toString(), QStringLiteral("question %1").arg(r));
            QCOMPARE(rows[r].tags, plantedTags(r));
            for (int c = 0; c < 3; ++c) {
                const MatrixCell &cell = rows[r].cells[c];
                const QChar s = stateAt(r, c);
                const CellState expected = s == u'P' ? CellState::Pass : s == u'F' ? CellState::Fail
                    : s == u'E' ? CellState::Error : s == u'N' ? CellState::Answered : CellState::Pending;
                QCOMPARE(cell.state, expected);
                QVERIFY(cell.caseId > 0);
                if (s == u'P' || s == u'F') {
                    QCOMPARE(cell.output, plantedOutput(r, c));
                    QVERIFY(cell.score);
                    QCOMPARE(*cell.score, plantedScore(r, c));
                    QCOMPARE(cell.scores.at(0).pass, std::optional<bool>(s == u'P'));
                    QCOMPARE(cell.scores.at(1).value, std::optional<double>(r * 2 + c));
                    QVERIFY(!cell.scores.at(1).pass);
                } else if (s == u'E') {
                    QCOMPARE(cell.error, QStringLiteral("HTTP 503: overloaded"));
                }
            }
        }
        // A window in the middle: rows 5..8.
        QCOMPARE(positions(query.rows(5, 4)), (QList<qint64>{5, 6, 7, 8}));
    }

    void searchAndTag()
    {
        const auto layout = CaseMatrixQuery::layout(m_run.ws->database(), m_run.runId);
        CaseMatrixQuery query(m_run.ws->database());
        const auto run = [&](CaseFilter filter) {
            QList<qint64> none{-1};
            const auto count = query.prepare(*layout, CaseMatrixSpec{m_run.runId, filter, {}}, {});
            return count ? positions(query.rows(0, 100)) : none;
        };
        CaseFilter f;
        f.search = QStringLiteral("zEBRA");   // an output, case-insensitively
        QCOMPARE(run(f), (QList<qint64>{5}));
        f.search = QStringLiteral("äRGER");         // Unicode case folding, not LIKE's ASCII-only one
        QCOMPARE(run(f), (QList<qint64>{5}));
        f.search = QStringLiteral("얼룩말");
        QCOMPARE(run(f), (QList<qint64>{5}));
        f.search = QStringLiteral("question 11");   // a dataset value
        QCOMPARE(run(f), (QList<qint64>{11}));
        f.search = QStringLiteral("overloaded");    // an error message
        QCOMPARE(run(f), (QList<qint64>{3, 6}));
        f.search = QStringLiteral("100%_");         // LIKE wildcards are literal
        QCOMPARE(run(f), QList<qint64>{});
        f = {};
        f.tag = QStringLiteral("flaky");
        QCOMPARE(run(f), (QList<qint64>{1, 9}));
        f.tag = QStringLiteral("hard");
        f.kind = CaseFilter::Kind::FailedAnywhere;
        QCOMPARE(run(f), (QList<qint64>{6, 9, 11}));
        // A pairwise kind without two different columns filters nothing.
        f = {};
        f.kind = CaseFilter::Kind::Regressions;
        f.columnA = f.columnB = m_run.columnIds.at(0);
        QVERIFY(!f.isActive());
        QCOMPARE(run(f).size(), kPattern.size());
    }

    void sorting_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("score B asc") << int(CaseMatrixSort::Key::Score) << 1 << false;
        QTest::newRow("score B desc") << int(CaseMatrixSort::Key::Score) << 1 << true;
        QTest::newRow("state A asc") << int(CaseMatrixSort::Key::State) << 0 << false;
        QTest::newRow("length C desc") << int(CaseMatrixSort::Key::Scorer) << 2 << true;
        QTest::newRow("position desc") << int(CaseMatrixSort::Key::Position) << 0 << true;
    }

    void sorting()
    {
        QFETCH(int, key);
        QFETCH(int, column);
        QFETCH(bool, descending);
        const auto sortKey = CaseMatrixSort::Key(key);
        // The value each row is sorted by, as the pattern defines it (nullopt: none, first
        // when ascending, last when descending, as SQLite orders NULL).
        const auto value = [&](int r) -> std::optional<double> {
            const QChar s = stateAt(r, column);
            switch (sortKey) {
            case CaseMatrixSort::Key::Score:
                return s == u'P' || s == u'F' ? std::optional<double>(plantedScore(r, column)) : std::nullopt;
            case CaseMatrixSort::Key::Scorer:
                return s == u'P' || s == u'F' ? std::optional<double>(r * 2 + column) : std::nullopt;
            case CaseMatrixSort::Key::State:
                return double(s == u'-' ? CellState::Pending : s == u'P' ? CellState::Pass : s == u'N' ? CellState::Answered
                              : s == u'F' ? CellState::Fail : CellState::Error);
            default:
                return double(r);
            }
        };
        QList<qint64> expected;
        for (int r = 0; r < kPattern.size(); ++r)
            expected.append(r);
        std::stable_sort(expected.begin(), expected.end(), [&](qint64 a, qint64 b) {
            const auto va = value(int(a));
            const auto vb = value(int(b));
            if (va == vb)
                return sortKey == CaseMatrixSort::Key::Position && descending ? a > b : a < b;
            if (!va || !vb)
                return descending ? bool(va) : !va;
            return descending ? *va > *vb : *va < *vb;
        });

        const auto layout = CaseMatrixQuery::layout(m_run.ws->database(), m_run.runId);
        CaseMatrixQuery query(m_run.ws->database());
        CaseMatrixSpec spec;
        spec.runId = m_run.runId;
        spec.sort = {sortKey, m_run.columnIds.at(column), QStringLiteral("length"), descending};
        QVERIFY(query.prepare(*layout, spec, {}));
        QCOMPARE(positions(query.rows(0, 100)), expected);
    }

    void modelUnderTester()
    {
        CaseMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &CaseMatrixModel::rowCountChanged);
        model.setRun(m_run.ws->path(), m_run.runId);
        QVERIFY(waitReady(model));
        QCOMPARE(counts.last().at(0).toLongLong(), kPattern.size());
        QCOMPARE(model.rowCount(), kPattern.size());
        QCOMPARE(model.groupCount(), 3);
        QCOMPARE(model.columnCount(), CaseMatrixModel::kLeadingColumns + 3 * (CaseMatrixModel::kFixedGroupColumns + 2));
        QVERIFY(waitLoaded(model, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.tags().contains(QStringLiteral("flaky")), kTimeoutMs);

        const int groupB = model.firstColumnOfGroup(1);
        QCOMPARE(model.headerData(groupB, Qt::Horizontal, CaseMatrixModel::GroupTitleRole).toString(),
                 QStringLiteral("qa@2 · model-a"));
        QCOMPARE(model.headerData(groupB + 1, Qt::Horizontal).toString(), QStringLiteral("Result"));
        QCOMPARE(model.headerData(groupB + 4, Qt::Horizontal).toString(), QStringLiteral("length"));
        for (int r = 0; r < kPattern.size(); ++r) {
            const QModelIndex result = model.index(r, groupB + 1);
            const QChar s = stateAt(r, 1);
            QVERIFY(result.data(CaseMatrixModel::CaseIdRole).toLongLong() > 0);
            QCOMPARE(result.data(CaseMatrixModel::RunColumnIdRole).toLongLong(), m_run.columnIds.at(1));
            QCOMPARE(result.data(CaseMatrixModel::ErrorRole).toBool(), s == u'E');
            const QVariant pass = result.data(CaseMatrixModel::PassRole);
            QCOMPARE(pass.isValid(), s == u'P' || s == u'F' || s == u'E');
            if (pass.isValid())
                QCOMPARE(pass.toBool(), s == u'P');
            QCOMPARE(model.index(r, 0).data().toString(), QStringLiteral("question %1").arg(r));
        }
        QCOMPARE(model.index(5, groupB).data().toString(), plantedOutput(5, 1));
        QCOMPARE(model.index(3, groupB).data().toString(), QStringLiteral("Error: HTTP 503: overloaded"));

        // Regressions from A to B, through the model.
        CaseFilter f;
        f.kind = CaseFilter::Kind::Regressions;
        f.columnA = m_run.columnIds.at(0);
        f.columnB = m_run.columnIds.at(1);
        model.setFilter(f);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(waitLoaded(model, 0));
        QList<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown.append(model.rowAt(r)->position);
        QCOMPARE(shown, (QList<qint64>{1, 3, 9}));

        // Sorting through the model: by B's score, descending.
        model.setFilter({});
        model.sort(groupB + 2, Qt::DescendingOrder);
        QVERIFY(waitReady(model));
        QVERIFY(waitLoaded(model, 0));
        QCOMPARE(model.rowCount(), kPattern.size());
        double previous = 2.0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QVariant v = model.index(r, groupB + 2).data(CaseMatrixModel::RawValueRole);
            if (!v.isValid())
                break;   // rows without a score come last
            QVERIFY(v.toDouble() <= previous);
            previous = v.toDouble();
        }
        model.sort(-1);
        QVERIFY(waitReady(model));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void refreshShowsNewResultsWithoutReset()
    {
        QTemporaryDir dir;
        Run run = planted(dir.filePath(QStringLiteral("refresh.lathe")));
        QVERIFY(run.ws);
        CaseMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(run.ws->path(), run.runId);
        QVERIFY(waitReady(model));
        QVERIFY(waitLoaded(model, 7));
        const QModelIndex result = model.index(7, model.firstColumnOfGroup(1) + 1);
        QCOMPARE(CellState(result.data(CaseMatrixModel::CellStateRole).toInt()), CellState::Pending);

        // The pending case of row 7 in column B gets its result while the matrix is open.
        CaseResult r;
        r.caseId = result.data(CaseMatrixModel::CaseIdRole).toLongLong();
        r.ok = true;
        r.output = QStringLiteral("late answer");
        StoreError error;
        QVERIFY(RunStore(run.ws->database()).writeResults({r}, &error));
        QVERIFY(ScoreStore(run.ws->database()).replaceScores({r.caseId}, {{r.caseId, QStringLiteral("_case"), 1.0, true, {}, {}}}, &error));

        QSignalSpy resets(&model, &CaseMatrixModel::modelAboutToBeReset);
        model.refresh();
        QVERIFY(waitReady(model));
        QVERIFY(waitLoaded(model, 7));
        QCOMPARE(resets.size(), 0);   // same shape: the view keeps its place
        QCOMPARE(model.rowCount(), kPattern.size());
        QCOMPARE(CellState(model.index(7, model.firstColumnOfGroup(1) + 1).data(CaseMatrixModel::CellStateRole).toInt()),
                 CellState::Pass);
        QCOMPARE(model.index(7, model.firstColumnOfGroup(1)).data().toString(), QStringLiteral("late answer"));
    }

    void millionResults()
    {
        constexpr qint64 kRows = 250000;
        constexpr int kColumns = 4;
        QElapsedTimer build;
        build.start();
        Run big = bulk(m_dir.filePath(QStringLiteral("big.lathe")), kRows, kColumns);
        QVERIFY(big.ws);
        QCOMPARE(big.ws->database().queryInt("SELECT count(*) FROM results"), kRows * kColumns);
        qInfo("built 1,000,000 results in %lld ms", build.elapsed());

        // No QAbstractItemModelTester here (modelUnderTester has one): it reads every index
        // after a reset, which is what this test shows the model never needs.
        CaseMatrixModel model;
        QElapsedTimer open;
        open.start();
        model.setRun(big.ws->path(), big.runId);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(kRows), kTimeoutMs);
        QVERIFY(waitLoaded(model, 0));
        qInfo("opened (row count + first window) in %lld ms", open.elapsed());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("question 0"));

        // Scroll through the start, middle and end: the cache stays within its budget.
        for (const int row : {1000, int(kRows / 2), 137000, int(kRows - 1), 0, 5000, 200000, 90000, 12345}) {
            QVERIFY(waitLoaded(model, row));
            QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("question %1").arg(row));
        }
        const qint64 budget = qint64(CaseMatrixModel::kWindowSize) * CaseMatrixModel::kCachedWindows;
        QVERIFY(model.maxRowsHeld() <= budget);
        QVERIFY(model.maxRowsHeld() >= CaseMatrixModel::kWindowSize);

        // Failed anywhere, in SQLite; the count follows the fixture's pattern.
        qint64 failed = 0;
        for (qint64 p = 0; p < kRows; ++p) {
            bool any = p % 50 == 49;   // the last column's errors
            for (int c = 0; c < kColumns && !any; ++c)
                any = !bulkPass(p, c);
            failed += any ? 1 : 0;
        }
        CaseFilter f;
        f.kind = CaseFilter::Kind::FailedAnywhere;
        QElapsedTimer filter;
        filter.start();
        model.setFilter(f);
        QVERIFY(waitReady(model));
        QVERIFY(waitLoaded(model, 0));
        qInfo("filtered (failed anywhere) in %lld ms", filter.elapsed());
        QCOMPARE(model.rowCount(), int(failed));
        QVERIFY(model.maxRowsHeld() <= budget);
    }

private:
    QTemporaryDir m_dir;
    Run m_run;
};

QTEST_GUILESS_MAIN(TestCaseMatrix)
#include "tst_casematrix.moc"
