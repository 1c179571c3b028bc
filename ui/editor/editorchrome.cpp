#include "editorchrome.h"

#include "editorindicators.h"

#include <KSyntaxHighlighting/Theme>

#include <Qsci/qsciscintilla.h>

namespace lathe {

using KSyntaxHighlighting::Theme;
using Sci = QsciScintillaBase;

void EditorChrome::apply(QsciScintilla *editor, const Theme &theme)
{
    const auto role = [&theme](Theme::EditorColorRole r) {
        return QColor::fromRgba(theme.editorColor(r));
    };
    const QColor background = role(Theme::BackgroundColor);
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const QColor error = QColor::fromRgba(theme.textColor(Theme::Error));
    const QColor border = role(Theme::IconBorder);

    editor->SendScintilla(Sci::SCI_STYLESETBACK, Sci::STYLE_DEFAULT, background);
    editor->SendScintilla(Sci::SCI_STYLESETFORE, Sci::STYLE_DEFAULT, text);
    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(role(Theme::CurrentLine));
    editor->setSelectionBackgroundColor(role(Theme::TextSelection));
    editor->resetSelectionForegroundColor(); // keep syntax colours inside the selection

    editor->setMarginsBackgroundColor(border);
    editor->setMarginsForegroundColor(role(Theme::LineNumbers));
    editor->setFoldMarginColors(border, border);
    // Fold markers: outline and sign in the folding colour on the margin background.
    for (unsigned long marker = Sci::SC_MARKNUM_FOLDEREND; marker <= Sci::SC_MARKNUM_FOLDEROPEN; ++marker) {
        editor->SendScintilla(Sci::SCI_MARKERSETFORE, marker, border);
        editor->SendScintilla(Sci::SCI_MARKERSETBACK, marker, role(Theme::CodeFolding));
        editor->SendScintilla(Sci::SCI_MARKERSETBACKSELECTED, marker, role(Theme::CurrentLineNumber));
    }

    editor->setMatchedBraceBackgroundColor(role(Theme::BracketMatching));
    editor->setMatchedBraceForegroundColor(text);
    editor->setUnmatchedBraceBackgroundColor(background);
    editor->setUnmatchedBraceForegroundColor(error);
    editor->setIndentationGuidesBackgroundColor(background);
    editor->setIndentationGuidesForegroundColor(role(Theme::IndentationLine));
    editor->setWhitespaceForegroundColor(role(Theme::TabMarker));
    editor->setEdgeColor(role(Theme::WordWrapMarker));
    editor->setCallTipsBackgroundColor(background);
    editor->setCallTipsForegroundColor(text);

    // The colour's alpha is the fill's opacity for box indicators (drawn under the text).
    const auto translucent = [](QColor c, int alpha) {
        c.setAlpha(alpha);
        return c;
    };
    editor->setIndicatorForegroundColor(role(Theme::SpellChecking), EditorIndicator::Spelling);
    editor->setIndicatorForegroundColor(translucent(role(Theme::SearchHighlight), 110),
                                        EditorIndicator::SearchMatch);
    editor->setIndicatorForegroundColor(translucent(role(Theme::SearchHighlight), 230),
                                        EditorIndicator::SearchCurrent);
    editor->setIndicatorForegroundColor(translucent(role(Theme::BracketMatching), 90),
                                        EditorIndicator::TagMatch);
    editor->setIndicatorForegroundColor(translucent(error, 70), EditorIndicator::TagMismatch);
}

} // namespace lathe
