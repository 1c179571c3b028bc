#pragma once

class QsciScintilla;

namespace KSyntaxHighlighting {
class Theme;
}

namespace lathe {

// Colours the parts of a QsciScintilla that are not text styles (background, caret, current
// line, selection, margins, fold markers, brace and tag matching, indicators) from a
// KSyntaxHighlighting theme's editor colours. Text styles come from SyntaxLexer.
class EditorChrome final
{
public:
    static void apply(QsciScintilla *editor, const KSyntaxHighlighting::Theme &theme);

    EditorChrome() = delete;
};

} // namespace lathe
