// CaseDetailPane offscreen: a planted case shows its output, expected answer, scores with
// reasons, measurements, the messages sent, and pretty-printed, highlighted JSON bodies; errors,
// Markdown rendering, unknown cases; screenshots.
#include "../../models/review/reviewfixture.h"
#include "reviewuitest.h"

#include "review/casedetailpane.h"
#include "review/jsonview.h"
#include "workspace/judgementstore.h"

#include <QApplication>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}

// The value shown for a measurement name.
QString measurement(const QTableWidget *t, const QString &name)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (cell(t, r, 0) == name)
            return cell(t, r, 1);
    }
    return u"<missing>"_s;
}

} // namespace

class TestCaseDetailPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    reviewfixture::Run m_run;

private Q_SLOTS:
    void initTestCase()
    {
        m_run = reviewfixture::create(m_dir.filePath(u"review.lathe"_s), 3);
        QVERIFY(m_run.ws);
    }

    void showsPlantedCase()
    {
        CaseDetailPane pane(&m_run.ws->database());
        pane.showCase(m_run.caseAt(0, 1));
        QCOMPARE(pane.caseId(), m_run.caseAt(0, 1));
        QCOMPARE(pane.headerText(), u"Row 1 · qa@2 · model-b · failed"_s);
        QCOMPARE(pane.outputText(), u"The capital is Lyon."_s);
        QCOMPARE(pane.expectedText(), u"The capital is Paris."_s);
        QCOMPARE(pane.errorText(), QString());

        const QTableWidget *scores = pane.scoreTable();
        QCOMPARE(scores->rowCount(), 2);
        QCOMPARE(cell(scores, 0, 0), u"equals"_s);
        QCOMPARE(cell(scores, 0, 1), u"0"_s);
        QCOMPARE(cell(scores, 0, 2), u"✗ fail"_s);
        QCOMPARE(cell(scores, 0, 3), u"expected \"The capital is Paris.\""_s);
        QCOMPARE(cell(scores, 1, 0), u"similarity"_s);
        QCOMPARE(cell(scores, 1, 1), u"0.5"_s);
        QCOMPARE(cell(scores, 1, 2), u"—"_s);

        const QTableWidget *m = pane.measurementTable();
        QCOMPARE(measurement(m, u"Latency"_s), u"110 ms"_s);
        QCOMPARE(measurement(m, u"Time to first token"_s), u"41 ms"_s);
        QCOMPARE(measurement(m, u"Prompt tokens"_s), u"21"_s);
        QCOMPARE(measurement(m, u"Completion tokens"_s), u"6"_s);
        QCOMPARE(measurement(m, u"Cost"_s), u"0.001"_s);
        QCOMPARE(measurement(m, u"HTTP status"_s), u"200"_s);
        QCOMPARE(measurement(m, u"Finish reason"_s), u"stop"_s);

        const QString prompt = pane.promptHtml();
        QVERIFY(prompt.contains(u"Answer briefly."_s));
        QVERIFY(prompt.contains(u"Capital of France?"_s));
        QVERIFY(prompt.contains(u"system"_s));

        // Raw bodies: pretty-printed and highlighted with the JSON definition.
        JsonView *request = pane.requestView();
        QCOMPARE(request->definitionName(), u"JSON"_s);
        QVERIFY(request->toPlainText().contains(u"\n    \"messages\": [\n"_s));
        QVERIFY(pane.responseView()->toPlainText().contains(u"The capital is Lyon."_s));
        bool highlighted = false;
        for (QTextBlock b = request->document()->firstBlock(); b.isValid(); b = b.next())
            highlighted = highlighted || !b.layout()->formats().isEmpty();
        QVERIFY(highlighted);
    }

    void errorCaseAndMarkdown()
    {
        CaseDetailPane pane(&m_run.ws->database());
        pane.showCase(m_run.caseAt(1, 2));
        QCOMPARE(pane.headerText(), u"Row 2 · qa@3 · model-c · error"_s);
        QCOMPARE(pane.errorText(), u"The call failed: HTTP 503: overloaded"_s);
        QCOMPARE(measurement(pane.measurementTable(), u"HTTP status"_s), u"503"_s);
        QCOMPARE(pane.scoreTable()->rowCount(), 0);

        pane.showCase(m_run.caseAt(2, 1));   // "**안녕하세요**"
        QCOMPARE(pane.outputText(), u"**안녕하세요**"_s);
        pane.setMarkdown(true);
        QVERIFY(pane.isMarkdown());
        QCOMPARE(pane.markdownView()->toPlainText(), u"안녕하세요"_s);
        QTextCursor c(pane.markdownView()->document());
        c.setPosition(2);
        QVERIFY(c.charFormat().fontWeight() >= QFont::Bold);
    }

    void showsReviewAfterReload()
    {
        CaseDetailPane pane(&m_run.ws->database());
        pane.showCase(m_run.caseAt(2, 2));
        QCOMPARE(measurement(pane.measurementTable(), u"Reviewer rating"_s), u"<missing>"_s);
        StoreError error;
        JudgementStore store(m_run.ws->database());
        QVERIFY(store.recordRating(m_run.caseAt(2, 2), 1, &error));
        QVERIFY(store.recordComment(m_run.caseAt(2, 2), u"not Korean"_s, &error));
        pane.reload();
        QCOMPARE(measurement(pane.measurementTable(), u"Reviewer rating"_s), u"1/5"_s);
        QCOMPARE(measurement(pane.measurementTable(), u"Reviewer comment"_s), u"not Korean"_s);
        QVERIFY(store.removeRating(m_run.caseAt(2, 2), &error));
    }

    void unknownAndCleared()
    {
        CaseDetailPane pane(&m_run.ws->database());
        pane.showCase(m_run.caseAt(0, 0));
        pane.showCase(99999);
        QVERIFY(pane.headerText().contains(u"99999"_s));
        QCOMPARE(pane.outputText(), QString());
        pane.showCase(0);
        QCOMPARE(pane.caseId(), 0);
        CaseDetailPane empty(nullptr);
        empty.showCase(m_run.caseAt(0, 0));
        QCOMPARE(empty.outputText(), QString());
    }

    void screenshots()
    {
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? reviewuitest::darkPalette() : original);
            CaseDetailPane pane(&m_run.ws->database());
            pane.resize(640, 560);
            pane.showCase(m_run.caseAt(0, 1));
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QVERIFY(reviewuitest::saveShot(&pane, u"casedetail-output"_s, dark));
            pane.tabs()->setCurrentIndex(2);
            QVERIFY(reviewuitest::saveShot(&pane, u"casedetail-scores"_s, dark));
            pane.tabs()->setCurrentIndex(3);
            QVERIFY(reviewuitest::saveShot(&pane, u"casedetail-request"_s, dark));
            pane.tabs()->setCurrentIndex(1);
            QVERIFY(reviewuitest::saveShot(&pane, u"casedetail-prompt"_s, dark));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestCaseDetailPane)
#include "tst_casedetailpane.moc"
