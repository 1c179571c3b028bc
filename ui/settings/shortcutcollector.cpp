#include "shortcutcollector.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

class Collector
{
public:
    void addAction(QAction *action, const QString &group)
    {
        if (action->isSeparator() || m_seen.contains(action))
            return;
        m_seen.insert(action);
        if (action->shortcuts().isEmpty())
            return;
        ShortcutEntry entry{group, ShortcutCollector::plainText(action->text()), action->shortcuts()};
        if (!entry.description.isEmpty() && !containsLike(entry))
            m_entries.append(entry);
    }

    // A button's own shortcut (e.g. Commit's Ctrl+Return); the Alt+letter a mnemonic in its text
    // gives it is not listed.
    void addButton(QAbstractButton *button, const QString &group)
    {
        const QKeySequence key = button->shortcut();
        if (key.isEmpty() || key == QKeySequence::mnemonic(button->text()) || !button->isVisibleTo(button->window()))
            return;
        ShortcutEntry entry{group, ShortcutCollector::plainText(button->text()), {key}};
        if (entry.description.isEmpty())
            entry.description = ShortcutCollector::plainText(button->toolTip());
        if (!entry.description.isEmpty() && !containsLike(entry))
            m_entries.append(entry);
    }

    // Widgets carry the same action in every open tab: one line per description and keys.
    bool containsLike(const ShortcutEntry &entry) const
    {
        return std::any_of(m_entries.cbegin(), m_entries.cend(), [&entry](const ShortcutEntry &e) {
            return e.keys == entry.keys && e.description.compare(entry.description, Qt::CaseInsensitive) == 0;
        });
    }

    void addMenu(QMenu *menu, const QString &group)
    {
        if (m_seenMenus.contains(menu))
            return;
        m_seenMenus.insert(menu);
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (QMenu *sub = action->menu())
                addMenu(sub, group + u" › "_s + ShortcutCollector::plainText(sub->title()));
            else
                addAction(action, group);
        }
    }

    QList<ShortcutEntry> m_entries;

private:
    QSet<QAction *> m_seen;
    QSet<QMenu *> m_seenMenus;
};

QString groupOf(QWidget *widget, QWidget *window)
{
    for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (auto *menu = qobject_cast<QMenu *>(w); menu && !menu->title().isEmpty())
            return ShortcutCollector::plainText(menu->title());
        if (!w->windowTitle().isEmpty())
            return ShortcutCollector::plainText(w->windowTitle());
    }
    return ShortcutCollector::tr("Current view");
}

ShortcutEntry entry(const char *group, const char *description, QList<QKeySequence> keys)
{
    return {ShortcutCollector::tr(group), ShortcutCollector::tr(description), std::move(keys)};
}

} // namespace

QString ShortcutEntry::keysText() const
{
    QStringList parts;
    for (const QKeySequence &key : keys)
        parts.append(key.toString(QKeySequence::NativeText));
    return parts.join(u", "_s);
}

QString ShortcutCollector::plainText(const QString &actionText)
{
    QString out;
    out.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        if (actionText.at(i) == u'&' && i + 1 < actionText.size())
            ++i;   // "&x" is a mnemonic; "&&" a literal '&'
        out.append(actionText.at(i));
    }
    if (out.endsWith(u'…'))
        out.chop(1);
    else if (out.endsWith(u"..."_s))
        out.chop(3);
    return out.trimmed();
}

QList<ShortcutEntry> ShortcutCollector::actions(QWidget *window)
{
    Collector c;
    const QList<QMenuBar *> bars = window->findChildren<QMenuBar *>();
    for (QMenuBar *bar : bars) {
        const QList<QAction *> top = bar->actions();
        for (QAction *action : top) {
            if (QMenu *menu = action->menu())
                c.addMenu(menu, plainText(menu->title()));
            else
                c.addAction(action, tr("Current view"));
        }
    }
    QList<QWidget *> widgets{window};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            if (!menu->title().isEmpty())
                c.addMenu(menu, plainText(menu->title()));
            continue;
        }
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions)
            c.addAction(action, groupOf(widget, window));
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            c.addButton(button, groupOf(widget, window));
    }
    return c.m_entries;
}

QList<ShortcutEntry> ShortcutCollector::viewShortcuts()
{
    using QKS = QKeySequence;
    const auto standard = [](QKS::StandardKey key) { return QKS::keyBindings(key); };
    return {
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Find"), standard(QKS::Find)),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Find and replace"), {QKS(Qt::CTRL | Qt::Key_H)}),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Next match"), standard(QKS::FindNext)),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Previous match"), standard(QKS::FindPrevious)),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Complete a variable name"), {QKS(Qt::CTRL | Qt::Key_Space)}),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Comment or uncomment with {# #}"), {QKS(Qt::CTRL | Qt::Key_Slash)}),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Word wrap"), {QKS(Qt::ALT | Qt::Key_Z)}),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Zoom in"), standard(QKS::ZoomIn)),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Zoom out"), standard(QKS::ZoomOut)),
        entry(QT_TR_NOOP("Prompt editor"), QT_TR_NOOP("Reset zoom"), {QKS(Qt::CTRL | Qt::Key_0)}),
        entry(QT_TR_NOOP("Version comparison"), QT_TR_NOOP("Next change"),
              {QKS(Qt::Key_F7), QKS(Qt::ALT | Qt::Key_Down)}),
        entry(QT_TR_NOOP("Version comparison"), QT_TR_NOOP("Previous change"),
              {QKS(Qt::SHIFT | Qt::Key_F7), QKS(Qt::ALT | Qt::Key_Up)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Next row"), {QKS(Qt::Key_J)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Previous row"), {QKS(Qt::Key_K)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Prefer A"), {QKS(Qt::Key_1)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Prefer B"), {QKS(Qt::Key_2)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Tie"), {QKS(Qt::Key_3)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Both bad"), {QKS(Qt::Key_4)}),
        entry(QT_TR_NOOP("Side-by-side review"), QT_TR_NOOP("Comment on the output"), {QKS(Qt::Key_C)}),
    };
}

} // namespace lathe
