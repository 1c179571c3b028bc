// FindBar: regex replace replaces exactly the expected spans in Korean/emoji text in one undo
// step, case and whole-word options, next/previous with wrap-around, keyboard handling.
#include "editor/editorindicators.h"
#include "editor/findbar.h"
#include "editor/prompteditor.h"

#include <QLineEdit>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regexReplaceAllReplacesExactSpans()
    {
        PromptEditor editor;
        const QString original = u"name: 홍길동, age: 42 😀\nname: Kim 👋🏽, age: 7\nage:none\n"_s;
        editor.setText(original);
        FindBar *bar = editor.findBar();
        editor.showFind(true);
        QVERIFY(!bar->isHidden());
        QVERIFY(bar->isReplaceVisible());
        bar->setQuery({u"age: (\\d+)"_s, true});
        bar->setReplacement(u"years=$1!"_s);
        QCOMPARE(bar->matchCount(), 2);
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(editor.text(), u"name: 홍길동, years=42! 😀\nname: Kim 👋🏽, years=7!\nage:none\n"_s);
        QCOMPARE(bar->matchCount(), 0);
        editor.undo();
        QCOMPARE(editor.text(), original);
    }

    void replaceOneAtATime()
    {
        PromptEditor editor;
        editor.setText(u"{{ 이름 }} and {{ 이름 }} and {{ 이름 }}"_s);
        FindBar *bar = editor.findBar();
        editor.showFind(true);
        bar->setQuery({u"이름"_s});
        bar->setReplacement(u"name"_s);
        editor.SendScintilla(Sci::SCI_GOTOPOS, 0);
        QVERIFY(!bar->replaceCurrent()); // nothing selected yet: selects the first match
        QCOMPARE(editor.selectedText(), u"이름"_s);
        QCOMPARE(bar->statusText(), u"1 of 3"_s);
        QVERIFY(bar->replaceCurrent());
        QCOMPARE(editor.text(), u"{{ name }} and {{ 이름 }} and {{ 이름 }}"_s);
        QCOMPARE(editor.selectedText(), u"이름"_s); // the next one
        QCOMPARE(bar->statusText(), u"1 of 2"_s);
    }

    void caseAndWholeWord()
    {
        PromptEditor editor;
        editor.setText(u"Kim kim kimchi 김치 kim"_s);
        FindBar *bar = editor.findBar();
        bar->setQuery({u"kim"_s});
        QCOMPARE(bar->matchCount(), 4);
        bar->setQuery({u"kim"_s, false, true});
        QCOMPARE(bar->matchCount(), 3);
        bar->setQuery({u"kim"_s, false, true, true});
        QCOMPARE(bar->matchCount(), 2);
        bar->setQuery({u"(bad"_s, true});
        QCOMPARE(bar->matchCount(), 0);
    }

    void nextAndPreviousWrapAround()
    {
        PromptEditor editor;
        editor.setText(u"😀 x 한 x 끝 x"_s);
        FindBar *bar = editor.findBar();
        editor.showFind(false);
        bar->setQuery({u"x"_s});
        const QByteArray bytes = editor.text().toUtf8();
        const qsizetype first = bytes.indexOf('x');
        const qsizetype last = bytes.lastIndexOf('x');
        editor.SendScintilla(Sci::SCI_GOTOPOS, 0);
        QVERIFY(bar->findNext());
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), first);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONEND), first + 1);
        QVERIFY(bar->findPrevious()); // wraps to the last
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), last);
        QVERIFY(bar->findNext()); // wraps to the first
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), first);
        QCOMPARE(bar->statusText(), u"1 of 3"_s);
        // Every match is marked.
        QTRY_VERIFY(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::SearchMatch, last) != 0);
    }

    void keyboard()
    {
        PromptEditor editor;
        editor.setText(u"alpha beta alpha"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        editor.SendScintilla(Sci::SCI_SETSEL, 0, 5);
        QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = editor.findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceVisible());
        QCOMPARE(bar->query().pattern, u"alpha"_s);
        auto *field = bar->findChild<QLineEdit *>();
        QVERIFY(field && field->hasFocus());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), 11);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), 0);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(editor.hasFocus());
        QCOMPARE(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::SearchMatch, 11), 0);
        QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->isReplaceVisible());
        // F3 from the editor finds the next match without focusing the bar.
        editor.setFocus();
        editor.SendScintilla(Sci::SCI_GOTOPOS, 1);
        QTest::keyClick(&editor, Qt::Key_F3);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETSELECTIONSTART), 11);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
