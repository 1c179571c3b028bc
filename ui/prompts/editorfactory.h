#pragma once

#include <QStringList>

class QsciScintilla;
class QWidget;

namespace lathe {

// Creates the editor used for prompt templates everywhere in the prompt pages, so they all
// share highlighting, spelling and completion behaviour.
QsciScintilla *createPromptEditor(QWidget *parent);
// Offers `words` (dataset column names) for completion in an editor made by createPromptEditor.
void setPromptCompletionWords(QsciScintilla *editor, const QStringList &words);

} // namespace lathe
