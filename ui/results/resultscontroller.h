#pragma once

#include <QObject>

class QAction;
class QTabWidget;
class QWidget;

namespace lathe {

class ResultsPage;
class RunsController;
class Workspace;

// Opens runs' results in the main window's tabs: one ResultsPage per run (opening it again
// brings the tab forward and re-reads it), with the case detail pane, the side-by-side review
// and the charts attached. Pages follow their run: they re-read when the run finishes or is
// re-scored. Also offers Run > Compare Runs.
//
// Pages read and write through the workspace's connection, so setWorkspace(nullptr) (before
// the workspace closes) closes them.
class ResultsController final : public QObject
{
    Q_OBJECT
public:
    ResultsController(QTabWidget *tabs, RunsController *runs, QWidget *window, QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    QAction *compareRunsAction() const { return m_compareAction; }

    // Shows run `runId`'s results (0 or no workspace: nothing). Returns the page.
    ResultsPage *openRun(qint64 runId);
    // The open page of `runId`, or null.
    ResultsPage *pageOf(qint64 runId) const;

Q_SIGNALS:
    void pageOpened(qint64 runId);

private:
    void refreshRun(qint64 runId);
    void compareRuns();
    void closePages();

    QTabWidget *m_tabs;
    RunsController *m_runs;
    QWidget *m_window;
    Workspace *m_workspace = nullptr;
    QAction *m_compareAction;
};

} // namespace lathe
