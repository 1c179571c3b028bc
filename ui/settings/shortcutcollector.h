#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace lathe {

// One line of the shortcuts list: what a key does, in which group (a menu, a view).
struct ShortcutEntry
{
    QString group;
    QString description;
    QList<QKeySequence> keys;

    // The keys as the platform writes them, several joined by ", ".
    QString keysText() const;
    bool operator==(const ShortcutEntry &) const = default;
};

// Finds the keyboard shortcuts of a window: every QAction with a shortcut reachable from it
// (menu bar menus and their submenus, grouped by menu; then the actions of the window and of
// every widget inside it, and the explicit shortcuts of visible buttons, grouped by the nearest
// titled widget such as a dock, else "Current view"), plus keys that views handle themselves
// and no QAction carries (viewShortcuts()). Outside menus, an action with the same description
// (ignoring case) and keys is listed once however many widgets carry it. Mnemonic '&' and a
// trailing "…" are removed from descriptions.
class ShortcutCollector final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutCollector)
public:
    static QList<ShortcutEntry> actions(QWidget *window);
    // The documented view-specific keys: the prompt editor, the version diff, and the
    // side-by-side review. Extend here when a view handles keys in keyPressEvent.
    static QList<ShortcutEntry> viewShortcuts();
    static QString plainText(const QString &actionText);
};

} // namespace lathe
