// PromptEditor: highlighting at the right UTF-8 positions for Korean, emoji and combining
// characters, re-highlighting past the edit, themes (named and palette-following), folding,
// JSON/YAML modes, template-tag matching, zoom and wrap. Saves screenshots when
// LATHE_SCREENSHOT_DIR is set.
#include "editor/editorindicators.h"
#include "editor/findbar.h"
#include "editor/prompteditor.h"
#include "editor/spellchecker.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

int styleAt(const PromptEditor &editor, qsizetype byte)
{
    return int(editor.SendScintilla(Sci::SCI_GETSTYLEAT, static_cast<unsigned long>(byte)));
}

void styleEverything(PromptEditor &editor)
{
    editor.SendScintilla(Sci::SCI_COLOURISE, 0, -1);
}

QColor paperOf(const PromptEditor &editor, int style)
{
    const long bgr = editor.SendScintilla(Sci::SCI_STYLEGETBACK, static_cast<unsigned long>(style));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

int foldLevel(const PromptEditor &editor, int line)
{
    return int(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, static_cast<unsigned long>(line)));
}

int levelNumber(const PromptEditor &editor, int line)
{
    return foldLevel(editor, line) & Sci::SC_FOLDLEVELNUMBERMASK;
}

bool isHeader(const PromptEditor &editor, int line)
{
    return foldLevel(editor, line) & Sci::SC_FOLDLEVELHEADERFLAG;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

const QString kShotPrompt = uR"(# Support reply

You are a **helpful** support agent for *Lathe*. Answer in the customer's langauge.
See https://lathe.invalid/docs for `product` details.

## Context
{# retrieved passages, most relevant first #}
{% for passage in passages if passage.score > 0.5 %}
- {{ passage.title | upper }} — {{ passage.text | truncate(200) }}
{% endfor %}

## Question
고객 {{ customer_name }}님의 질문: "{{ question | trim }}" 😀

<instructions>
{% if tone == "formal" %}
Reply formally, in 3 sentences or fewer.
{% else %}
Keep it friendly.
{% endif %}
</instructions>
)"_s;

} // namespace

class TestPromptEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void highlightsTagsAtUtf8Positions()
    {
        PromptEditor editor;
        const QString text = u"안녕하세요 {{ user_name }}님! 😀 café \u0301x {{ \"é\u0301\" | upper }} 👋🏽 끝\n"_s;
        editor.setText(text);
        styleEverything(editor);
        const QByteArray bytes = text.toUtf8();
        const int prose = editor.styleForFormat(u"Normal Text"_s);
        const int delimiter = editor.styleForFormat(u"Template Delimiter"_s);
        const int variable = editor.styleForFormat(u"Template Variable"_s);
        const int string = editor.styleForFormat(u"Template String"_s);
        const int filter = editor.styleForFormat(u"Template Filter"_s);
        QVERIFY(prose > 0 && delimiter > 0 && variable > 0 && string > 0 && filter > 0);
        QCOMPARE(QSet<int>({prose, delimiter, variable, string, filter}).size(), 5);

        // Every byte inside a tag has a template style, every byte outside is prose.
        const QSet<int> templateStyles{delimiter, variable, string, filter,
                                       editor.styleForFormat(u"Template Operator"_s)};
        qsizetype tagEnd = 0;
        for (qsizetype open = bytes.indexOf("{{"); open >= 0; open = bytes.indexOf("{{", tagEnd)) {
            for (qsizetype b = tagEnd; b < open; ++b)
                QVERIFY2(styleAt(editor, b) == prose, qPrintable(u"byte %1"_s.arg(b)));
            tagEnd = bytes.indexOf("}}", open) + 2;
            for (qsizetype b = open; b < tagEnd; ++b)
                QVERIFY2(templateStyles.contains(styleAt(editor, b)), qPrintable(u"byte %1"_s.arg(b)));
        }
        for (qsizetype b = tagEnd; b < bytes.size() - 1; ++b)
            QCOMPARE(styleAt(editor, b), prose);

        QCOMPARE(styleAt(editor, bytes.indexOf("{{")), delimiter);
        QCOMPARE(styleAt(editor, bytes.indexOf("user_name")), variable);
        QCOMPARE(styleAt(editor, bytes.indexOf("user_name") + 8), variable);
        QCOMPARE(styleAt(editor, bytes.indexOf("}}\xEB\x8B\x98") + 1), delimiter); // "}}님"
        QCOMPARE(styleAt(editor, bytes.indexOf("\"\xC3\xA9")), string);            // "é
        QCOMPARE(styleAt(editor, bytes.indexOf("upper")), filter);
        QCOMPARE(styleAt(editor, bytes.indexOf("upper") + 4), filter);
    }

    void highlightsMarkdown()
    {
        PromptEditor editor;
        editor.setText(u"# 제목 {{ t }}\n- item `code {{ c }}` **굵게**\n```\nplain {{ x }}\n```\n"_s);
        styleEverything(editor);
        const QByteArray bytes = editor.text().toUtf8();
        QCOMPARE(styleAt(editor, 0), editor.styleForFormat(u"Heading"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf("{{ t")), editor.styleForFormat(u"Template Delimiter"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf("- item")), editor.styleForFormat(u"List Marker"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf("code")), editor.styleForFormat(u"Code Span"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf(" c }}") + 1), editor.styleForFormat(u"Template Variable"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf("**") + 2), editor.styleForFormat(u"Strong"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf("plain")), editor.styleForFormat(u"Code Block"_s));
        QCOMPARE(styleAt(editor, bytes.indexOf(" x }}") + 1), editor.styleForFormat(u"Template Variable"_s));
    }

    void rehighlightsOnwardWhenACommentOpensAndCloses()
    {
        PromptEditor editor;
        QString text;
        for (int i = 0; i < 40; ++i)
            text += u"줄 %1 prose {{ v%1 }}\n"_s.arg(i);
        editor.setText(text);
        styleEverything(editor);
        const int prose = editor.styleForFormat(u"Normal Text"_s);
        const int comment = editor.styleForFormat(u"Template Comment"_s);
        const int delimiter = editor.styleForFormat(u"Template Delimiter"_s);
        const auto posOf = [&editor](const char *needle) {
            return editor.text().toUtf8().indexOf(needle);
        };
        QCOMPARE(styleAt(editor, posOf("prose {{ v35")), prose);

        // Open a comment on line 2 and ask Scintilla to style only that line: the lexer keeps
        // going because each following line now starts inside the comment.
        const long line2 = editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, 2);
        editor.SendScintilla(Sci::SCI_INSERTTEXT, line2, "{# ");
        const long line2End = editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION, 2);
        editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED), line2End);
        QVERIFY(editor.SendScintilla(Sci::SCI_GETENDSTYLED) > posOf("prose {{ v35"));
        QCOMPARE(styleAt(editor, posOf("prose {{ v35")), comment);
        QCOMPARE(styleAt(editor, posOf("{{ v35")), comment);

        // Close it on line 10: line 11 onwards is prose and tags again.
        const long line10End = editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION, 10);
        editor.SendScintilla(Sci::SCI_INSERTTEXT, line10End, " #}");
        const long newEnd = editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION, 10);
        editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED), newEnd);
        QCOMPARE(styleAt(editor, posOf("prose {{ v9 ")), comment);
        QCOMPARE(styleAt(editor, posOf("prose {{ v11")), prose);
        QCOMPARE(styleAt(editor, posOf("{{ v35")), delimiter);
        QCOMPARE(styleAt(editor, posOf("prose {{ v39")), prose);
    }

    void survivesLineInsertionAndJoining()
    {
        PromptEditor editor;
        editor.setText(u"a\n```\ncode\n```\ntext {{ x }}\n"_s);
        styleEverything(editor);
        const int prose = editor.styleForFormat(u"Normal Text"_s);
        const auto textPos = [&editor] { return editor.text().toUtf8().indexOf("text"); };
        QCOMPARE(styleAt(editor, textPos()), prose);
        // Join "code" and the closing fence into one line: the block now never closes.
        const long codeEnd = editor.SendScintilla(Sci::SCI_GETLINEENDPOSITION, 2);
        editor.SendScintilla(Sci::SCI_DELETERANGE, codeEnd, 1);
        styleEverything(editor);
        QCOMPARE(styleAt(editor, textPos()), editor.styleForFormat(u"Code Block"_s));
        editor.SendScintilla(Sci::SCI_UNDO);
        styleEverything(editor);
        QCOMPARE(styleAt(editor, textPos()), prose);
    }

    void themeSwitchChangesPaper()
    {
        PromptEditor editor;
        const QStringList themes = PromptEditor::availableThemes();
        QVERIFY(themes.contains(u"Breeze Light"_s));
        QVERIFY(themes.contains(u"Breeze Dark"_s));
        editor.setText(u"x {{ y }}"_s);
        const int prose = editor.styleForFormat(u"Normal Text"_s);
        editor.setThemeName(u"Breeze Light"_s);
        const QColor light = paperOf(editor, prose);
        const QColor lightDefault = paperOf(editor, Sci::STYLE_DEFAULT);
        editor.setThemeName(u"Breeze Dark"_s);
        QCOMPARE(editor.activeThemeName(), u"Breeze Dark"_s);
        const QColor dark = paperOf(editor, prose);
        QVERIFY(light != dark);
        QVERIFY(light.lightness() > 128);
        QVERIFY(dark.lightness() < 128);
        QCOMPARE(paperOf(editor, Sci::STYLE_DEFAULT), dark);
        QVERIFY(lightDefault != dark);
        // Style numbers survive the switch.
        QCOMPARE(editor.styleForFormat(u"Normal Text"_s), prose);
    }

    void followsTheApplicationPalette()
    {
        const QPalette original = QApplication::palette();
        QWidget window;
        PromptEditor editor(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(editor.themeName().isEmpty());
        const int prose = editor.styleForFormat(u"Normal Text"_s);
        // QApplication tells the windows about a new palette only once exec() has run; do
        // what it does then: each window resolves it and passes PaletteChange down.
        const auto setAppPalette = [&window](const QPalette &palette) {
            QApplication::setPalette(palette);
            QEvent change(QEvent::ApplicationPaletteChange);
            QApplication::sendEvent(&window, &change);
        };
        setAppPalette(darkPalette());
        QVERIFY(paperOf(editor, prose).lightness() < 128);
        const QString darkTheme = editor.activeThemeName();
        setAppPalette(original);
        QVERIFY(paperOf(editor, prose).lightness() > 128);
        QVERIFY(editor.activeThemeName() != darkTheme);
        // A pinned theme ignores palette changes.
        editor.setThemeName(u"Solarized Light"_s);
        setAppPalette(darkPalette());
        QCOMPARE(editor.activeThemeName(), u"Solarized Light"_s);
        setAppPalette(original);
    }

    void foldsHeadingsAndBlocks()
    {
        PromptEditor editor;
        editor.setText(u"# A\ntext\n## B\n{% for x in y %}\nbody\n{% endfor %}\n# C\nend\n"_s);
        styleEverything(editor);
        QVERIFY(isHeader(editor, 0));                          // # A
        QVERIFY(levelNumber(editor, 1) > levelNumber(editor, 0));
        QVERIFY(isHeader(editor, 2));                          // ## B
        QVERIFY(isHeader(editor, 3));                          // {% for %}
        QVERIFY(levelNumber(editor, 4) > levelNumber(editor, 3));
        QCOMPARE(levelNumber(editor, 6), levelNumber(editor, 0)); // # C closes # A
        QVERIFY(!isHeader(editor, 5));

        editor.foldLine(0);
        QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 1));
        QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 5));
        QVERIFY(editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 6));
    }

    void jsonAndYamlModes()
    {
        PromptEditor editor;
        editor.setMode(PromptEditor::Mode::Json);
        editor.setText(u"{\n  \"name\": \"홍길동 😀\",\n  \"tags\": [1, 2]\n}\n"_s);
        styleEverything(editor);
        const QByteArray json = editor.text().toUtf8();
        QVERIFY(styleAt(editor, json.indexOf("\"name\"")) != styleAt(editor, json.indexOf("1,")));
        QVERIFY(styleAt(editor, json.indexOf("\"\xED\x99\x8D")) != styleAt(editor, json.indexOf("\"name\"")));
        QVERIFY(isHeader(editor, 0));
        QVERIFY(levelNumber(editor, 1) > levelNumber(editor, 0));
        QCOMPARE(editor.styleForFormat(u"Template Delimiter"_s), -1);

        editor.setMode(PromptEditor::Mode::Yaml);
        editor.setText(u"a:\n  b: 1\n\n  c: 한국\nd: 3\n"_s);
        styleEverything(editor);
        QVERIFY(isHeader(editor, 0));
        QVERIFY(levelNumber(editor, 1) > levelNumber(editor, 0));
        QVERIFY(levelNumber(editor, 3) > levelNumber(editor, 0));
        QCOMPARE(levelNumber(editor, 4), levelNumber(editor, 0));
        editor.foldLine(0);
        QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 3));
        QVERIFY(editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 4));
    }

    void marksMatchingTemplateTags()
    {
        PromptEditor editor;
        editor.setText(u"{% for a in b %}\n한 {{ a }}\n{% endfor %}\n"_s);
        editor.show(); // Scintilla reports caret moves (SCN_UPDATEUI) when it paints
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QByteArray bytes = editor.text().toUtf8();
        editor.SendScintilla(Sci::SCI_GOTOPOS, static_cast<long>(bytes.indexOf("for a") + 1));
        QTRY_VERIFY(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch, bytes.indexOf("{% endfor")) != 0);
        QVERIFY(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch, bytes.indexOf("{% for")) != 0);
        QCOMPARE(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch, bytes.indexOf("{{")), 0);
        editor.SendScintilla(Sci::SCI_GOTOPOS, static_cast<long>(bytes.indexOf(" a }}") + 1));
        QTRY_VERIFY(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch, bytes.indexOf("{{")) != 0);
        QCOMPARE(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch, bytes.indexOf("{% endfor")), 0);
    }

    void zoomAndWrap()
    {
        PromptEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.isWordWrapEnabled());
        QTest::keyClick(&editor, Qt::Key_Z, Qt::AltModifier);
        QVERIFY(!editor.isWordWrapEnabled());
        const int width = int(editor.SendScintilla(Sci::SCI_GETMARGINWIDTHN, 0));
        QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 2);
        QVERIFY(editor.SendScintilla(Sci::SCI_GETMARGINWIDTHN, 0) > width);
        QTest::keyClick(&editor, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 1);
        QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 0);
        QWheelEvent wheel(QPointF(50, 50), editor.mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(editor.viewport(), &wheel);
        QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 1);

        // The line-number margin grows with the line count.
        const int narrow = int(editor.SendScintilla(Sci::SCI_GETMARGINWIDTHN, 0));
        editor.setText(QString(1200, u'\n'));
        QVERIFY(editor.SendScintilla(Sci::SCI_GETMARGINWIDTHN, 0) > narrow);
    }

    void togglesComment()
    {
        PromptEditor editor;
        editor.setText(u"  keep {{ x }}\n"_s);
        editor.SendScintilla(Sci::SCI_GOTOPOS, 3);
        editor.toggleComment();
        QCOMPARE(editor.text(), u"  {# keep {{ x }} #}\n"_s);
        editor.SendScintilla(Sci::SCI_GOTOPOS, 4);
        editor.toggleComment();
        QCOMPARE(editor.text(), u"  keep {{ x }}\n"_s);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : original);
            PromptEditor editor;
            editor.resize(900, 640);
            editor.setText(kShotPrompt);
            editor.setCompletionWords({u"customer_name"_s, u"question"_s, u"passages"_s, u"tone"_s});
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            const QByteArray bytes = editor.text().toUtf8();
            editor.SendScintilla(Sci::SCI_GOTOPOS, static_cast<long>(bytes.indexOf("for passage") + 3));
            QTRY_VERIFY(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::TagMatch,
                                             bytes.indexOf("{% endfor")) != 0);
            if (editor.spellChecker()->isAvailable()) { // the squiggle under "langauge"
                QTRY_VERIFY_WITH_TIMEOUT(editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::Spelling,
                                                              static_cast<long>(bytes.indexOf("langauge"))) != 0,
                                         10000);
            }
            const QImage shot = editor.grab().toImage();
            const QColor paper = paperOf(editor, Sci::STYLE_DEFAULT);
            QCOMPARE(shot.pixelColor(shot.width() / 2, shot.height() - 20), paper);
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(shot.save(QDir(dir).filePath(dark ? u"editor-dark.png"_s : u"editor-light.png"_s)));
                // The same with the find bar open on a regex.
                editor.showFind(true);
                editor.findBar()->setQuery({u"passage\\.\\w+"_s, true});
                editor.findBar()->setReplacement(u"p.$0"_s);
                editor.findBar()->findNext();
                QVERIFY(editor.grab().save(QDir(dir).filePath(dark ? u"editor-find-dark.png"_s
                                                                   : u"editor-find-light.png"_s)));
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestPromptEditor)
#include "tst_prompteditor.moc"
