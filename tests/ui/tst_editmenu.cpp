// The Edit menu acts on the focused widget: a line edit's own undo/copy/paste, or an action a
// page binds to the standard key (a dataset page's undo stack), and says what it cannot do.
#include "editmenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestEditMenu final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actsOnTheFocusedLineEdit()
    {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        new QVBoxLayout(&window);
        window.layout()->addWidget(edit);
        QMenu menu;
        EditMenu edits(&menu);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);

        QTest::keyClicks(edit, u"hello"_s);
        QVERIFY(edits.trigger(EditMenu::Command::SelectAll));
        QCOMPARE(edit->selectedText(), u"hello"_s);
        QVERIFY(edits.trigger(EditMenu::Command::Copy));
        QCOMPARE(QApplication::clipboard()->text(), u"hello"_s);
        QVERIFY(edits.trigger(EditMenu::Command::Cut));
        QCOMPARE(edit->text(), QString());
        QVERIFY(edits.trigger(EditMenu::Command::Undo));
        QCOMPARE(edit->text(), u"hello"_s);
        edit->end(false);
        QVERIFY(edits.trigger(EditMenu::Command::Paste));
        QCOMPARE(edit->text(), u"hellohello"_s);
        QVERIFY(!edits.isAvailable(EditMenu::Command::Find));   // nothing here finds
        // The items show their keys without binding them.
        QVERIFY(edits.action(EditMenu::Command::Undo)->shortcut().isEmpty());
        QVERIFY(edits.action(EditMenu::Command::Undo)->text().contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));

        edit->setReadOnly(true);
        QVERIFY(!edits.isAvailable(EditMenu::Command::Paste));
        QVERIFY(edits.isAvailable(EditMenu::Command::Copy));
    }

    void usesAPagesOwnUndoAction()
    {
        QWidget page;
        auto *table = new QTableView(&page);
        new QVBoxLayout(&page);
        page.layout()->addWidget(table);
        QUndoStack stack;
        int value = 0;
        struct Set : QUndoCommand
        {
            Set(int &v, int to) : m_v(v), m_from(v), m_to(to) {}
            void redo() override { m_v = m_to; }
            void undo() override { m_v = m_from; }
            int &m_v;
            int m_from;
            int m_to;
        };
        stack.push(new Set(value, 5));
        QAction *undo = stack.createUndoAction(&page);
        undo->setShortcut(QKeySequence::Undo);
        undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page.addAction(undo);
        QMenu menu;
        EditMenu edits(&menu);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);

        QCOMPARE(value, 5);
        QVERIFY(edits.isAvailable(EditMenu::Command::Undo));
        QVERIFY(edits.trigger(EditMenu::Command::Undo));
        QCOMPARE(value, 0);
        QVERIFY(!edits.isAvailable(EditMenu::Command::Undo));   // the stack has nothing left
        QVERIFY(!edits.trigger(EditMenu::Command::Undo));
        QVERIFY(!edits.isAvailable(EditMenu::Command::Paste));  // a table view has no paste()
    }
};

QTEST_MAIN(TestEditMenu)
#include "tst_editmenu.moc"
