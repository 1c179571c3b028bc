#pragma once

#include "review/comparisonmodel.h"
#include "reviewkeys.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace lathe {

class ComparisonBar;
class ComparisonPanes;
class Database;
class OutputPane;
class ReviewSession;

// Side-by-side review of a run: pick 2-4 of its columns (prompt version x model); the table lists
// the dataset rows with their outputs and votes, and the current row is shown below with its
// expected answer and the outputs next to each other. Changed words are boxed against the other
// output (A against B, every other output against A) and underlined against the expected
// answer; Markdown can be rendered; the outputs scroll together.
//
// The keyboard drives a review session (see ReviewKeys): j/k move between rows, 1/2/3/4 vote
// on the first pair (A better / B better / tie / both bad), r then 1-5 (or Shift+1..5) rates the
// current output, c comments on it, n jumps to the next row not judged yet. Every vote is
// stored at once in the workspace (ReviewSession -> JudgementStore, with its time), shown in the
// row and the pane, and counted in the progress ("37 of 200 judged"). With "Next row after a
// vote" on, a preference moves to the next row.
//
// GUI thread; the Database connection must outlive the view.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(Database &db, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Shows a run (its first two columns, first row); false with *error set when it cannot.
    bool setRun(qint64 runId, QString *error = nullptr);
    qint64 runId() const { return m_model->runId(); }
    // 2-4 distinct run_columns ids; false when the model refuses them.
    bool setColumns(const QList<qint64> &columnIds);

    int currentRow() const;
    void setCurrentRow(int row);
    // The output ratings and comments apply to (0 = A).
    int currentOutput() const { return m_currentOutput; }
    void setCurrentOutput(int index);
    // The case of the current output on the current row; 0 when there is none.
    qint64 currentCaseId() const;

    void setMarkdown(bool on);
    bool isMarkdown() const;

    ComparisonModel *model() const { return m_model; }
    ComparisonBar *bar() const { return m_bar; }
    QTableView *table() const { return m_table; }
    const QList<OutputPane *> &outputPanes() const;
    OutputPane *expectedPane() const;
    QLineEdit *commentEditor() const { return m_comment; }
    QString progressText() const;
    QString statusText() const;

Q_SIGNALS:
    // The current row or output changed: the case to show in a detail pane.
    void currentCaseChanged(qint64 caseId);
    // A judgement was stored or removed (summaries and reports may refresh).
    void judgementsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildPanes();
    void fillPickers();
    void pickColumns(const QList<qint64> &ids);
    void showRow();
    void updateNotes();
    void updateStatus(const QString &message = {});
    bool handleKey(QKeyEvent *event);
    void step(int delta);
    void vote(PreferenceChoice choice);
    void clearVote();
    void rate(int rating);
    void startComment();
    void commitComment();
    void cancelComment();
    void watchKeys(QWidget *widget);

    ComparisonModel *m_model = nullptr;
    ReviewSession *m_session = nullptr;
    ReviewKeys m_keys;
    ComparisonBar *m_bar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_input = nullptr;
    ComparisonPanes *m_texts = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_comment = nullptr;
    int m_currentOutput = 0;
    qint64 m_commentCase = 0;
    qint64 m_shownCase = -1;
};

} // namespace lathe
