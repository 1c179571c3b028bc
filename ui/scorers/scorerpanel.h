#pragma once

#include "scorertextcheck.h"

#include "eval/scorers/scorerset.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QTimer;
class QToolButton;

namespace lathe {

class PromptEditor;

// Edits one scorer list (promptfoo assert syntax) as YAML or JSON in the highlighted code
// editor. The text is checked shortly after typing stops (ScorerTextCheck); problems are
// listed below the editor with their line, scorer and field, marked in the margin, and
// clicking one moves the caret there. Add Scorer inserts a commented example of any type,
// grouped by family; types Lathe cannot run are flagged in the menu and as warnings.
//
// The panel stores nothing: the owner loads a list with setScorers(), reads scorers() when
// isValid(), and calls markSaved() after storing it. isModified() compares the list written
// now with the one loaded (so switching YAML/JSON alone is no change); stateChanged() follows
// every change of validity, problems or modification.
class ScorerPanel final : public QWidget
{
    Q_OBJECT
public:
    using Syntax = ScorerTextCheck::Syntax;
    static constexpr int kCheckDelayMs = 300;

    explicit ScorerPanel(QWidget *parent = nullptr);
    ~ScorerPanel() override;

    // Whether a {assert: [...], threshold: t} mapping is accepted (a run's scorers).
    void setAllowListThreshold(bool allow);
    void setReadOnly(bool readOnly);
    // Whether the state line marks unsaved changes (off where nothing is saved, e.g. a new run).
    void setShowModified(bool show);
    bool isReadOnly() const { return m_readOnly; }

    // Shows `set` in the current syntax; it becomes the unmodified state.
    void setScorers(const ScorerSet &set);
    // Shows a stored value as is (e.g. one that no longer parses as a scorer list).
    void setStoredValue(const QJsonValue &json);
    QString text() const;
    // Replaces the text as if typed (undoable; checked after the delay).
    void setText(const QString &text);

    Syntax syntax() const { return m_syntax; }
    // Rewrites the text in the other syntax. False (and nothing changes) when the text does
    // not parse; comments do not survive the way to JSON.
    bool setSyntax(Syntax syntax);

    // Checks the text now if a check is pending.
    void checkNow();
    bool isCheckPending() const;
    bool isValid() const { return m_result.isValid(); }
    bool isModified() const { return m_modified; }
    std::optional<ScorerSet> scorers() const { return m_result.set; }
    const QList<ScorerProblem> &problems() const { return m_result.problems; }
    void markSaved();

    // Inserts the example of `type` as a new scorer at the end of the list (or at the caret
    // when the text does not parse) and moves the caret to it.
    void insertScorer(const QString &type);
    // Comments or uncomments the selected lines (YAML; Ctrl+/).
    void toggleComment();
    // Moves the caret to the line of problem `index` and focuses the editor.
    void jumpToProblem(int index);
    // A one-line summary: "3 scorers", "2 problems", ...
    QString stateText() const;

    PromptEditor *editor() const { return m_editor; }
    QComboBox *syntaxCombo() const { return m_syntaxBox; }
    QToolButton *addButton() const { return m_addButton; }
    QMenu *addMenu() const { return m_addMenu; }
    QListWidget *problemList() const { return m_problems; }

Q_SIGNALS:
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildAddMenu();
    void onTextChanged();
    void runCheck();
    void showProblems();
    void updateState();
    void loadText(const QString &text);
    static QString render(const QJsonValue &json, Syntax syntax);
    static QString placeholder();

    PromptEditor *m_editor;
    QComboBox *m_syntaxBox;
    QToolButton *m_addButton;
    QMenu *m_addMenu;
    QLabel *m_state;
    QLabel *m_note;
    QListWidget *m_problems;
    QTimer *m_timer;
    Syntax m_syntax = Syntax::Yaml;
    bool m_allowThreshold = false;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_showModified = true;
    bool m_loading = false;
    QString m_baselineText;
    std::optional<ScorerSet> m_baselineSet;   // the loaded list; nullopt when it did not parse
    ScorerTextCheck::Result m_result;
};

} // namespace lathe
