#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;   // index into m_entries
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(u"shortcuts"_s);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 620);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    m_search->setFocus();
    refresh();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::addEntries(const QList<ShortcutEntry> &entries)
{
    m_extra += entries;
    rebuild();
}

void ShortcutsDialog::refresh()
{
    rebuild();
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_search->setText(text);
}

QList<ShortcutEntry> ShortcutsDialog::visibleEntries() const
{
    QList<ShortcutEntry> out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                out.append(m_entries.at(group->child(i)->data(0, kEntryRole).toInt()));
        }
    }
    return out;
}

void ShortcutsDialog::rebuild()
{
    const QList<ShortcutEntry> documented = ShortcutCollector::viewShortcuts() + m_extra;
    const auto isDocumented = [&documented](const ShortcutEntry &e) {
        return std::any_of(documented.cbegin(), documented.cend(), [&e](const ShortcutEntry &d) {
            return d.keys == e.keys && d.description.compare(e.description, Qt::CaseInsensitive) == 0;
        });
    };
    m_entries.clear();
    // A view's action that is also documented (the editor's Word Wrap) is listed with its view.
    const QList<ShortcutEntry> found = m_window ? ShortcutCollector::actions(m_window) : QList<ShortcutEntry>();
    for (const ShortcutEntry &e : found) {
        if (!isDocumented(e))
            m_entries.append(e);
    }
    for (const ShortcutEntry &e : documented) {
        if (!m_entries.contains(e))
            m_entries.append(e);
    }
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const ShortcutEntry &e = m_entries.at(i);
        QTreeWidgetItem *&group = groups[e.group];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {e.description, e.keysText()});
        item->setData(0, kEntryRole, i);
        item->setToolTip(1, e.keysText());
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = needle.isEmpty() || group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace lathe
