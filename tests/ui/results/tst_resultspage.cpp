// The results page: the summary of a run with best values marked and Copy as Markdown giving
// the table text; the Cases tab's "regressions" filter showing exactly the planted rows; the
// current cell's case reported as the keyboard moves; empty states that say what to do next.
// Saves screenshots (light and dark) when LATHE_SCREENSHOT_DIR is set.
#include "../../models/results/resultsfixture.h"

#include "results/casefilterbar.h"
#include "results/casematrixview.h"
#include "results/resultspage.h"
#include "results/summaryview.h"

#include "results/casematrixmodel.h"
#include "results/summarytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

namespace {

constexpr int kTimeoutMs = 20000;

QPalette darkPalette()
{
    QPalette p(QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

// Applies `palette` to the application and waits until `w` has it.
bool applyPalette(QWidget *w, const QPalette &palette)
{
    QApplication::setPalette(palette);
    return QTest::qWaitFor([&] {
        return w->palette().color(QPalette::Base) == palette.color(QPalette::Base);
    });
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool matrixReady(ResultsPage &page)
{
    CaseMatrixModel *m = page.matrixModel();
    return QTest::qWaitFor([m] {
        return !m->isLoading() && (m->rowCount() == 0 || m->index(0, 0).data(CaseMatrixModel::LoadedRole).toBool());
    }, kTimeoutMs);
}

} // namespace

class TestResultsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_dir.isValid());
        m_run = resultsfixture::planted(m_dir.filePath(QStringLiteral("page.lathe")));
        QVERIFY(m_run.ws);
    }

    void emptyStatesSayWhatToDo()
    {
        ResultsPage page;
        QVERIFY(page.summaryView()->message().contains(QStringLiteral("Choose a run in the Runs panel")));
        QVERIFY(page.casesView()->message().contains(QStringLiteral("Choose a run in the Runs panel")));

        // A run that has no results yet.
        QTemporaryDir dir;
        resultsfixture::Run fresh;
        WorkspaceError error;
        fresh.ws = Workspace::create(dir.filePath(QStringLiteral("fresh.lathe")), QStringLiteral("Fresh"), &error);
        QVERIFY(fresh.ws);
        resultsfixture::createDataset(fresh.ws->database(), 4);
        QVERIFY(resultsfixture::createRun(fresh, 2));
        QSignalSpy loaded(&page, &ResultsPage::summaryLoaded);
        page.setRun(fresh.ws->path(), fresh.runId);
        QVERIFY(loaded.wait(kTimeoutMs));
        QVERIFY(page.summaryView()->message().contains(QStringLiteral("no results yet")));
        QVERIFY(page.summaryView()->message().contains(QStringLiteral("Start or resume it from the Runs panel")));
        QVERIFY(page.casesView()->message().contains(QStringLiteral("no results yet")));
        QVERIFY(matrixReady(page));
        QCOMPARE(page.matrixModel()->rowCount(), 4);   // the plan, every cell pending
        QCOMPARE(page.matrixModel()->index(0, page.matrixModel()->firstColumnOfGroup(0) + 1).data().toString(),
                 QStringLiteral("pending"));
        page.resize(900, 400);
        screenshot(&page, QStringLiteral("results-no-results"));
        page.setRun({}, 0);
        QVERIFY(page.summaryView()->message().contains(QStringLiteral("Choose a run")));
    }

    void summaryShowsTheRunAndCopiesMarkdown()
    {
        ResultsPage page;
        page.resize(1100, 360);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy loaded(&page, &ResultsPage::summaryLoaded);
        page.setRun(m_run.ws->path(), m_run.runId, QStringLiteral("results test"));
        QVERIFY(loaded.wait(kTimeoutMs));
        QVERIFY(page.summaryView()->isShowingTable());
        QCOMPARE(page.summaryModel()->rowCount(), 3);
        QTableView *table = page.summaryView()->table();
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("qa@1"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("model-a"));

        QApplication::clipboard()->clear();
        page.summaryView()->copyMarkdownAction()->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 6);   // header, rule, three rows, final newline
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("| Prompt | Model | Answered | Pass rate | Mean score | equals | length |"
                                                       " Latency p50 (ms) | Latency p90 (ms) | Prompt tokens |")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(QStringLiteral("| Errors | Pending |")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("| --- | --- | ---: | ---: |")));
        // Column A passes 8 of 12 (0.67), B 5 of 10 judged or failed (0.50), C 9 of 12 (0.75,
        // the best, in bold).
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("| qa@1 | model-a | 12 / 12 | 0.67 [")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("| qa@2 | model-a | 11 / 12 | 0.50 [")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("| qa@1 | model-b | 12 / 12 | **0.75 [")), qPrintable(lines.at(4)));

        // Ctrl+C copies the selected row as TSV.
        table->selectRow(1);
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\nqa@2\tmodel-a\t11 / 12\t0.50 [")));
        QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 2);

        screenshot(&page, QStringLiteral("results-summary-light"));
        const QPalette light = QApplication::palette();
        QVERIFY(applyPalette(&page, darkPalette()));
        screenshot(&page, QStringLiteral("results-summary-dark"));
        QVERIFY(applyPalette(&page, light));
    }

    void regressionsFilterShowsThePlantedRows()
    {
        ResultsPage page;
        page.resize(1300, 520);
        page.show();
        page.setRun(m_run.ws->path(), m_run.runId, QStringLiteral("results test"));
        page.tabs()->setCurrentWidget(page.casesView());
        QVERIFY(matrixReady(page));
        CaseMatrixModel *model = page.matrixModel();
        QCOMPARE(model->rowCount(), resultsfixture::kPattern.size());
        QTRY_VERIFY_WITH_TIMEOUT(page.casesView()->isShowingTable(), kTimeoutMs);
        screenshot(&page, QStringLiteral("results-matrix-light"));
        const QPalette light = QApplication::palette();
        QVERIFY(applyPalette(&page, darkPalette()));
        screenshot(&page, QStringLiteral("results-matrix-dark"));
        QVERIFY(applyPalette(&page, light));

        CaseFilterBar *bar = page.casesView()->filterBar();
        QCOMPARE(bar->columnABox()->count(), 3);
        QCOMPARE(bar->columnABox()->currentData().toLongLong(), m_run.columnIds.at(0));
        QCOMPARE(bar->columnBBox()->currentData().toLongLong(), m_run.columnIds.at(1));
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData(int(CaseFilter::Kind::Regressions)));
        QVERIFY(QTest::qWaitFor([&] { return model->filter().kind == CaseFilter::Kind::Regressions; }, kTimeoutMs));
        QVERIFY(matrixReady(page));
        QCOMPARE(model->rowCount(), 3);
        QStringList rows;
        QHeaderView *vertical = page.casesView()->table()->verticalHeader();
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(model->headerData(r, vertical->orientation()).toString());
        QCOMPARE(rows, (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("10")}));
        screenshot(&page, QStringLiteral("results-matrix-regressions"));

        // Nothing matches: the page says so and offers to clear the filter.
        bar->columnBBox()->setCurrentIndex(0);   // A == B: the filter is off
        QVERIFY(matrixReady(page));
        QCOMPARE(model->rowCount(), resultsfixture::kPattern.size());
        CaseFilter none = bar->filter();
        none.kind = CaseFilter::Kind::All;
        none.search = QStringLiteral("no such text anywhere");
        bar->setFilter(none);
        QVERIFY(matrixReady(page));
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY(page.casesView()->message().contains(QStringLiteral("No rows match this filter")));
        bar->clear();
        QVERIFY(matrixReady(page));
        QCOMPARE(model->rowCount(), resultsfixture::kPattern.size());
        QTRY_VERIFY(page.casesView()->isShowingTable());
    }

    void currentCellReportsItsCase()
    {
        ResultsPage page;
        page.resize(1000, 500);
        page.show();
        auto *detail = new QLabel(QStringLiteral("detail"));
        page.setDetailWidget(detail);
        QCOMPARE(page.detailWidget(), detail);
        page.setRun(m_run.ws->path(), m_run.runId);
        page.tabs()->setCurrentWidget(page.casesView());
        QVERIFY(matrixReady(page));
        QSignalSpy cases(&page, &ResultsPage::currentCaseChanged);
        QTableView *table = page.casesView()->table();
        CaseMatrixModel *model = page.matrixModel();
        const int output = model->firstColumnOfGroup(0);
        table->setFocus();
        table->setCurrentIndex(model->index(0, output));
        QCOMPARE(cases.size(), 1);
        const qint64 first = cases.last().at(0).toLongLong();
        QCOMPARE(first, model->index(0, output).data(CaseMatrixModel::CaseIdRole).toLongLong());
        QVERIFY(first > 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.last().at(0).toLongLong(), model->index(1, output).data(CaseMatrixModel::CaseIdRole).toLongLong());
        QTest::keyClick(table, Qt::Key_Right);   // same case: Result column of the same group
        QCOMPARE(cases.size(), 2);
        table->setCurrentIndex(model->index(1, 0));   // the Input column: no case
        QCOMPARE(cases.last().at(0).toLongLong(), 0);
        QCOMPARE(page.currentCaseId(), 0);

        // Clicking a header sorts in SQLite: B's score, ascending then descending.
        QHeaderView *header = table->horizontalHeader();
        const int scoreB = model->firstColumnOfGroup(1) + 2;
        table->scrollTo(model->index(0, scoreB));
        const QPoint at(header->sectionViewportPosition(scoreB) + header->sectionSize(scoreB) / 2, header->height() - 6);
        QVERIFY(at.x() > 0 && at.x() < header->viewport()->width());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model->sortOrder().key, CaseMatrixSort::Key::Score);
        QCOMPARE(model->sortOrder().columnId, m_run.columnIds.at(1));
        const bool firstDescending = model->sortOrder().descending;
        QVERIFY(matrixReady(page));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model->sortOrder().descending, !firstDescending);
        QVERIFY(matrixReady(page));
        // Descending: row 10 has B's highest score; ascending: rows without a score come first.
        QCOMPARE(model->rowAt(0)->position, firstDescending ? 3 : 10);

        // Views from other features become tabs.
        page.addView(new QLabel(QStringLiteral("charts")), QStringLiteral("Charts"));
        QCOMPARE(page.tabs()->count(), 3);
        QCOMPARE(page.tabs()->tabText(2), QStringLiteral("Charts"));
    }

private:
    QTemporaryDir m_dir;
    resultsfixture::Run m_run;
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
