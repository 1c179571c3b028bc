#pragma once

class QMenu;

namespace lathe {

class PromptEditor;

// Builds the prompt editor's context menu: spelling suggestions, "Add to Dictionary" and
// "Ignore" for a misspelled word at the click, the standard edit actions, find/replace, word
// wrap, spell-checking language and the colour theme.
class EditorContextMenu final
{
public:
    // A new menu (owned by the caller) for a click at byte `position`.
    static QMenu *create(PromptEditor *editor, long position);

    EditorContextMenu() = delete;
};

} // namespace lathe
