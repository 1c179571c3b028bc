#pragma once

#include "compare/runcompareloader.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace lathe {

class ComparedCasesModel;
class DiffView;

// Run vs run: pick two runs of the same dataset (the candidate list holds only runs of the
// baseline's dataset; the same run twice compares two of its columns), and optionally their
// columns (default: matched by prompt version and model); then the improved, regressed,
// unchanged and not-judged cases in tabs with their counts, McNemar's p-value on pass/fail
// and the paired bootstrap interval of the mean score difference, and for the selected case
// what the row asked and both outputs side by side with their word-level differences.
//
// Every read runs on the thread pool with its own read-only connection (RunCompareLoader);
// a newer request makes older results stale, and they are dropped.
class RunCompareView final : public QWidget
{
    Q_OBJECT
public:
    explicit RunCompareView(QWidget *parent = nullptr);
    ~RunCompareView() override;

    // Lists the runs of `workspacePath` in the background ("" clears the view).
    void setWorkspacePath(const QString &workspacePath);
    // Chooses the runs (and columns, 0 = matched) once they are listed, and compares them.
    void selectRuns(qint64 baselineRun, qint64 candidateRun, qint64 baselineColumn = 0, qint64 candidateColumn = 0);

    // The last finished comparison (result empty with error set when it failed).
    const RunCompareData &data() const { return m_data; }
    QString summaryText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *list(CaseChange change) const;
    ComparedCasesModel *model(CaseChange change) const;
    QComboBox *baselineRunBox() const { return m_baselineRun; }
    QComboBox *candidateRunBox() const { return m_candidateRun; }
    // The selected case's two outputs, word-level differences marked.
    DiffView *outputs() const { return m_outputs; }

Q_SIGNALS:
    // The user asked to open a case (double click, or an Open button): a results view shows it.
    void caseOpenRequested(qint64 runId, qint64 caseId);
    void runsLoaded();
    // data() holds a new comparison (or its error).
    void comparisonFinished();

private:
    void onRunsLoaded();
    void listRuns();
    void refresh();
    // Lists the runs of the baseline's dataset and picks `wanted` (else the newest other run).
    void fillCandidates(qint64 wanted);
    void fillColumns(QComboBox *box, qint64 runId);
    void requestComparison();
    void onCompared();
    void showCase(const QModelIndex &index);
    void openCase(bool candidate);
    const ComparedCase *currentCase() const;

    QString m_path;
    RunCompareRuns m_runs;
    RunCompareData m_data;
    quint64 m_pathGeneration = 0;   // counts setWorkspacePath() calls
    quint64 m_requestedFor = 0;     // m_pathGeneration when the running comparison was asked for
    quint64 m_runsFor = 0;          // m_pathGeneration of the runs being listed
    QFutureWatcher<RunCompareRuns> m_runsWatcher;
    QFutureWatcher<RunCompareData> m_compareWatcher;
    struct Pending
    {
        qint64 baselineRun = 0;
        qint64 candidateRun = 0;
        qint64 baselineColumn = 0;
        qint64 candidateColumn = 0;
    };
    std::optional<Pending> m_pending;
    bool m_filling = false;

    QComboBox *m_baselineRun;
    QComboBox *m_baselineColumn;
    QComboBox *m_candidateRun;
    QComboBox *m_candidateColumn;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QList<ComparedCasesModel *> m_models;   // by CaseChange
    QList<QTreeView *> m_lists;
    QLabel *m_input;
    DiffView *m_outputs;
    QPushButton *m_openBaseline;
    QPushButton *m_openCandidate;
};

} // namespace lathe
