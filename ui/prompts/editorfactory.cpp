#include "editorfactory.h"

#include "editor/prompteditor.h"

namespace lathe {

QsciScintilla *createPromptEditor(QWidget *parent)
{
    return new PromptEditor(parent);
}

void setPromptCompletionWords(QsciScintilla *editor, const QStringList &words)
{
    if (auto *e = qobject_cast<PromptEditor *>(editor))
        e->setCompletionWords(words);
}

} // namespace lathe
