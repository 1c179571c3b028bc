#include "resultscontroller.h"

#include "charts/chartsview.h"
#include "compare/runcomparedialog.h"
#include "resultspage.h"
#include "review/reviewattachment.h"
#include "runs/runscontroller.h"
#include "runs/runsdock.h"

#include "run/runengine.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QIcon>
#include <QTabWidget>

namespace lathe {

using namespace Qt::StringLiterals;

ResultsController::ResultsController(QTabWidget *tabs, RunsController *runs, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_runs(runs)
    , m_window(window)
    , m_compareAction(new QAction(QIcon::fromTheme(u"view-split-left-right"_s), tr("&Compare Runs…"), this))
{
    m_compareAction->setObjectName(u"compareRunsAction"_s);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareAction->setStatusTip(tr("List the cases that improved, regressed or stayed the same between two runs of a dataset"));
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &ResultsController::compareRuns);

    RunsDock *dock = m_runs->dock();
    dock->setOpenAvailable(true);
    connect(dock, &RunsDock::openRequested, this, [this](qint64 runId) { openRun(runId); });
    connect(dock, &RunsDock::runRescored, this, &ResultsController::refreshRun);
}

void ResultsController::setWorkspace(Workspace *workspace)
{
    closePages();
    m_workspace = workspace;
    m_compareAction->setEnabled(workspace != nullptr);
    if (RunEngine *engine = workspace ? m_runs->engine() : nullptr) {
        connect(engine, &RunEngine::finished, this, [this](const RunOutcome &outcome) { refreshRun(outcome.runId); });
    }
}

ResultsPage *ResultsController::pageOf(qint64 runId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ResultsPage *>(m_tabs->widget(i)); page && page->runId() == runId)
            return page;
    }
    return nullptr;
}

ResultsPage *ResultsController::openRun(qint64 runId)
{
    if (!m_workspace || runId <= 0)
        return nullptr;
    if (ResultsPage *open = pageOf(runId)) {
        open->refresh();
        m_tabs->setCurrentWidget(open);
        return open;
    }
    const std::optional<RunInfo> info = RunStore(m_workspace->database()).find(runId);
    if (!info)
        return nullptr;
    const QString title = info->name.isEmpty() ? tr("Run %1").arg(runId) : info->name;

    auto *page = new ResultsPage(m_tabs);
    page->setObjectName(u"resultsPage"_s);
    page->setRun(m_workspace->path(), runId, title);
    ReviewAttachment::attach(page, m_workspace->database());
    auto *charts = new ChartsView;
    charts->setRun(m_workspace->path(), runId);
    page->addView(charts, tr("Charts"));

    const int index = m_tabs->addTab(page, QIcon::fromTheme(u"office-chart-bar"_s), tr("Results: %1").arg(title));
    m_tabs->setTabToolTip(index, tr("Results of run %1: %2").arg(runId).arg(title));
    m_tabs->setCurrentIndex(index);
    Q_EMIT pageOpened(runId);
    return page;
}

void ResultsController::refreshRun(qint64 runId)
{
    if (ResultsPage *page = pageOf(runId)) {
        page->refresh();
        for (int i = 0; i < page->tabs()->count(); ++i) {
            if (auto *charts = qobject_cast<ChartsView *>(page->tabs()->widget(i)))
                charts->reload();
        }
    }
}

void ResultsController::compareRuns()
{
    if (!m_workspace)
        return;
    auto *dialog = new RunCompareDialog(m_workspace->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunCompareDialog::caseOpenRequested, this, [this](qint64 runId, qint64 caseId) {
        Q_UNUSED(caseId);
        openRun(runId);
    });
    dialog->show();
}

void ResultsController::closePages()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *page = qobject_cast<ResultsPage *>(m_tabs->widget(i))) {
            m_tabs->removeTab(i);
            delete page;
        }
    }
}

} // namespace lathe
