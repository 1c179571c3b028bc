#pragma once

#include "editorsearch.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QsciScintilla;

namespace lathe {

// The find/replace bar of a QsciScintilla: a panel over the editor's top-right corner.
//
// The search itself is EditorSearch (plain text or regular expression, case, whole word);
// every match is marked and the bar shows "3 of 12". Matches are recomputed (debounced) while
// the text changes. Replace All is one undo step. Enter/Shift+Enter go to the next/previous match, Enter in the replace field
// replaces, Esc closes and gives the focus back to the editor.
class FindBar final : public QFrame
{
    Q_OBJECT
public:
    explicit FindBar(QsciScintilla *editor);

    // Shows the bar (with the replace row if `withReplace`) and focuses the find field. A
    // selection within one line becomes the pattern.
    void open(bool withReplace);
    // Hides the bar, clears the match marks and focuses the editor.
    void dismiss();
    bool isReplaceVisible() const;

    SearchQuery query() const;
    void setQuery(const SearchQuery &query);
    QString replacement() const;
    void setReplacement(const QString &text);

    // Select the next/previous match after/before the selection, wrapping around.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match and selects the next one; without a selected match, only
    // selects the next one. Returns whether something was replaced.
    bool replaceCurrent();
    // Replaces every match in one undo step; returns how many.
    int replaceAll();

    int matchCount();
    QString statusText() const;

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void queryChanged();
    void refresh();
    void updateStatus();
    bool go(int index);
    void reposition();
    QToolButton *addToggle(const QString &text, const QString &toolTip);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_expand;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QTimer *m_refresh;
    EditorSearch m_search;
    bool m_wrapped = false;
};

} // namespace lathe
