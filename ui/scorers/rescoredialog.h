#pragma once

#include "eval/runscorer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lathe {

class RescoreJob;
class ScorerPanel;

// "Re-score with…" for a finished run: edits the run's own scorers (added to the dataset's
// default scorers and the rows' own) and re-scores every case from its stored output on a
// background thread (RescoreJob), with a progress bar and Cancel. No model is called. The
// run's scorers are saved when re-scoring starts. Cancel during re-scoring stops after the
// batch in progress (earlier batches keep their new scores); otherwise it closes, asking first
// when the list has unsaved changes. Reads the run through a short-lived read-only
// connection to `workspacePath`; open it with open(); it deletes itself when closed.
class RescoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RescoreDialog(const QString &workspacePath, qint64 runId, QWidget *parent = nullptr);
    ~RescoreDialog() override;

    qint64 runId() const { return m_runId; }
    ScorerPanel *panel() const { return m_panel; }
    RescoreJob *job() const { return m_job; }
    QPushButton *rescoreButton() const { return m_rescore; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;
    // From startRescore() until the job's finished() has been handled here.
    bool isRescoring() const;

    // Saves the run's scorers and starts re-scoring; false when the list is invalid or a
    // re-scoring is running.
    bool startRescore();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // A re-scoring ended (also cancelled) and wrote scores: results views should re-read them.
    void rescored(qint64 runId, const lathe::RunScoreReport &report);

private:
    void load();
    void onFinished(const RunScoreReport &report, const QString &error);
    void updateButtons();

    QString m_path;
    qint64 m_runId;
    ScorerPanel *m_panel;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_rescore;
    QDialogButtonBox *m_buttons;
    RescoreJob *m_job;
    bool m_loaded = false;
    bool m_active = false;   // from start until finished() is handled
};

} // namespace lathe
