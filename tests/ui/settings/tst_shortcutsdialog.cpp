// ShortcutsDialog: lists every action with a shortcut of a window (menus, submenus, docks,
// widgets), grouped, with the keys as the platform writes them; actions without keys are not
// listed; documented view keys are included; the search field filters by action, key or
// group.
#include "screenshot.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

const ShortcutEntry *find(const QList<ShortcutEntry> &entries, const QString &description)
{
    for (const ShortcutEntry &e : entries) {
        if (e.description == description)
            return &e;
    }
    return nullptr;
}

QStringList descriptions(const QList<ShortcutEntry> &entries)
{
    QStringList out;
    for (const ShortcutEntry &e : entries)
        out.append(e.description);
    return out;
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

    QMainWindow m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QMenu *file = m_window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&New Workspace…"_s)->setShortcut(QKeySequence::New);
        file->addAction(u"&Open Workspace…"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        QMenu *recent = file->addMenu(u"Open &Recent"_s);
        recent->addAction(u"Reopen &Last"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        file->addAction(u"Export…"_s);   // no shortcut: not listed
        QMenu *run = m_window.menuBar()->addMenu(u"&Run"_s);
        QAction *newRun = run->addAction(u"&New Run…"_s);
        newRun->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QKeySequence(Qt::Key_F5)});
        QMenu *help = m_window.menuBar()->addMenu(u"&Help"_s);
        help->addAction(u"Keyboard &Shortcuts"_s)->setShortcut(QKeySequence(Qt::Key_F1));

        auto *dock = new QDockWidget(u"Runs"_s, &m_window);
        auto *inside = new QWidget(dock);
        dock->setWidget(inside);
        auto *cancel = new QAction(u"Cancel Run"_s, inside);
        cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
        inside->addAction(cancel);
        inside->addAction(newRun);   // the same action twice: listed once
        m_window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        // A page with a button that has its own shortcut, one with only a mnemonic, and an
        // editor-like widget carrying an action the documented list already has.
        auto *page = new QWidget(&m_window);
        m_window.setCentralWidget(page);
        auto *commit = new QPushButton(u"&Commit…"_s, page);
        commit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        new QPushButton(u"&Fork"_s, page);
        auto *wrap = new QAction(u"Word Wrap"_s, page);
        wrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
        page->addAction(wrap);
        auto *windowAction = new QAction(u"Next &Tab"_s, &m_window);
        windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
        m_window.addAction(windowAction);
    }

    void listsEveryActionWithItsKeys()
    {
        ShortcutsDialog dialog(&m_window);
        dialog.show();
        const QList<ShortcutEntry> shown = dialog.visibleEntries();

        const ShortcutEntry *newWorkspace = find(shown, u"New Workspace"_s);
        QVERIFY(newWorkspace);
        QCOMPARE(newWorkspace->group, u"File"_s);
        QCOMPARE(newWorkspace->keysText(), native(QKeySequence(QKeySequence::New)));
        const ShortcutEntry *reopen = find(shown, u"Reopen Last"_s);
        QVERIFY(reopen);
        QCOMPARE(reopen->group, u"File › Open Recent"_s);
        const ShortcutEntry *newRun = find(shown, u"New Run"_s);
        QVERIFY(newRun);
        QCOMPARE(newRun->group, u"Run"_s);
        QCOMPARE(newRun->keysText(), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)) + u", "_s
                                         + native(QKeySequence(Qt::Key_F5)));
        QCOMPARE(descriptions(shown).count(u"New Run"_s), 1);
        const ShortcutEntry *cancel = find(shown, u"Cancel Run"_s);
        QVERIFY(cancel);
        QCOMPARE(cancel->group, u"Runs"_s);   // the dock's title
        const ShortcutEntry *nextTab = find(shown, u"Next Tab"_s);
        QVERIFY(nextTab);
        QCOMPARE(nextTab->group, u"Current view"_s);
        QVERIFY(!find(shown, u"Export"_s));
        const ShortcutEntry *commit = find(shown, u"Commit"_s);
        QVERIFY(commit);
        QCOMPARE(commit->keys, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Return)});
        QVERIFY(!find(shown, u"Fork"_s));   // Alt+F from "&Fork" is a mnemonic, not a shortcut
        const QStringList all = descriptions(shown);
        QCOMPARE(all.count(u"Word wrap"_s) + all.count(u"Word Wrap"_s), 1);
        QCOMPARE(find(shown, u"Word wrap"_s)->group, u"Prompt editor"_s);

        // Keys that views handle themselves are documented too.
        const ShortcutEntry *nextRow = find(shown, u"Next row"_s);
        QVERIFY(nextRow);
        QCOMPARE(nextRow->group, u"Side-by-side review"_s);
        QCOMPARE(nextRow->keysText(), u"J"_s);
        QVERIFY(find(shown, u"Both bad"_s));

        // The tree shows the same: groups at the top, key text in the second column.
        QTreeWidget *tree = dialog.tree();
        const QList<QTreeWidgetItem *> items = tree->findItems(u"New Workspace"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst()->parent()->text(0), u"File"_s);
        QCOMPARE(items.constFirst()->text(1), native(QKeySequence(QKeySequence::New)));
        lathe::testing::screenshot(&dialog, u"shortcuts"_s);
    }

    void searchFilters()
    {
        ShortcutsDialog dialog(&m_window);
        dialog.show();
        const int all = int(dialog.visibleEntries().size());

        QTest::keyClicks(dialog.searchField(), u"recent"_s);   // by group
        QCOMPARE(descriptions(dialog.visibleEntries()), QStringList{u"Reopen Last"_s});

        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), u"workspace"_s);   // by action, any case
        QCOMPARE(descriptions(dialog.visibleEntries()), (QStringList{u"New Workspace"_s, u"Open Workspace"_s}));

        dialog.setFilterText(native(QKeySequence(Qt::Key_F5)));   // by key
        QVERIFY(descriptions(dialog.visibleEntries()).contains(u"New Run"_s));
        QVERIFY(!descriptions(dialog.visibleEntries()).contains(u"New Workspace"_s));
        lathe::testing::screenshot(&dialog, u"shortcuts-search"_s);

        dialog.setFilterText(u"no such action"_s);
        QVERIFY(dialog.visibleEntries().isEmpty());
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g)
            QVERIFY(dialog.tree()->topLevelItem(g)->isHidden());

        dialog.setFilterText(QString());
        QCOMPARE(int(dialog.visibleEntries().size()), all);
    }

    void extraEntriesAndRefresh()
    {
        ShortcutsDialog dialog(&m_window);
        dialog.addEntries({{u"Charts"_s, u"Export chart"_s, {QKeySequence(Qt::CTRL | Qt::Key_E)}}});
        QVERIFY(find(dialog.visibleEntries(), u"Export chart"_s));
        auto *late = new QAction(u"Late Action"_s, &m_window);
        late->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_window.addAction(late);
        QVERIFY(!find(dialog.visibleEntries(), u"Late Action"_s));
        dialog.refresh();
        QVERIFY(find(dialog.visibleEntries(), u"Late Action"_s));
        QVERIFY(find(dialog.visibleEntries(), u"Export chart"_s));
        delete late;
    }

    void strippedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic") << u"&Open Workspace…"_s << u"Open Workspace"_s;
        QTest::newRow("dots") << u"Save &As..."_s << u"Save As"_s;
        QTest::newRow("ampersand") << u"Find && Replace"_s << u"Find & Replace"_s;
        QTest::newRow("plain") << u"Quit"_s << u"Quit"_s;
    }

    void strippedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(ShortcutCollector::plainText(text), plain);
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
