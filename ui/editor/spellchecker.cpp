#include "spellchecker.h"

#include "editorindicators.h"
#include "spellingdictionaries.h"
#include "utf8map.h"

#include <Sonnet/Speller>

#include <Qsci/qsciscintilla.h>

#include <QLocale>
#include <QTextBoundaryFinder>
#include <QTimer>

#include <algorithm>

namespace lathe {

using Sci = QsciScintillaBase;

namespace {

constexpr int kDebounceMs = 300;
constexpr long kMaxLinesPerPass = 400;

QLocale::Script localeScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin: return QLocale::LatinScript;
    case QChar::Script_Hangul: return QLocale::HangulScript;
    case QChar::Script_Cyrillic: return QLocale::CyrillicScript;
    case QChar::Script_Greek: return QLocale::GreekScript;
    case QChar::Script_Arabic: return QLocale::ArabicScript;
    case QChar::Script_Hebrew: return QLocale::HebrewScript;
    case QChar::Script_Devanagari: return QLocale::DevanagariScript;
    case QChar::Script_Thai: return QLocale::ThaiScript;
    default: return QLocale::AnyScript;
    }
}

// The one script of a word's letters; AnyScript when it has none, mixes scripts or uses one
// no dictionary is matched against.
QLocale::Script scriptOfWord(QStringView word)
{
    QLocale::Script found = QLocale::AnyScript;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (word[i].isHighSurrogate() && i + 1 < word.size() && word[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word[i], word[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        const QLocale::Script s = localeScript(QChar::script(c));
        if (s == QLocale::AnyScript || (found != QLocale::AnyScript && s != found))
            return QLocale::AnyScript;
        found = s;
    }
    return found;
}

QLocale::Script scriptOfLanguage(const QString &code)
{
    const QLocale::Script s = QLocale(code).script();
    return s == QLocale::KoreanScript ? QLocale::HangulScript : s;
}

} // namespace

SpellChecker::SpellChecker(QsciScintilla *editor, std::function<bool(int)> isCheckable)
    : QObject(editor)
    , m_editor(editor)
    , m_isCheckable(std::move(isCheckable))
    , m_dictionaries(SpellingDictionaries::instance())
    , m_timer(new QTimer(this))
{
    m_language = defaultLanguage(availableLanguages(), QLocale().name());
    m_dictionaries->speller(m_language); // start loading it
    // Words of a script whose dictionary was still loading were skipped: check again.
    connect(m_dictionaries, &SpellingDictionaries::loaded, this, [this] {
        if (m_enabled)
            recheckAll();
    });
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SpellChecker::checkNow);
    connect(editor, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *, int, int linesAdded) {
                if (!(type & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)))
                    return;
                const long line = m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, position);
                if (m_dirtyFirst > line)
                    m_dirtyFirst = std::max(line, m_dirtyFirst + linesAdded);
                if (m_dirtyLast > line)
                    m_dirtyLast = std::max(line, m_dirtyLast + linesAdded);
                markDirty(line, line + std::max(linesAdded, 0));
            });
    connect(editor, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if ((updated & Sci::SC_UPDATE_V_SCROLL) && m_enabled && !m_timer->isActive())
            m_timer->start(100);
    });
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        recheckAll();
    else
        clearMarks();
}

bool SpellChecker::isAvailable() const
{
    return !availableLanguages().isEmpty();
}

QStringList SpellChecker::availableLanguages() const
{
    return m_dictionaries->availableLanguages();
}

QString SpellChecker::languageName(const QString &code) const
{
    return m_dictionaries->languageName(code);
}

bool SpellChecker::isLoaded(const QString &code) const
{
    return m_dictionaries->speller(code) != nullptr;
}

QString SpellChecker::defaultLanguage(const QStringList &available, const QString &localeName)
{
    if (available.contains(localeName))
        return localeName;
    const QString language = localeName.section(u'_', 0, 0);
    for (const QString &code : available) {
        if (code == language || code.startsWith(language + u'_'))
            return code;
    }
    if (available.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    return available.value(0);
}

void SpellChecker::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    m_dictionaries->speller(code);
    recheckAll();
}

QString SpellChecker::dictionaryFor(const QString &word) const
{
    const QLocale::Script script = scriptOfWord(word);
    if (script == QLocale::AnyScript)
        return {};
    if (!m_language.isEmpty() && scriptOfLanguage(m_language) == script)
        return m_language;
    // Prefer American English for Latin words, then the shortest code ("ko" over "ko_KR").
    QStringList codes = availableLanguages();
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        const bool aUs = a == u"en_US", bUs = b == u"en_US";
        return aUs != bUs ? aUs : a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &code : std::as_const(codes)) {
        if (scriptOfLanguage(code) == script)
            return code;
    }
    return {};
}

bool SpellChecker::isMisspelled(const QString &word) const
{
    if (m_ignored.contains(word))
        return false;
    if (const auto it = m_cache.constFind(word); it != m_cache.cend())
        return *it;
    const QString code = dictionaryFor(word);
    if (code.isEmpty())
        return false;
    Sonnet::Speller *speller = m_dictionaries->speller(code);
    if (!speller)
        return false; // still loading: looked at again once it is there
    const bool wrong = speller->isMisspelled(word);
    m_cache.insert(word, wrong);
    return wrong;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    Sonnet::Speller *speller = m_dictionaries->speller(dictionaryFor(word));
    return speller ? speller->suggest(word).mid(0, max) : QStringList();
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (Sonnet::Speller *speller = m_dictionaries->speller(dictionaryFor(word)))
        speller->addToPersonal(word);
    m_cache.clear();
    recheckAll();
}

void SpellChecker::ignoreWord(const QString &word)
{
    m_ignored.insert(word);
    m_cache.remove(word);
    recheckAll();
}

std::optional<SpellChecker::Word> SpellChecker::misspelledWordAt(long position) const
{
    const auto marked = [this](long pos) {
        return pos >= 0 && m_editor->SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicator::Spelling, pos) != 0;
    };
    if (!marked(position)) {
        if (!marked(position - 1))
            return std::nullopt;
        --position;
    }
    Word word;
    word.start = m_editor->SendScintilla(Sci::SCI_INDICATORSTART, EditorIndicator::Spelling, position);
    word.end = m_editor->SendScintilla(Sci::SCI_INDICATOREND, EditorIndicator::Spelling, position);
    QByteArray bytes(word.end - word.start + 1, '\0');
    m_editor->SendScintilla(Sci::SCI_GETTEXTRANGE, word.start, word.end, bytes.data());
    bytes.truncate(word.end - word.start);
    word.text = QString::fromUtf8(bytes);
    return word;
}

void SpellChecker::markDirty(long firstLine, long lastLine)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? firstLine : std::min(m_dirtyFirst, firstLine);
    m_dirtyLast = std::max(m_dirtyLast, lastLine);
    if (m_enabled)
        m_timer->start(kDebounceMs);
}

void SpellChecker::recheckAll()
{
    m_cache.clear();
    markDirty(0, m_editor->SendScintilla(Sci::SCI_GETLINECOUNT) - 1);
}

void SpellChecker::clearMarks()
{
    m_timer->stop();
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicator::Spelling);
    m_editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0, m_editor->SendScintilla(Sci::SCI_GETLENGTH));
}

void SpellChecker::checkNow()
{
    m_timer->stop();
    if (!m_enabled)
        return;
    const long lineCount = m_editor->SendScintilla(Sci::SCI_GETLINECOUNT);
    const long firstVisible = m_editor->SendScintilla(
        Sci::SCI_DOCLINEFROMVISIBLE, m_editor->SendScintilla(Sci::SCI_GETFIRSTVISIBLELINE));
    const long lastVisible = std::min(lineCount - 1, firstVisible + m_editor->SendScintilla(Sci::SCI_LINESONSCREEN) + 1);
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicator::Spelling);
    for (long line = firstVisible; line <= lastVisible; ++line)
        checkLine(line);
    if (m_dirtyFirst >= 0) {
        const long from = std::min(m_dirtyFirst, lineCount - 1);
        const long to = std::min({m_dirtyLast, lineCount - 1, from + kMaxLinesPerPass - 1});
        for (long line = from; line <= to; ++line) {
            if (line < firstVisible || line > lastVisible)
                checkLine(line);
        }
        m_dirtyFirst = to + 1;
        if (m_dirtyFirst > std::min(m_dirtyLast, lineCount - 1))
            m_dirtyFirst = m_dirtyLast = -1;
        else
            m_timer->start(0); // the rest in later passes, so typing never waits for it
    }
    Q_EMIT checked();
}

bool SpellChecker::isWordCandidate(const QString &line, qsizetype start, qsizetype end) const
{
    if (end - start < 2)
        return false;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = line[i];
        if (c.isDigit() || c == u'_' || c == u'.' || (i > start && c.isUpper()))
            return false;
    }
    // Part of a path, an address or an identifier-like token.
    const auto joined = [&line](qsizetype i) {
        if (i < 0 || i >= line.size())
            return false;
        const QChar c = line[i];
        return c == u'/' || c == u'\\' || c == u'@' || c == u'_' || c == u':' || c == u'.'
            || c == u'=' || c == u'$' || c == u'%' || c == u'#';
    };
    if (joined(end) && end + 1 < line.size() && !line[end + 1].isSpace() && line[end] != u'.')
        return false;
    if (joined(start - 1) && start >= 2 && !line[start - 2].isSpace())
        return false;
    if (end < line.size() && line[end] == u'.' && end + 1 < line.size() && line[end + 1].isLetterOrNumber())
        return false;
    return !(start > 0 && (line[start - 1] == u'@' || line[start - 1] == u'#' || line[start - 1] == u'$'));
}

void SpellChecker::checkLine(long line)
{
    const long lineStart = m_editor->SendScintilla(Sci::SCI_POSITIONFROMLINE, line);
    const long lineEnd = m_editor->SendScintilla(Sci::SCI_GETLINEENDPOSITION, line);
    if (m_editor->SendScintilla(Sci::SCI_GETENDSTYLED) < lineEnd)
        m_editor->SendScintilla(Sci::SCI_COLOURISE, m_editor->SendScintilla(Sci::SCI_GETENDSTYLED), lineEnd);
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicator::Spelling);
    m_editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, lineStart, lineEnd - lineStart);
    if (lineEnd <= lineStart)
        return;
    QByteArray bytes(lineEnd - lineStart + 1, '\0');
    m_editor->SendScintilla(Sci::SCI_GETTEXTRANGE, lineStart, lineEnd, bytes.data());
    bytes.truncate(lineEnd - lineStart);
    const Utf8Map map(bytes);
    const QString &text = map.text();

    const auto check = [&](qsizetype from, qsizetype to) {
        if (!isWordCandidate(text, from, to))
            return;
        const long byteFrom = lineStart + long(map.byteOffset(from));
        const long byteTo = lineStart + long(map.byteOffset(to));
        for (long b = byteFrom; b < byteTo; ++b) {
            if (!m_isCheckable(int(m_editor->SendScintilla(Sci::SCI_GETSTYLEAT, b))))
                return;
        }
        if (isMisspelled(text.sliced(from, to - from)))
            m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE, byteFrom, byteTo - byteFrom);
    };

    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype wordStart = -1;
    while (true) {
        const qsizetype p = finder.position();
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if (wordStart >= 0 && (reasons & QTextBoundaryFinder::EndOfItem)) {
            check(wordStart, p);
            wordStart = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            wordStart = p;
        if (finder.toNextBoundary() < 0)
            break;
    }
}

} // namespace lathe
