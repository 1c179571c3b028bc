#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;
class QsciScintilla;

namespace lathe {

class SpellingDictionaries;

// Spell checks the prose of a QsciScintilla with Sonnet and marks misspelled words with the
// EditorIndicator::Spelling squiggle.
//
// Only words whose every byte has a spell-checkable style are checked (the lexer says which:
// template tags, code spans and blocks, URLs and XML tags are not); so are words that look
// like identifiers, paths or addresses (digits, '_', inner capitals, '/', '@', '.').
// Each word is checked with the dictionary of its script: the chosen language for its own
// script, otherwise the first installed dictionary of that script (so Korean prose is checked
// with "ko" while English words in it use "en_US"); words of scripts without a dictionary are
// left alone.
//
// Work is incremental: edits mark their lines dirty and restart a debounce timer; a pass then
// checks the dirty lines and the visible lines, never the whole document. Results per word
// are cached until the dictionaries change. Dictionaries load in the background
// (SpellingDictionaries); words waiting for theirs are left unmarked until it arrives.
class SpellChecker final : public QObject
{
    Q_OBJECT
public:
    // `isCheckable(style)`: whether text in that Scintilla style is prose.
    SpellChecker(QsciScintilla *editor, std::function<bool(int)> isCheckable);
    ~SpellChecker() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Whether Sonnet found any dictionary.
    bool isAvailable() const;

    // Dictionary codes Sonnet offers ("en_US", "ko", ...) and their display names.
    QStringList availableLanguages() const;
    QString languageName(const QString &code) const;
    // Whether the dictionary `code` is ready (asking starts loading it).
    bool isLoaded(const QString &code) const;
    // The primary language; defaults to the locale's when a dictionary exists for it.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    static QString defaultLanguage(const QStringList &available, const QString &localeName);

    bool isMisspelled(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;
    // Adds `word` to the personal dictionary of the language that checks it.
    void addToDictionary(const QString &word);
    // Stops marking `word` in this editor for the rest of the session.
    void ignoreWord(const QString &word);

    struct Word
    {
        long start = 0; // bytes
        long end = 0;
        QString text;
    };
    // The marked word at byte position `position`, if any.
    std::optional<Word> misspelledWordAt(long position) const;

    // Checks the dirty and visible lines now (a pass normally runs after a pause in typing).
    // Emits checked().
    void checkNow();
    // Marks every line dirty and schedules a pass (after a settings or dictionary change).
    void recheckAll();

Q_SIGNALS:
    // After each pass.
    void checked();

private:
    QString dictionaryFor(const QString &word) const;
    void markDirty(long firstLine, long lastLine);
    void checkLine(long line);
    void clearMarks();
    bool isWordCandidate(const QString &line, qsizetype start, qsizetype end) const;

    QsciScintilla *m_editor;
    std::function<bool(int)> m_isCheckable;
    SpellingDictionaries *m_dictionaries;
    QTimer *m_timer;
    QString m_language;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_cache;
    long m_dirtyFirst = -1;
    long m_dirtyLast = -1;
    bool m_enabled = true;
};

} // namespace lathe
