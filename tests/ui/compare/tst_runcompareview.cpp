// Run vs run in the GUI: the run pickers (candidates limited to the baseline's dataset), the
// case lists with their counts, McNemar's p-value in the summary, both outputs of the
// selected case, the open-case signal, runs of different datasets refused, and screenshots in
// a light and a dark palette when LATHE_SCREENSHOT_DIR is set.
#include "../../models/compare/comparefixture.h"

#include "compare/comparedcasesmodel.h"
#include "compare/runcomparedialog.h"
#include "compare/runcompareview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPalette>
#include "diff/diffpane.h"
#include "diff/diffview.h"
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestRunCompareView final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    comparefixture::Runs m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_path = m_dir.filePath(u"view.lathe"_s);
        m_runs = comparefixture::create(m_path);
        QVERIFY(m_runs.second && m_runs.other);
    }

    void defaultPairAndCounts()
    {
        RunCompareDialog dialog(m_path);
        RunCompareView *view = dialog.view();
        QSignalSpy finished(view, &RunCompareView::comparisonFinished);
        dialog.show();
        QVERIFY(finished.wait(10000));
        // Newest run is "other" (its own dataset, one run): it is compared with itself and
        // has one column, so nothing pairs; the summary says why.
        QCOMPARE(view->baselineRunBox()->currentData().toLongLong(), m_runs.other);
        QCOMPARE(view->candidateRunBox()->count(), 1);
        QVERIFY(!view->data().result);
        QVERIFY2(view->summaryText().contains(u"Choose the columns"_s), qPrintable(view->summaryText()));

        view->selectRuns(m_runs.first, m_runs.second);
        QVERIFY(finished.wait(10000));
        QCOMPARE(view->candidateRunBox()->count(), 2);   // the runs of "capitals" only
        QVERIFY(view->data().result);
        QCOMPARE(view->data().baseline.runId, m_runs.first);
        QCOMPARE(view->data().candidate.runId, m_runs.second);
        const QTabWidget *tabs = view->tabs();
        QCOMPARE(tabs->tabText(0), u"Regressed (2)"_s);
        QCOMPARE(tabs->tabText(1), u"Improved (1)"_s);
        QCOMPARE(tabs->tabText(2), u"Unchanged (1)"_s);
        QCOMPARE(tabs->tabText(3), u"Not judged (1)"_s);
        QVERIFY2(view->summaryText().contains(u"McNemar p = 1.000 (2 passed only in the baseline, 1 only in the candidate)"_s),
                 qPrintable(view->summaryText()));
        QCOMPARE(view->model(CaseChange::Regressed)->rowCount(), 2);

        // Selecting a case shows both outputs; Open emits the case of the chosen side.
        QTreeView *list = view->list(CaseChange::Regressed);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(view->outputs()->leftPane()->text(0), u"v1 answer for France"_s);
        QCOMPARE(view->outputs()->rightPane()->text(0), u"v2 answer for France"_s);
        QCOMPARE(view->outputs()->diff().hunks().size(), 1);   // one changed word
        QSignalSpy open(&dialog, &RunCompareDialog::caseOpenRequested);
        const auto buttons = view->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text().contains(u"Candidate"_s))
                b->click();
        }
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), m_runs.second);
        QCOMPARE(open.at(0).at(1).toLongLong(), view->model(CaseChange::Regressed)->caseAt(0)->candidate.caseId);
        // The error case shows the error text.
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(view->outputs()->rightPane()->text().contains(u"HTTP 500: overloaded"_s));

        dialog.resize(1000, 640);
        list->setCurrentIndex(list->model()->index(0, 0));
        screenshot(&dialog, u"runcompare-light"_s);
        dialog.setPalette(darkPalette());
        screenshot(&dialog, u"runcompare-dark"_s);
    }

    void switchingWorkspaceDropsTheOldRuns()
    {
        RunCompareView view;
        QSignalSpy loaded(&view, &RunCompareView::runsLoaded);
        view.setWorkspacePath(m_path);
        view.setWorkspacePath(QString());
        QTest::qWait(200);
        QCOMPARE(view.baselineRunBox()->count(), 0);
        QCOMPARE(loaded.count(), 0);
        view.setWorkspacePath(m_dir.filePath(u"missing.lathe"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.baselineRunBox()->count(), 0);
        QVERIFY(!view.summaryText().isEmpty());
    }
};

QTEST_MAIN(TestRunCompareView)
#include "tst_runcompareview.moc"
