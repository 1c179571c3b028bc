#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace lathe {

// The Edit menu: Undo, Redo, Cut, Copy, Paste, Select All and Find, acting on whatever has the
// keyboard focus. Each item first looks for an action with the item's standard key on the
// focus widget or one of its parents (a dataset page's undo stack, an editor's find bar) and
// triggers it; otherwise it calls the focus widget's own slot of that name (line edits, text
// views and the code editor have undo(), copy(), ...). Items that nothing would act on are
// disabled when the menu opens.
//
// The items show their keys but do not bind them: the keys already reach the focused widget
// directly, and a second binding here would make them ambiguous.
class EditMenu final : public QObject
{
    Q_OBJECT
public:
    // Fills `menu` (owned by the caller).
    explicit EditMenu(QMenu *menu);

    enum class Command { Undo, Redo, Cut, Copy, Paste, SelectAll, Find };
    // What the item would act on now, and acting on it (tests; the menu items call these).
    bool isAvailable(Command command) const;
    bool trigger(Command command);
    QAction *action(Command command) const;

private:
    struct Target
    {
        QAction *action = nullptr;   // a widget's own action with the key, or
        QWidget *widget = nullptr;   // the focus widget whose slot is called
    };
    Target targetFor(Command command) const;
    void updateActions();

    QMenu *m_menu;
    QList<QAction *> m_actions;   // in Command order
};

} // namespace lathe
