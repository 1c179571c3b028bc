#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QTreeView;

namespace lathe {

class HttpClient;
class KeyResolver;
class RunEngine;
class RunListModel;
struct RunOutcome;
struct RunProgress;

// The runs of the open workspace with live progress: status, a progress bar, done/total,
// rate, ETA, errors, tokens and cost, plus Cancel, Resume, Retry failed and Open. Live
// figures come from the engine's progress signal (about ten a second) and change one row;
// the stored list is re-read in the background only when a run is created or finishes, so
// the GUI thread never queries SQLite on a progress tick.
class RunsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit RunsDock(QWidget *parent = nullptr);
    ~RunsDock() override;

    RunListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *resumeAction() const { return m_resume; }
    QAction *retryFailedAction() const { return m_retry; }
    QAction *openAction() const { return m_open; }
    // Opens a RescoreDialog for the selected finished run (scores from stored outputs).
    QAction *rescoreAction() const { return m_rescore; }

    // The engine whose signals drive the live figures and whose state enables the actions.
    void setEngine(RunEngine *engine);
    // Re-reads the stored runs of `workspacePath` ("" clears the list).
    void setWorkspacePath(const QString &workspacePath);
    // Open is offered only when something can show a run (a results view).
    void setOpenAvailable(bool available);
    // What re-scoring uses to call LLM judges; both must outlive the dock.
    void setJudgeServices(const KeyResolver *keys, HttpClient *http)
    {
        m_judgeKeys = keys;
        m_judgeHttp = http;
    }

    qint64 currentRunId() const;
    void selectRun(qint64 runId);
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested(qint64 runId);
    void resumeRequested(qint64 runId, bool retryFailed);
    void openRequested(qint64 runId);
    // A run was re-scored from the dock's Re-score dialog: views of its scores should re-read them.
    void runRescored(qint64 runId);

private:
    void updateActions();
    void showProgress(const RunProgress &progress);
    void onFinished(const RunOutcome &outcome);

    RunListModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QAction *m_cancel;
    QAction *m_resume;
    QAction *m_retry;
    QAction *m_open;
    QAction *m_rescore;
    QPointer<RunEngine> m_engine;
    QString m_path;
    const KeyResolver *m_judgeKeys = nullptr;
    HttpClient *m_judgeHttp = nullptr;
    qint64 m_keepSelection = 0;
};

} // namespace lathe
