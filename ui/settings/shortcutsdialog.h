#pragma once

#include "shortcutcollector.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QTreeWidget;

namespace lathe {

// Help > Keyboard Shortcuts: every shortcut of a window (ShortcutCollector: its menus and the
// actions of the widgets inside it, read when the dialog opens) and the documented keys of
// views, grouped, with a search field that filters by action, key or group.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `window` is read now and again on refresh(); it may be deleted before the dialog.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // More entries for keys no QAction carries (e.g. from a view added later).
    void addEntries(const QList<ShortcutEntry> &entries);
    // Re-reads the window's actions (e.g. after tabs were opened).
    void refresh();

    void setFilterText(const QString &text);
    // The entries currently shown (after filtering), in display order.
    QList<ShortcutEntry> visibleEntries() const;

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();
    void applyFilter();

    QPointer<QWidget> m_window;
    QList<ShortcutEntry> m_extra;
    QList<ShortcutEntry> m_entries;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace lathe
