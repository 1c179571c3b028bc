#pragma once

#include "textsearch.h"

#include <QList>

class QsciScintilla;

namespace lathe {

// The matches of a SearchQuery in a QsciScintilla's text, and what to do with them: select,
// mark, replace. Matching runs on the text as UTF-16 (TextSearch); matches are kept as byte
// ranges (Scintilla positions). The list is recomputed lazily after setQuery() or
// invalidate() (call it when the text changes).
class EditorSearch final
{
public:
    struct Match
    {
        long start = 0; // bytes
        long end = 0;
        QRegularExpressionMatch match;
    };

    explicit EditorSearch(QsciScintilla *editor);

    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    void invalidate() { m_stale = true; }
    // Why the pattern does not compile; empty when it does.
    QString error();
    const QList<Match> &matches();

    // Index of the match that is exactly the selection, or -1.
    int selectedMatch();
    // First match at or after byte `after` / last one ending at or before `before`, wrapping
    // around (then *wrapped is set); -1 without matches.
    int nextMatch(long after, bool *wrapped);
    int previousMatch(long before, bool *wrapped);
    // Selects match `index`, unfolds and scrolls to it and marks it as the current one.
    void select(int index);

    // EditorIndicator::SearchMatch on every match (up to a limit), or on none.
    void markAll();
    void clearMarks();

    // Replaces the selected match (regex replacements expand groups); returns the bytes
    // inserted, or -1 when the selection is not a match.
    long replaceSelected(const QString &replacement);
    // Replaces every match in one undo step; returns how many.
    int replaceAll(const QString &replacement);

private:
    void ensure();

    QsciScintilla *m_editor;
    SearchQuery m_query;
    QString m_error;
    QList<Match> m_matches;
    bool m_stale = true;
};

} // namespace lathe
