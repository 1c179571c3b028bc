#pragma once

#include <QObject>
#include <QStringList>

class QsciScintilla;

namespace lathe {

// Template-aware completion for a QsciScintilla.
//
// Inside "{{ ... }}" and "{% ... %}" it offers the variable names given to setWords(); at the
// start of a statement also the statement keywords; after "|" the built-in filters. The list
// opens by itself right after the opening delimiter and while a name is typed, and on demand
// (complete(true), Ctrl+Space). Typing "{{", "{%" or "{#" also inserts the closing delimiter
// with the caret in between ("{{ | }}"). Lists are Scintilla autocompletion lists, so choosing
// an entry replaces the partly typed name.
class TemplateCompleter final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Expression, StatementStart, Filter };

    struct Context
    {
        Kind kind = Kind::None;
        QString prefix; // the partly typed name before the caret
    };

    explicit TemplateCompleter(QsciScintilla *editor);

    void setWords(const QStringList &words);
    QStringList words() const { return m_words; }

    void setAutoCloseEnabled(bool enabled) { m_autoClose = enabled; }
    // Called before a typed character is inserted. Inside a tag whose closer was inserted
    // automatically, typing that closer (or the space before it) steps over the existing
    // characters instead of doubling them, so typing "{{ name }}" in full gives "{{ name }}".
    // Returns true when the character was consumed.
    bool typeOver(QChar typed);

    // Opens the list for the caret position when it is inside a template tag. Returns whether
    // a list is shown.
    bool complete(bool explicitRequest);

    // What the text of the current line before the caret calls for.
    static Context contextAt(QStringView lineBeforeCaret);
    // Entries for `context`, filtered by its prefix (case-insensitive) and sorted.
    QStringList candidates(const Context &context) const;

    static QStringList filterNames();
    static QStringList statementKeywords();

private:
    void onCharAdded(int ch);
    bool autoClose(int ch);
    QString lineBeforeCaret() const;

    QsciScintilla *m_editor;
    QStringList m_words;
    bool m_autoClose = true;
};

} // namespace lathe
