// SpellChecker: marks misspelled prose with Sonnet (English and Korean hunspell dictionaries),
// never inside template tags, code or URLs; suggestions, "Add to Dictionary" and "Ignore".
#include "editor/editorcontextmenu.h"
#include "editor/editorindicators.h"
#include "editor/prompteditor.h"
#include "editor/spellchecker.h"

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lathe;
using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

bool marked(const PromptEditor &editor, qsizetype byte)
{
    return editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::Spelling,
                                static_cast<long>(byte)) != 0;
}

// Dictionaries load in the background: wait until `code` is ready.
bool waitForDictionary(const PromptEditor &editor, const QString &code)
{
    return QTest::qWaitFor([&] { return editor.spellChecker()->isLoaded(code); }, 10000);
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // Sonnet's hunspell plugin keeps the personal dictionary in $HOME: use a fresh one.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void init()
    {
        const QStringList languages = PromptEditor().spellChecker()->availableLanguages();
        if (!languages.contains(u"en_US"_s))
            QSKIP("No en_US dictionary: Sonnet needs its hunspell plugin (sonnet6-plugins) and hunspell-en-us");
    }

    void marksProseButNotTags()
    {
        PromptEditor editor;
        QSignalSpy checked(editor.spellChecker(), &SpellChecker::checked);
        editor.setText(u"This sentense is fine. {{ sentense }} `sentense` https://x.invalid/sentense\n"
                       "{# sentense #} {% if sentense %}ok{% endif %} 😀 sentense.\n"_s);
        const QByteArray bytes = editor.text().toUtf8();
        QList<qsizetype> at;
        for (qsizetype i = bytes.indexOf("sentense"); i >= 0; i = bytes.indexOf("sentense", i + 1))
            at.append(i);
        QCOMPARE(at.size(), 7);
        // The debounced pass after the edit (and the one after the dictionary arrives).
        QTRY_VERIFY_WITH_TIMEOUT(marked(editor, at[0]), 10000);
        QVERIFY(checked.count() > 0);
        QVERIFY(marked(editor, at[0] + 7));
        QVERIFY(!marked(editor, at[0] + 8));
        for (int k = 1; k <= 5; ++k)
            QVERIFY2(!marked(editor, at[k]), qPrintable(u"occurrence %1"_s.arg(k)));
        QVERIFY(marked(editor, at[6])); // after an emoji: byte positions stay right
        QVERIFY(!marked(editor, bytes.indexOf("This")));
        QVERIFY(!marked(editor, bytes.indexOf("fine")));
    }

    void suggestsAndIgnores()
    {
        PromptEditor editor;
        QVERIFY(waitForDictionary(editor, u"en_US"_s));
        editor.setText(u"A recieve here.\n"_s);
        editor.spellChecker()->checkNow();
        const qsizetype at = editor.text().toUtf8().indexOf("recieve");
        const auto word = editor.spellChecker()->misspelledWordAt(at + 3);
        QVERIFY(word.has_value());
        QCOMPARE(word->text, u"recieve"_s);
        QCOMPARE(word->start, at);
        QVERIFY(editor.spellChecker()->suggestions(word->text).contains(u"receive"_s));
        editor.spellChecker()->ignoreWord(word->text);
        editor.spellChecker()->checkNow();
        QVERIFY(!marked(editor, at));
        QVERIFY(!editor.spellChecker()->misspelledWordAt(at).has_value());
    }

    void contextMenuOffersSuggestions()
    {
        PromptEditor editor;
        QVERIFY(waitForDictionary(editor, u"en_US"_s));
        editor.setText(u"한국어 and a recieve here.\n"_s);
        editor.spellChecker()->checkNow();
        const long at = long(editor.text().toUtf8().indexOf("recieve"));
        std::unique_ptr<QMenu> menu(EditorContextMenu::create(&editor, at + 2));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() > 4);
        QAction *receive = nullptr;
        QStringList texts;
        for (QAction *action : actions) {
            texts.append(action->text());
            if (action->text() == u"receive")
                receive = action;
        }
        QVERIFY2(receive, qPrintable(texts.join(u", ")));
        QVERIFY(texts.contains(u"Add \u201crecieve\u201d to Dictionary"_s));
        QVERIFY(texts.contains(u"Ignore \u201crecieve\u201d"_s));
        receive->trigger();
        QCOMPARE(editor.text(), u"한국어 and a receive here.\n"_s);
        // No spelling entries away from a misspelled word.
        std::unique_ptr<QMenu> plain(EditorContextMenu::create(&editor, 0));
        for (QAction *action : plain->actions())
            QVERIFY(!action->text().startsWith(u"Ignore"));
    }

    void addsToDictionary()
    {
        PromptEditor editor;
        QVERIFY(waitForDictionary(editor, u"en_US"_s));
        editor.setText(u"Ask Zorblax today.\n"_s);
        editor.spellChecker()->checkNow();
        const qsizetype at = editor.text().toUtf8().indexOf("Zorblax");
        QVERIFY(marked(editor, at));
        editor.spellChecker()->addToDictionary(u"Zorblax"_s);
        editor.spellChecker()->checkNow();
        QVERIFY(!marked(editor, at));
        // A second editor knows the word too (personal dictionary).
        PromptEditor other;
        QVERIFY(waitForDictionary(other, u"en_US"_s));
        QVERIFY(other.spellChecker()->isMisspelled(u"Zorblaxes"_s));
        QVERIFY(!other.spellChecker()->isMisspelled(u"Zorblax"_s));
    }

    void checksKoreanWithKoreanDictionary()
    {
        PromptEditor editor;
        if (!editor.spellChecker()->availableLanguages().contains(u"ko"_s)
            && !editor.spellChecker()->availableLanguages().contains(u"ko_KR"_s))
            QSKIP("No Korean dictionary (hunspell-ko)");
        QVERIFY(waitForDictionary(editor, u"en_US"_s));
        const QString korean = editor.spellChecker()->availableLanguages().contains(u"ko"_s) ? u"ko"_s : u"ko_KR"_s;
        QVERIFY(waitForDictionary(editor, korean));
        editor.setText(u"안녕하세요 앉녕하세여 hello wrold\n"_s);
        editor.spellChecker()->checkNow();
        const QByteArray bytes = editor.text().toUtf8();
        QVERIFY(!marked(editor, bytes.indexOf("\xEC\x95\x88\xEB\x85\x95"))); // 안녕하세요
        QVERIFY(marked(editor, bytes.indexOf("\xEC\x95\x89")));              // 앉녕하세여
        QVERIFY(!marked(editor, bytes.indexOf("hello")));
        QVERIFY(marked(editor, bytes.indexOf("wrold")));
    }

    void defaultLanguageFollowsLocale()
    {
        const QStringList available{u"en_US"_s, u"ko"_s, u"ko_KR"_s};
        QCOMPARE(SpellChecker::defaultLanguage(available, u"ko_KR"_s), u"ko_KR"_s);
        QCOMPARE(SpellChecker::defaultLanguage(available, u"en_GB"_s), u"en_US"_s);
        QCOMPARE(SpellChecker::defaultLanguage(available, u"C"_s), u"en_US"_s);
        QCOMPARE(SpellChecker::defaultLanguage({u"ko"_s}, u"de_DE"_s), u"ko"_s);
    }

    void disablingClearsMarks()
    {
        PromptEditor editor;
        QVERIFY(waitForDictionary(editor, u"en_US"_s));
        editor.setText(u"wrold\n"_s);
        editor.spellChecker()->checkNow();
        QVERIFY(marked(editor, 0));
        editor.setSpellCheckEnabled(false);
        QVERIFY(!marked(editor, 0));
        editor.setSpellCheckEnabled(true);
        editor.spellChecker()->checkNow();
        QVERIFY(marked(editor, 0));
    }
};

QTEST_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
