// Opening a run's results from the main window: one tab per run with the summary, cases,
// side-by-side review and charts, reopened rather than duplicated, and closed with the
// workspace (pages read through its connection).
#include "mainwindow.h"
#include "reportfixture.h"
#include "results/resultscontroller.h"
#include "results/resultspage.h"
#include "review/casedetailpane.h"
#include "screenshot.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestResultsController final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOneTabPerRunWithEveryView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"results.lathe"_s);
        qint64 runId = 0;
        {
            reportfixture::Run run = reportfixture::create(path, 30);
            QVERIFY(run.ws);
            runId = run.runId;
        }
        MainWindow window;
        window.resize(1300, 800);
        window.show();
        QVERIFY(window.controller()->openPath(path));
        QVERIFY(window.results()->compareRunsAction()->isEnabled());

        ResultsPage *page = window.results()->openRun(runId);
        QVERIFY(page);
        QCOMPARE(window.tabs()->currentWidget(), page);
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).contains(u"v1 vs v2"_s));
        QStringList views;
        for (int i = 0; i < page->tabs()->count(); ++i)
            views << page->tabs()->tabText(i);
        QVERIFY2(views.size() >= 4, qPrintable(views.join(u", "_s)));
        QVERIFY(views.contains(u"Charts"_s));
        QVERIFY(qobject_cast<CaseDetailPane *>(page->detailWidget()));

        QSignalSpy loaded(page, &ResultsPage::summaryLoaded);
        QVERIFY(loaded.wait(20000));
        testing::screenshot(&window, u"results-summary"_s);
        if (!qEnvironmentVariableIsEmpty("LATHE_SCREENSHOT_DIR")) {
            for (int i = 1; i < page->tabs()->count(); ++i) {
                page->tabs()->setCurrentIndex(i);
                QTest::qWait(1500);   // screenshots only: let the background reads land
                testing::screenshot(&window, u"results-tab%1"_s.arg(i));
            }
            page->tabs()->setCurrentIndex(0);
        }

        const int tabs = window.tabs()->count();
        QCOMPARE(window.results()->openRun(runId), page);   // brought forward, not duplicated
        QCOMPARE(window.tabs()->count(), tabs);
        QVERIFY(!window.results()->openRun(runId + 1000));    // no such run

        window.controller()->closeWorkspace();
        QVERIFY(!window.results()->pageOf(runId));
        QVERIFY(!window.results()->compareRunsAction()->isEnabled());
    }
};

QTEST_MAIN(TestResultsController)
#include "tst_resultscontroller.moc"
