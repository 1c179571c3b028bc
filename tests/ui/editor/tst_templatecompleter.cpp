// TemplateCompleter: variable names are offered after "{{ " and inside "{% %}", filters after
// "|", nothing in prose; "{{" gets its closing delimiter.
#include "editor/prompteditor.h"
#include "editor/templatecompleter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;
using Kind = TemplateCompleter::Kind;

namespace {

bool listActive(const PromptEditor &editor)
{
    return editor.SendScintilla(Sci::SCI_AUTOCACTIVE) != 0;
}

QString currentEntry(const PromptEditor &editor)
{
    QByteArray buffer(256, '\0');
    editor.SendScintilla(Sci::SCI_AUTOCGETCURRENTTEXT, 0, static_cast<void *>(buffer.data()));
    return QString::fromUtf8(buffer.constData());
}

// Types `text` as key presses carrying text (QTest::keyClicks only knows Latin-1 keys).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestTemplateCompleter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextAt_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("prose") << u"hello cu"_s << int(Kind::None) << QString();
        QTest::newRow("after open") << u"안녕 {{ "_s << int(Kind::Expression) << QString();
        QTest::newRow("typing") << u"{{ cu"_s << int(Kind::Expression) << u"cu"_s;
        QTest::newRow("closed") << u"{{ a }} cu"_s << int(Kind::None) << QString();
        QTest::newRow("statement start") << u"{% f"_s << int(Kind::StatementStart) << u"f"_s;
        QTest::newRow("statement later") << u"{% for x in it"_s << int(Kind::Expression) << u"it"_s;
        QTest::newRow("filter") << u"{{ name | up"_s << int(Kind::Filter) << u"up"_s;
        QTest::newRow("string") << u"{{ \"cu"_s << int(Kind::None) << QString();
        QTest::newRow("attribute") << u"{{ user.na"_s << int(Kind::None) << QString();
        QTest::newRow("whitespace control") << u"{{- na"_s << int(Kind::Expression) << u"na"_s;
    }

    void contextAt()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, prefix);
        const auto context = TemplateCompleter::contextAt(line);
        QCOMPARE(int(context.kind), kind);
        QCOMPARE(context.prefix, prefix);
    }

    void offersWordsInsideTags()
    {
        PromptEditor editor;
        editor.setCompletionWords({u"customer_name"_s, u"question"_s, u"context"_s, u"고객"_s});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();

        QTest::keyClicks(&editor, u"Hi {{"_s);
        QCOMPARE(editor.text(), u"Hi {{  }}"_s); // closed, caret inside
        QVERIFY(listActive(editor));
        QTest::keyClicks(&editor, u"cu"_s);
        QVERIFY(listActive(editor));
        QCOMPARE(currentEntry(editor), u"customer_name"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.text(), u"Hi {{ customer_name }}"_s);
        QVERIFY(!listActive(editor));

        // Filters after "|".
        QTest::keyClicks(&editor, u" |"_s);
        QVERIFY(listActive(editor));
        QTest::keyClicks(&editor, u"up"_s);
        QCOMPARE(currentEntry(editor), u"upper"_s);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!listActive(editor));

        // Not in prose.
        editor.SendScintilla(Sci::SCI_DOCUMENTEND);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"cu"_s);
        QVERIFY(!listActive(editor));
        // Explicitly (Ctrl+Space) inside a statement, with Korean names.
        QTest::keyClicks(&editor, u" {%"_s);
        QCOMPARE(editor.text().last(8), u"cu {%  %}"_s.last(8));
        QTest::keyClicks(&editor, u"if "_s);
        QVERIFY(!listActive(editor));
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(listActive(editor));
        type(&editor, u"고"_s);
        QCOMPARE(currentEntry(editor), u"고객"_s);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QVERIFY(editor.text().endsWith(u"cu {% if 고객 %}"_s));
    }

    void typingTheCloserStepsOverIt()
    {
        PromptEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        // A user who types the whole tag gets exactly what they typed, not doubled closers.
        QTest::keyClicks(&editor, u"Hi {{ name }}!"_s);
        QCOMPARE(editor.text(), u"Hi {{ name }}!"_s);
        editor.setText(QString());
        QTest::keyClicks(&editor, u"{% if x %}y{% endif %}"_s);
        QCOMPARE(editor.text(), u"{% if x %}y{% endif %}"_s);
        editor.setText(QString());
        QTest::keyClicks(&editor, u"{{ a|upper }}"_s);
        QCOMPARE(editor.text(), u"{{ a|upper }}"_s);
    }

    void candidatesFilterByPrefix()
    {
        PromptEditor editor;
        editor.setCompletionWords({u"Question"_s, u"query"_s, u"answer"_s, u"query"_s});
        const TemplateCompleter *completer = editor.completer();
        QCOMPARE(completer->candidates({Kind::Expression, u"q"_s}), (QStringList{u"query"_s, u"Question"_s}));
        QVERIFY(completer->candidates({Kind::StatementStart, u"end"_s}).contains(u"endfor"_s));
        QVERIFY(completer->candidates({Kind::None, QString()}).isEmpty());
    }
};

QTEST_MAIN(TestTemplateCompleter)
#include "tst_templatecompleter.moc"
