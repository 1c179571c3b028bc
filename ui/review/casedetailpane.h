#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace lathe {

class CaseDetail;
class Database;
class JsonView;

// Everything about one case of a run, for a results page's detail area: a header (row, prompt
// version x model, verdict), then tabs: Output (plain or rendered Markdown, the error of a
// failed call, and the expected answer), Prompt (the messages as sent, read back from the
// stored request, and the row's variables), Scores (every scorer's value, pass and reason, and
// the measurements: latency, time to first token, tokens, cost, cache, attempts, and the
// reviewer's rating and comment), Request and
// Response (the raw JSON bodies, pretty-printed and highlighted).
//
// GUI thread; reads the case on the given connection (bounded by one case).
class CaseDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailPane(Database *db, QWidget *parent = nullptr);

    // The connection to read from (null: show nothing); clears the pane.
    void setDatabase(Database *db);
    qint64 caseId() const { return m_caseId; }

    // Accessors for tests and screenshots.
    QString headerText() const;
    QString outputText() const;
    QString expectedText() const;
    QString errorText() const;
    QString promptHtml() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *scoreTable() const { return m_scores; }
    QTableWidget *measurementTable() const { return m_measurements; }
    QTextBrowser *markdownView() const { return m_markdown; }
    JsonView *requestView() const { return m_request; }
    JsonView *responseView() const { return m_response; }
    bool isMarkdown() const;
    void setMarkdown(bool on);
    // Wide enough for the tab bar and a readable output beside a results table.
    QSize sizeHint() const override;

public Q_SLOTS:
    // Shows a case (0 or an unknown id: an empty pane saying so).
    void showCase(qint64 caseId);
    // Reads the case shown again (after a vote or a re-score).
    void reload();
    void clear();

private:
    QWidget *buildOutputTab();
    QWidget *buildScoresTab();
    void showDetail(const CaseDetail &d);
    void fillScores(const CaseDetail &d);
    void fillMeasurements(const CaseDetail &d);

    Database *m_db = nullptr;
    qint64 m_caseId = 0;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_markdownToggle = nullptr;
    QStackedWidget *m_outputStack = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTextBrowser *m_markdown = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_expected = nullptr;
    QTextBrowser *m_prompt = nullptr;
    QTableWidget *m_scores = nullptr;
    QTableWidget *m_measurements = nullptr;
    JsonView *m_request = nullptr;
    JsonView *m_response = nullptr;
};

} // namespace lathe
