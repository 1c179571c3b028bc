#include "editorcontextmenu.h"

#include "prompteditor.h"
#include "spellchecker.h"

#include <QActionGroup>
#include <QMenu>

namespace lathe {

using Sci = QsciScintillaBase;

namespace {

void addSpellingActions(QMenu *menu, PromptEditor *editor, long position)
{
    SpellChecker *spell = editor->spellChecker();
    if (!spell->isEnabled())
        return;
    const std::optional<SpellChecker::Word> word = spell->misspelledWordAt(position);
    if (!word)
        return;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = spell->suggestions(word->text);
    QList<QAction *> actions;
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        QObject::connect(action, &QAction::triggered, editor, [editor, w = *word, suggestion] {
            const QByteArray text = suggestion.toUtf8();
            editor->SendScintilla(Sci::SCI_BEGINUNDOACTION);
            editor->SendScintilla(Sci::SCI_SETTARGETRANGE, w.start, w.end);
            editor->SendScintilla(Sci::SCI_REPLACETARGET, uintptr_t(text.size()), text.constData());
            editor->SendScintilla(Sci::SCI_ENDUNDOACTION);
        });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(QObject::tr("No Suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    auto *add = new QAction(QObject::tr("Add \u201c%1\u201d to Dictionary").arg(word->text), menu);
    QObject::connect(add, &QAction::triggered, editor, [spell, text = word->text] {
        spell->addToDictionary(text);
        spell->checkNow();
    });
    auto *ignore = new QAction(QObject::tr("Ignore \u201c%1\u201d").arg(word->text), menu);
    QObject::connect(ignore, &QAction::triggered, editor, [spell, text = word->text] {
        spell->ignoreWord(text);
        spell->checkNow();
    });
    auto *separator2 = new QAction(menu);
    separator2->setSeparator(true);
    actions << separator << add << ignore << separator2;
    menu->insertActions(first, actions);
}

void addSettingsActions(QMenu *menu, PromptEditor *editor)
{
    menu->addSeparator();
    menu->addAction(QObject::tr("Find\u2026"), QKeySequence::Find, editor, [editor] { editor->showFind(false); });
    menu->addAction(QObject::tr("Replace\u2026"), QKeySequence::Replace, editor, [editor] { editor->showFind(true); });
    if (editor->mode() == PromptEditor::Mode::Prompt) {
        menu->addAction(QObject::tr("Toggle Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), editor,
                        [editor] { editor->toggleComment(); });
    }
    menu->addSeparator();
    menu->addAction(editor->wordWrapAction());

    SpellChecker *spell = editor->spellChecker();
    if (spell->isAvailable()) {
        QAction *check = menu->addAction(QObject::tr("Check Spelling"));
        check->setCheckable(true);
        check->setChecked(spell->isEnabled());
        QObject::connect(check, &QAction::toggled, editor, &PromptEditor::setSpellCheckEnabled);
        QMenu *languages = menu->addMenu(QObject::tr("Spelling Language"));
        auto *group = new QActionGroup(languages);
        for (const QString &code : spell->availableLanguages()) {
            QAction *action = languages->addAction(spell->languageName(code));
            action->setCheckable(true);
            action->setChecked(code == spell->language());
            group->addAction(action);
            QObject::connect(action, &QAction::triggered, editor, [spell, code] { spell->setLanguage(code); });
        }
    }

    QMenu *themes = menu->addMenu(QObject::tr("Color Theme"));
    auto *group = new QActionGroup(themes);
    QAction *automatic = themes->addAction(QObject::tr("Automatic (Follow System)"));
    automatic->setCheckable(true);
    automatic->setChecked(editor->themeName().isEmpty());
    group->addAction(automatic);
    QObject::connect(automatic, &QAction::triggered, editor, [editor] { editor->setThemeName({}); });
    themes->addSeparator();
    for (const QString &name : PromptEditor::availableThemes()) {
        QAction *action = themes->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == editor->themeName());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, editor, [editor, name] { editor->setThemeName(name); });
    }
}

} // namespace

QMenu *EditorContextMenu::create(PromptEditor *editor, long position)
{
    QMenu *menu = editor->createStandardContextMenu();
    if (!menu)
        menu = new QMenu(editor);
    addSpellingActions(menu, editor, position);
    addSettingsActions(menu, editor);
    return menu;
}

} // namespace lathe
