#pragma once

#include <Qsci/qsciscintilla.h>

#include <QStringList>

class QAction;
class QTimer;

namespace lathe {

class FindBar;
class SpellChecker;
class SyntaxLexer;
class TemplateCompleter;

// The prompt editor: QScintilla (UTF-8 throughout) highlighted by KSyntaxHighlighting.
//
// Modes: Prompt (Lathe's "Lathe Prompt" definition: Markdown with {{ }}, {% %}, {# #} tags),
// Json and Yaml (the definitions shipped with KSyntaxHighlighting). Colours of text and chrome
// come from one KSyntaxHighlighting theme: by default the one matching the application palette
// (light or dark), re-picked when the palette changes; setThemeName() pins any installed theme.
//
// Around the text: line numbers (margin sized to the line count), folding (template blocks,
// Markdown heading sections, JSON/YAML structure), a find/replace bar (Ctrl+F, Ctrl+H, F3),
// zoom (Ctrl+wheel, Ctrl++, Ctrl+-, Ctrl+0), word wrap (Alt+Z), brace matching, matching of
// template tags at the caret, variable completion inside tags (Ctrl+Space), comment toggling
// with {# #} (Ctrl+/), and spell checking of prose with suggestions in the context menu.
class PromptEditor final : public QsciScintilla
{
    Q_OBJECT
public:
    enum class Mode { Prompt, Json, Yaml };
    Q_ENUM(Mode)

    explicit PromptEditor(QWidget *parent = nullptr);
    ~PromptEditor() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Empty: follow the application palette. Unknown names fall back to the palette's theme.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    // The theme in use (the palette's when themeName() is empty).
    QString activeThemeName() const { return m_activeTheme; }
    static QStringList availableThemes();

    // Variable names offered inside {{ }} and {% %}.
    void setCompletionWords(const QStringList &words);
    QStringList completionWords() const;

    void setWordWrapEnabled(bool enabled);
    bool isWordWrapEnabled() const;

    void setSpellCheckEnabled(bool enabled);
    bool isSpellCheckEnabled() const;

    // Opens the find bar, with the replace row if `withReplace`.
    void showFind(bool withReplace);
    // Wraps the selection (or the current line) in {# #}, or unwraps it if already wrapped.
    void toggleComment();

    // Style number of a format of the current syntax definition ("Normal Text",
    // "Template Variable", ...); -1 if the definition has no such format.
    int styleForFormat(const QString &formatName) const;

    FindBar *findBar() const { return m_findBar; }
    SpellChecker *spellChecker() const { return m_spellChecker; }
    TemplateCompleter *completer() const { return m_completer; }
    QAction *wordWrapAction() const { return m_wrapAction; }

Q_SIGNALS:
    void themeChanged(const QString &themeName);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyTheme();
    void updateMarginWidth();
    void updateTagMatch();
    bool handleKey(QKeyEvent *event, bool perform);

    SyntaxLexer *m_lexer;
    FindBar *m_findBar = nullptr;
    SpellChecker *m_spellChecker = nullptr;
    TemplateCompleter *m_completer = nullptr;
    QAction *m_wrapAction = nullptr;
    QTimer *m_tagTimer = nullptr;
    Mode m_mode = Mode::Prompt;
    QString m_themeName;
    QString m_activeTheme;
    int m_marginDigits = 0;
    int m_marginZoom = 0;
};

} // namespace lathe
