#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace lathe {

class CaseMatrixModel;
class CaseMatrixView;
class SummaryLoader;
class SummaryTableModel;
class SummaryView;

// The results of one run: tabs "Summary" (the summary table) and "Cases" (the filterable,
// sortable case matrix), plus any views other features add with addView() (charts,
// comparisons). A detail widget set with setDetailWidget() sits beside the tabs and follows
// currentCaseChanged. Everything is read in the background from the workspace file (the
// summary on the thread pool, the matrix on its loader thread); the page never blocks.
class ResultsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);
    ~ResultsPage() override;

    // Shows run `runId` of the workspace file at `workspacePath` (0 or an empty path: no run).
    // `title` names the run in the header line (e.g. its name); empty: "Run N".
    void setRun(const QString &workspacePath, qint64 runId, const QString &title = {});
    qint64 runId() const { return m_runId; }
    QString workspacePath() const { return m_path; }
    // Reads the run again (after more results were stored), keeping the view's filter and sort.
    void refresh();

    // Adds a view as a tab after the built-in ones; the page takes ownership.
    void addView(QWidget *view, const QString &title);
    // Puts `widget` beside (Qt::Horizontal) or below (Qt::Vertical) the tabs; the page takes
    // ownership and deletes the previous one. nullptr removes it.
    void setDetailWidget(QWidget *widget, Qt::Orientation orientation = Qt::Horizontal);
    QWidget *detailWidget() const { return m_detail; }

    qint64 currentCaseId() const;
    QTabWidget *tabs() const { return m_tabs; }
    SummaryView *summaryView() const { return m_summaryView; }
    CaseMatrixView *casesView() const { return m_casesView; }
    SummaryTableModel *summaryModel() const { return m_summaryModel; }
    CaseMatrixModel *matrixModel() const { return m_matrixModel; }

Q_SIGNALS:
    // The case of the matrix's current cell changed (0: none).
    void currentCaseChanged(qint64 caseId);
    // The summary of the run shown was (re)computed.
    void summaryLoaded();

private:
    void onSummaryLoaded(qint64 runId);

    QString m_path;
    qint64 m_runId = 0;
    QString m_title;
    SummaryTableModel *m_summaryModel;
    CaseMatrixModel *m_matrixModel;
    SummaryLoader *m_loader;
    QLabel *m_header;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    SummaryView *m_summaryView;
    CaseMatrixView *m_casesView;
    QWidget *m_detail = nullptr;
};

} // namespace lathe
