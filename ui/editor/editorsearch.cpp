#include "editorsearch.h"

#include "editorindicators.h"
#include "utf8map.h"

#include <Qsci/qsciscintilla.h>

namespace lathe {

using Sci = QsciScintillaBase;

namespace {

constexpr qsizetype kMaxMarked = 20000; // matches beyond this are found but not painted

void clearIndicator(QsciScintilla *editor, int indicator)
{
    editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, indicator);
    editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0, editor->SendScintilla(Sci::SCI_GETLENGTH));
}

void replaceRange(QsciScintilla *editor, long start, long end, const QByteArray &text)
{
    editor->SendScintilla(Sci::SCI_SETTARGETRANGE, start, end);
    editor->SendScintilla(Sci::SCI_REPLACETARGET, uintptr_t(text.size()), text.constData());
}

} // namespace

EditorSearch::EditorSearch(QsciScintilla *editor)
    : m_editor(editor)
{
}

void EditorSearch::setQuery(const SearchQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_stale = true;
}

QString EditorSearch::error()
{
    ensure();
    return m_error;
}

const QList<EditorSearch::Match> &EditorSearch::matches()
{
    ensure();
    return m_matches;
}

void EditorSearch::ensure()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_matches.clear();
    const QRegularExpression re = TextSearch::compile(m_query, &m_error);
    if (!m_error.isEmpty())
        return;
    const QString text = m_editor->text();
    const QList<QRegularExpressionMatch> found = TextSearch::findAll(text, re);
    QList<qsizetype> offsets;
    offsets.reserve(found.size() * 2);
    for (const QRegularExpressionMatch &m : found) {
        offsets.append(m.capturedStart());
        offsets.append(m.capturedEnd());
    }
    const QList<qsizetype> bytes = Utf8Map::byteOffsets(text, offsets);
    m_matches.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        m_matches.append({long(bytes[2 * i]), long(bytes[2 * i + 1]), found[i]});
}

int EditorSearch::selectedMatch()
{
    ensure();
    const long from = m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART);
    const long to = m_editor->SendScintilla(Sci::SCI_GETSELECTIONEND);
    for (qsizetype i = 0; i < m_matches.size() && m_matches[i].start <= from; ++i) {
        if (m_matches[i].start == from && m_matches[i].end == to)
            return int(i);
    }
    return -1;
}

int EditorSearch::nextMatch(long after, bool *wrapped)
{
    ensure();
    *wrapped = false;
    if (m_matches.isEmpty())
        return -1;
    int index = 0;
    while (index < m_matches.size() && m_matches[index].start < after)
        ++index;
    if (index < m_matches.size())
        return index;
    *wrapped = true;
    return 0;
}

int EditorSearch::previousMatch(long before, bool *wrapped)
{
    ensure();
    *wrapped = false;
    if (m_matches.isEmpty())
        return -1;
    int index = int(m_matches.size()) - 1;
    while (index >= 0 && m_matches[index].end > before)
        --index;
    if (index >= 0)
        return index;
    *wrapped = true;
    return int(m_matches.size()) - 1;
}

void EditorSearch::select(int index)
{
    ensure();
    const Match &m = m_matches.at(index);
    m_editor->ensureLineVisible(int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, m.start)));
    m_editor->SendScintilla(Sci::SCI_SETSEL, m.start, m.end);
    m_editor->SendScintilla(Sci::SCI_SCROLLRANGE, m.end, m.start);
    // Scintilla hides the selection while another widget has the focus: mark the match too.
    clearIndicator(m_editor, EditorIndicator::SearchCurrent);
    m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE, m.start, m.end - m.start);
}

void EditorSearch::markAll()
{
    ensure();
    clearIndicator(m_editor, EditorIndicator::SearchMatch);
    for (qsizetype i = 0; i < m_matches.size() && i < kMaxMarked; ++i)
        m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE, m_matches[i].start, m_matches[i].end - m_matches[i].start);
}

void EditorSearch::clearMarks()
{
    clearIndicator(m_editor, EditorIndicator::SearchMatch);
    clearIndicator(m_editor, EditorIndicator::SearchCurrent);
}

long EditorSearch::replaceSelected(const QString &replacement)
{
    const int index = selectedMatch();
    if (index < 0)
        return -1;
    const Match m = m_matches.at(index);
    const QByteArray text = TextSearch::expand(replacement, m.match, m_query.regex).toUtf8();
    replaceRange(m_editor, m.start, m.end, text);
    m_stale = true;
    return long(text.size());
}

int EditorSearch::replaceAll(const QString &replacement)
{
    ensure();
    if (m_matches.isEmpty())
        return 0;
    m_editor->SendScintilla(Sci::SCI_BEGINUNDOACTION);
    for (qsizetype i = m_matches.size() - 1; i >= 0; --i) {
        const Match &m = m_matches.at(i);
        replaceRange(m_editor, m.start, m.end, TextSearch::expand(replacement, m.match, m_query.regex).toUtf8());
    }
    m_editor->SendScintilla(Sci::SCI_ENDUNDOACTION);
    const int count = int(m_matches.size());
    m_stale = true;
    return count;
}

} // namespace lathe
