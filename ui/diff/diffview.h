#pragma once

#include "diff/diffresult.h"

#include <QWidget>

class QAction;
class QLabel;
class QsciLexer;

namespace lathe {

class DiffPane;

// Side-by-side comparison of two texts: two read-only editors whose lines face each other
// (filler lines pad the side that has fewer), scrolled together, with changed lines tinted and
// changed words boxed. A toolbar steps through the changes (F7 / Shift+F7, Alt+Down /
// Alt+Up), shows "+N −M lines", and copies or exports the unified diff.
class DiffView final : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    // Compares `left` with `right` (TextDiff, word level) and shows the result. The titles name
    // the sides above the editors and in the unified diff's "---"/"+++" lines.
    void setTexts(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right);
    // Shows a comparison computed elsewhere (e.g. one message of a PromptDiff).
    void setDiff(const QString &leftTitle, const QString &rightTitle, const DiffResult &diff);
    // Syntax highlighting for each side; nullptr for plain text. A lexer serves one editor, so
    // pass two instances; the caller keeps ownership and must reset them before deleting.
    void setLexers(QsciLexer *left, QsciLexer *right);

    const DiffResult &diff() const { return m_diff; }
    QString unifiedDiff() const;
    // Writes unifiedDiff() to `path` (UTF-8); false with *error set when it cannot.
    bool exportTo(const QString &path, QString *error = nullptr) const;

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    // The index in diff().hunks() the navigation stands on, -1 before the first.
    int currentHunk() const { return m_currentHunk; }
    QAction *nextChangeAction() const { return m_next; }
    QAction *previousChangeAction() const { return m_previous; }

public Q_SLOTS:
    void goToNextChange();
    void goToPreviousChange();
    void goToHunk(int index);
    void copyUnifiedDiff();
    // Asks for a .diff/.patch file name (window-modal, asynchronous) and writes the diff there.
    void exportUnifiedDiff();

Q_SIGNALS:
    void currentHunkChanged(int index);

private:
    void connectScrolling(DiffPane *from, DiffPane *to);
    void updateStatus();

    DiffResult m_diff;
    QString m_leftTitle;
    QString m_rightTitle;
    DiffPane *m_left = nullptr;
    DiffPane *m_right = nullptr;
    QLabel *m_leftTitleLabel = nullptr;
    QLabel *m_rightTitleLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_position = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    int m_currentHunk = -1;
    int m_currentRow = -1;    // where next/previous start from: the change shown or the caret
    bool m_syncing = false;
};

} // namespace lathe
