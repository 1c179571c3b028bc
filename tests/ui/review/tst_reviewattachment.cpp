// ReviewAttachment on a ResultsPage: the detail pane follows the comparison's current output,
// the "Side by side" tab shows the page's run, and a vote reaches the summary table's human
// judgement columns and the detail pane.
#include "../../models/review/reviewfixture.h"
#include "reviewuitest.h"

#include "results/resultspage.h"
#include "results/summarytablemodel.h"
#include "review/casedetailpane.h"
#include "review/comparisonview.h"
#include "review/reviewattachment.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

int columnTitled(const QAbstractItemModel *model, const QString &title)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

} // namespace

class TestReviewAttachment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;

private Q_SLOTS:
    void initTestCase()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), 5);
        QVERIFY(m_run.ws);
    }

    void wiresPageDetailAndComparison()
    {
        ResultsPage page;
        ReviewAttachment *review = ReviewAttachment::attach(&page, m_run.ws->database());
        QCOMPARE(page.detailWidget(), review->detailPane());
        QCOMPARE(page.tabs()->tabText(page.tabs()->count() - 1), u"Side by side"_s);

        QSignalSpy loaded(&page, &ResultsPage::summaryLoaded);
        page.setRun(m_run.ws->path(), m_run.runId);
        QVERIFY(loaded.wait(10000));
        ComparisonView *compare = review->comparisonView();
        QCOMPARE(compare->runId(), m_run.runId);
        QCOMPARE(columnTitled(page.summaryModel(), u"Human win rate"_s), -1);   // no votes yet

        // The detail pane follows the comparison's current output.
        compare->setCurrentRow(0);
        QTest::keyClick(compare, Qt::Key_L);
        QCOMPARE(review->detailPane()->caseId(), m_run.caseAt(0, 1));
        QCOMPARE(review->detailPane()->outputText(), u"The capital is Lyon."_s);

        // Votes: A better on rows 1 and 2, B better on row 3; a rating of B on row 4.
        QTest::keyClick(compare, Qt::Key_1);
        QTest::keyClick(compare, Qt::Key_1);
        QTest::keyClick(compare, Qt::Key_2);
        QTest::keyClick(compare, Qt::Key_4, Qt::ShiftModifier);
        const SummaryTableModel *summary = page.summaryModel();
        const int rate = columnTitled(summary, u"Human win rate"_s);
        const int rating = columnTitled(summary, u"Mean rating"_s);
        QVERIFY(rate >= 0);
        QVERIFY(rating >= 0);
        QCOMPARE(summary->rowCount(), 3);
        // Rows are the run's columns in order: A won 2 of 3 decisive votes, B 1 of 3.
        QCOMPARE(summary->data(summary->index(0, rate)).toString(), u"0.67 [0.21, 0.94]"_s);
        QCOMPARE(summary->data(summary->index(1, rate)).toString(), u"0.33 [0.06, 0.79]"_s);
        QCOMPARE(summary->data(summary->index(1, rating)).toString(), u"4.00 (1)"_s);
        // The detail pane shows the current output's rating at once.
        QCOMPARE(review->detailPane()->caseId(), m_run.caseAt(3, 1));
        const QTableWidget *m = review->detailPane()->measurementTable();
        bool shown = false;
        for (int r = 0; r < m->rowCount(); ++r)
            shown = shown || (m->item(r, 0)->text() == u"Reviewer rating"_s && m->item(r, 1)->text() == u"4/5"_s);
        QVERIFY(shown);

        // The columns survive a refresh of the summary.
        page.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(summary->data(summary->index(0, columnTitled(summary, u"Human win rate"_s))).toString(),
                 u"0.67 [0.21, 0.94]"_s);
    }

    void screenshots()
    {
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? reviewuitest::darkPalette() : original);
            ResultsPage page;
            ReviewAttachment *review = ReviewAttachment::attach(&page, m_run.ws->database());
            QSignalSpy loaded(&page, &ResultsPage::summaryLoaded);
            page.setRun(m_run.ws->path(), m_run.runId, u"three versions"_s);
            QVERIFY(loaded.wait(10000));
            page.resize(1500, 820);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(reviewuitest::saveShot(&page, u"results-summary"_s, dark));
            page.tabs()->setCurrentWidget(review->comparisonView());
            review->comparisonView()->setCurrentRow(2);
            QTest::keyClick(review->comparisonView(), Qt::Key_L);
            QVERIFY(reviewuitest::saveShot(&page, u"results-side-by-side"_s, dark));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestReviewAttachment)
#include "tst_reviewattachment.moc"
