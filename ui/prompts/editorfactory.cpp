#include "editorfactory.h"

#include <Qsci/qsciscintilla.h>

namespace lathe {

QsciScintilla *createPromptEditor(QWidget *parent)
{
    auto *editor = new QsciScintilla(parent);
    editor->setUtf8(true);
    editor->setMarginLineNumbers(0, true);
    editor->setMarginWidth(0, QStringLiteral("0000"));
    editor->setWrapMode(QsciScintilla::WrapWord);
    editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    return editor;
}

void setPromptCompletionWords(QsciScintilla *editor, const QStringList &words)
{
    Q_UNUSED(editor)
    Q_UNUSED(words)
}

} // namespace lathe
