#include "editmenu.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMetaMethod>
#include <QWidget>

namespace lathe {
namespace {

struct CommandInfo
{
    const char *text;
    const char *slot;                 // the focus widget's slot, or nullptr
    QKeySequence::StandardKey key;
    const char *icon;
};

// Indexed by EditMenu::Command.
constexpr CommandInfo kCommands[] = {
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "&Undo"), "undo", QKeySequence::Undo, "edit-undo"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "&Redo"), "redo", QKeySequence::Redo, "edit-redo"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "Cu&t"), "cut", QKeySequence::Cut, "edit-cut"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "&Copy"), "copy", QKeySequence::Copy, "edit-copy"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "&Paste"), "paste", QKeySequence::Paste, "edit-paste"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "Select &All"), "selectAll", QKeySequence::SelectAll, "edit-select-all"},
    {QT_TRANSLATE_NOOP("lathe::EditMenu", "&Find…"), nullptr, QKeySequence::Find, "edit-find"},
};

bool hasSlot(const QWidget *w, const char *slot)
{
    if (!slot)
        return false;
    const QMetaObject *meta = w->metaObject();
    const QByteArray signature = QByteArray(slot).append("()");
    const int index = meta->indexOfMethod(signature.constData());
    return index >= 0 && meta->method(index).methodType() == QMetaMethod::Slot;
}

// A read-only text widget has undo() and paste() slots that do nothing useful.
bool isReadOnly(const QWidget *w)
{
    const QVariant readOnly = w->property("readOnly");
    return readOnly.isValid() && readOnly.toBool();
}

} // namespace

EditMenu::EditMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
{
    for (int i = 0; i < int(std::size(kCommands)); ++i) {
        const CommandInfo &c = kCommands[i];
        // The key is shown after a tab, not bound (see the header).
        const QString keys = QKeySequence(c.key).toString(QKeySequence::NativeText);
        QAction *a = menu->addAction(QIcon::fromTheme(QLatin1StringView(c.icon)),
                                     tr(c.text) + (keys.isEmpty() ? QString() : QLatin1Char('\t') + keys));
        a->setObjectName(QLatin1StringView(c.slot ? c.slot : "find") + QLatin1StringView("EditAction"));
        connect(a, &QAction::triggered, this, [this, i] { trigger(Command(i)); });
        m_actions.append(a);
        if (i == int(Command::Redo) || i == int(Command::Paste) || i == int(Command::SelectAll))
            menu->addSeparator();
    }
    connect(menu, &QMenu::aboutToShow, this, &EditMenu::updateActions);
}

QAction *EditMenu::action(Command command) const
{
    return m_actions.value(int(command));
}

EditMenu::Target EditMenu::targetFor(Command command) const
{
    const CommandInfo &c = kCommands[int(command)];
    QWidget *focus = QApplication::focusWidget();
    const QList<QKeySequence> keys = QKeySequence::keyBindings(c.key);
    // An action of the focus chain bound to the key: what pressing it would do.
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        for (QAction *a : w->actions()) {
            if (a->isEnabled() && !a->shortcut().isEmpty() && keys.contains(a->shortcut()))
                return {a, nullptr};
        }
        if (w->isWindow())
            break;
    }
    if (focus && hasSlot(focus, c.slot)) {
        const bool writes = command == Command::Undo || command == Command::Redo || command == Command::Cut
            || command == Command::Paste;
        if (!(writes && isReadOnly(focus)))
            return {nullptr, focus};
    }
    return {};
}

bool EditMenu::isAvailable(Command command) const
{
    const Target t = targetFor(command);
    return t.action || t.widget;
}

bool EditMenu::trigger(Command command)
{
    const Target t = targetFor(command);
    if (t.action) {
        t.action->trigger();
        return true;
    }
    if (t.widget)
        return QMetaObject::invokeMethod(t.widget, kCommands[int(command)].slot);
    return false;
}

void EditMenu::updateActions()
{
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setEnabled(isAvailable(Command(i)));
}

} // namespace lathe
