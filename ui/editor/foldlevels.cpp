#include "foldlevels.h"

#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace lathe {

using Sci = QsciScintillaBase;

namespace {

long levelOf(QsciScintilla *editor, long line)
{
    return editor->SendScintilla(Sci::SCI_GETFOLDLEVEL, line);
}

void setLevel(QsciScintilla *editor, long line, long value)
{
    if (levelOf(editor, line) != value)
        editor->SendScintilla(Sci::SCI_SETFOLDLEVEL, line, value);
}

// Sets or clears the header flag of `line` depending on whether `nextLevel` is deeper.
void fixHeader(QsciScintilla *editor, long line, long nextLevel)
{
    const long value = levelOf(editor, line);
    const bool header = nextLevel > (value & Sci::SC_FOLDLEVELNUMBERMASK);
    setLevel(editor, line, header ? (value | Sci::SC_FOLDLEVELHEADERFLAG)
                                  : (value & ~long(Sci::SC_FOLDLEVELHEADERFLAG)));
}

long clampLevel(long depth)
{
    return std::min<long>(Sci::SC_FOLDLEVELBASE + depth, Sci::SC_FOLDLEVELNUMBERMASK);
}

} // namespace

void FoldLevels::setStructural(QsciScintilla *editor, int line, int level, int next)
{
    const long value = clampLevel(level);
    const long nextValue = clampLevel(next);
    setLevel(editor, line, value | (nextValue > value ? Sci::SC_FOLDLEVELHEADERFLAG : 0));
    if (line > 0)
        fixHeader(editor, line - 1, value);
}

void FoldLevels::setByIndentation(QsciScintilla *editor, int line, int depth)
{
    const bool blank = editor->SendScintilla(Sci::SCI_GETLINEINDENTPOSITION, line)
        == editor->SendScintilla(Sci::SCI_GETLINEENDPOSITION, line);
    if (blank) {
        const long previous = line > 0 ? levelOf(editor, line - 1) & Sci::SC_FOLDLEVELNUMBERMASK
                                       : long(Sci::SC_FOLDLEVELBASE);
        setLevel(editor, line, previous | Sci::SC_FOLDLEVELWHITEFLAG);
        return;
    }
    const long value = clampLevel(editor->SendScintilla(Sci::SCI_GETLINEINDENTATION, line) + depth);
    setLevel(editor, line, value);
    long previous = line - 1;
    for (; previous >= 0 && (levelOf(editor, previous) & Sci::SC_FOLDLEVELWHITEFLAG); --previous)
        setLevel(editor, previous, value | Sci::SC_FOLDLEVELWHITEFLAG);
    if (previous >= 0)
        fixHeader(editor, previous, value);
}

} // namespace lathe
