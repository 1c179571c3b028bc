#pragma once

class QsciScintilla;

namespace lathe {

// Writes Scintilla fold levels for a line as SyntaxLexer highlights it, line by line in
// document order. A line opens a fold (SC_FOLDLEVELHEADERFLAG) exactly when the next line is
// deeper; since that is only known once the next line is done, each call also corrects the
// flag of the line before.
class FoldLevels final
{
public:
    // `level`: the line's depth (from folding regions and heading sections); `next`: the depth
    // it predicts for the following line.
    static void setStructural(QsciScintilla *editor, int line, int level, int next);
    // Indentation-sensitive definitions (YAML): the depth is the indentation plus `depth`
    // folding regions; blank lines take the depth of the line after them.
    static void setByIndentation(QsciScintilla *editor, int line, int depth);

    FoldLevels() = delete;
};

} // namespace lathe
