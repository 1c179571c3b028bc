// ComparisonModel: QAbstractItemModelTester over a run larger than a page, lazy page reads and a
// bounded cache, chosen columns, previews and roles, oriented preferences, ratings and the
// "judged" count, repeats.
#include "reviewfixture.h"

#include "review/comparisonmodel.h"
#include "workspace/judgementstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestComparisonModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;
    static constexpr int kRows = 1200;

    Database &db() { return m_run.ws->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), kRows);
        QVERIFY(m_run.ws);
    }

    void testerOverManyPages()
    {
        ComparisonModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.setRun(m_run.runId, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.columnCount(), 6);   // #, input, expected, A, B, judgement
        QVERIFY(model.setColumns({m_run.columns[2], m_run.columns[0], m_run.columns[1]}));
        QCOMPARE(model.columnCount(), 7);
        QVERIFY(model.setColumns({m_run.columns[0], m_run.columns[1]}));
        // Walk every row as a view scrolling to the end would.
        for (int r = 0; r < model.rowCount(); r += 7)
            QVERIFY(model.data(model.index(r, ComparisonModel::outputColumn(0))).isValid());
        QVERIFY(model.cachedPageCount() <= ComparisonModel::maxCachedPages());
    }

    void readsPagesLazily()
    {
        ComparisonModel model(db());
        QString error;
        QVERIFY(model.setRun(m_run.runId, &error));
        QCOMPARE(model.pageLoads(), 0);   // opening reads no row
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"1"_s);
        QCOMPARE(model.pageLoads(), 1);
        model.data(model.index(ComparisonModel::pageSize() - 1, 0));
        QCOMPARE(model.pageLoads(), 1);   // same page
        QCOMPARE(model.data(model.index(kRows - 1, 0)).toString(), QString::number(kRows));
        QCOMPARE(model.pageLoads(), 2);
        QCOMPARE(model.cachedPageCount(), 2);
        const int pages = (kRows + ComparisonModel::pageSize() - 1) / ComparisonModel::pageSize();
        for (int p = 0; p < pages; ++p)
            model.data(model.index(p * ComparisonModel::pageSize(), 0));
        QCOMPARE(model.cachedPageCount(), ComparisonModel::maxCachedPages());
        // Rows read back after their page was dropped are still right.
        QCOMPARE(model.data(model.index(5, ComparisonModel::outputColumn(1)), ComparisonModel::OutputRole).toString(),
                 u"the answer is 5"_s);
    }

    void columnsAndRoles()
    {
        ComparisonModel model(db());
        QString error;
        QVERIFY(model.setRun(m_run.runId, &error));
        QVERIFY(!model.setColumns({m_run.columns[0]}));                       // one column
        QVERIFY(!model.setColumns({m_run.columns[0], m_run.columns[0]}));     // twice the same
        QVERIFY(!model.setColumns({m_run.columns[0], 987654}));               // not in the run
        QCOMPARE(model.columns(), (QList<qint64>{m_run.columns[0], m_run.columns[1]}));
        QVERIFY(model.setColumns({m_run.columns[1], m_run.columns[2]}));
        QCOMPARE(model.headerData(ComparisonModel::outputColumn(0), Qt::Horizontal).toString(), u"A: qa@2 · model-b"_s);
        QCOMPARE(model.headerData(ComparisonModel::outputColumn(1), Qt::Horizontal).toString(), u"B: qa@3 · model-c"_s);
        QCOMPARE(model.headerData(model.judgementColumn(), Qt::Horizontal).toString(), u"Judgement"_s);

        const auto cell = [&](int row, int column, int role) { return model.data(model.index(row, column), role); };
        QCOMPARE(cell(0, ComparisonModel::InputColumn, Qt::DisplayRole).toString(), u"question: Capital of France?"_s);
        QCOMPARE(cell(0, ComparisonModel::ExpectedColumn, ComparisonModel::FullTextRole).toString(), u"The capital is Paris."_s);
        QCOMPARE(cell(0, ComparisonModel::outputColumn(0), Qt::DisplayRole).toString(), u"The capital is Lyon."_s);
        QCOMPARE(cell(0, ComparisonModel::outputColumn(0), ComparisonModel::CaseIdRole).toLongLong(), m_run.caseAt(0, 1));
        QCOMPARE(cell(0, ComparisonModel::outputColumn(0), ComparisonModel::PassRole), QVariant(false));
        QCOMPARE(cell(1, ComparisonModel::outputColumn(0), Qt::DisplayRole).toString(), u"four"_s);
        QCOMPARE(cell(1, ComparisonModel::outputColumn(1), Qt::DisplayRole).toString(), u"Error: HTTP 503: overloaded"_s);
        QCOMPARE(cell(1, ComparisonModel::outputColumn(1), ComparisonModel::PassRole), QVariant(false));
        QCOMPARE(cell(1, ComparisonModel::outputColumn(1), ComparisonModel::ErrorRole).toString(), u"HTTP 503: overloaded"_s);
        QCOMPARE(model.expectedText(2), u"안녕하세요"_s);
    }

    void judgementsShowAndCount()
    {
        ComparisonModel model(db());
        QString error;
        QVERIFY(model.setRun(m_run.runId, &error));
        QCOMPARE(model.judgedRows(), 0);
        JudgementStore store(db());
        StoreError storeError;
        QSignalSpy changed(&model, &ComparisonModel::dataChanged);
        QSignalSpy judged(&model, &ComparisonModel::judgedRowsChanged);
        // Stored from B's side: "a" means B better, which the model shows as "B better".
        model.data(model.index(3, 0));   // row 3 is loaded, so its change is signalled
        const auto j = store.recordPreference(m_run.caseAt(3, 1), m_run.caseAt(3, 0), PreferenceChoice::A, {}, &storeError);
        QVERIFY(j);
        model.applyJudgement(*j);
        QCOMPARE(model.preference(3), PreferenceChoice::B);
        QCOMPARE(model.data(model.index(3, 0), ComparisonModel::PreferenceRole).toString(), u"b"_s);
        QCOMPARE(model.data(model.index(3, model.judgementColumn())).toString(), u"B better"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 3);
        QCOMPARE(model.judgedRows(), 1);
        QCOMPARE(judged.constLast()[0].toInt(), 1);
        QCOMPARE(judged.constLast()[1].toInt(), kRows);

        const auto r = store.recordRating(m_run.caseAt(4, 1), 5, &storeError);
        model.applyJudgement(*r);
        const auto c = store.recordComment(m_run.caseAt(4, 1), u"nice"_s, &storeError);
        model.applyJudgement(*c);
        QCOMPARE(model.rating(4, 1)->rating, std::optional<int>(5));
        QCOMPARE(model.data(model.index(4, ComparisonModel::outputColumn(1)), ComparisonModel::CommentRole).toString(), u"nice"_s);
        QCOMPARE(model.data(model.index(4, model.judgementColumn())).toString(), u"B 5/5 · B commented"_s);
        QCOMPARE(model.judgedRows(), 2);

        // Showing other columns: the A-B preference no longer counts, B's rating does only if B
        // is shown.
        QVERIFY(model.setColumns({m_run.columns[0], m_run.columns[2]}));
        QCOMPARE(model.judgedRows(), 0);
        QCOMPARE(model.preference(3), std::nullopt);
        QVERIFY(model.setColumns({m_run.columns[2], m_run.columns[1]}));
        QCOMPARE(model.judgedRows(), 1);
        QCOMPARE(model.rating(4, 1)->comment, u"nice"_s);

        // A model opened afterwards reads the stored judgements.
        ComparisonModel reopened(db());
        QVERIFY(reopened.setRun(m_run.runId, &error));
        QCOMPARE(reopened.judgedRows(), 2);
        QCOMPARE(reopened.preference(3), PreferenceChoice::B);

        // With C and B shown, row 4 (B rated) is judged, row 3 (an A-B preference) is not.
        QVERIFY(model.isJudged(4));
        QVERIFY(!model.isJudged(3));
        QCOMPARE(model.nextUnjudged(3), 5);
        QCOMPARE(model.nextUnjudged(kRows - 1), 0);
        model.forgetRating(m_run.caseAt(4, 1));
        QCOMPARE(model.judgedRows(), 0);
        QVERIFY(!model.isJudged(4));
    }

    void repeatsAreRows()
    {
        QTemporaryDir dir;
        const auto run = reviewfixture::create(dir.filePath(u"repeats.lathe"_s), 4, 2);
        QVERIFY(run.ws);
        ComparisonModel model(run.ws->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(model.setRun(run.runId, &error));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"1"_s);
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"1 (repeat 2)"_s);
        QCOMPARE(model.data(model.index(1, ComparisonModel::outputColumn(0)), ComparisonModel::CaseIdRole).toLongLong(),
                 run.caseAt(0, 0, 1));
    }

    void unknownRun()
    {
        ComparisonModel model(db());
        QString error;
        QVERIFY(!model.setRun(777, &error));
        QVERIFY(error.contains(u"777"_s));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
