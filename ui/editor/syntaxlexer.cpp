#include "syntaxlexer.h"

#include "foldlevels.h"
#include "utf8map.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <bit>

namespace lathe {

using namespace KSyntaxHighlighting;
using Sci = QsciScintillaBase;

namespace {

constexpr int kUnknown = 0; // line state: never highlighted, or highlighting forgotten
constexpr int kDirty = -1;  // line state: lines were inserted or removed here
constexpr int kStyleCount = 256;

bool isPredefined(int style)
{
    return style >= Sci::STYLE_DEFAULT && style <= Sci::STYLE_LASTPREDEFINED;
}

QList<Format> allFormats(const Definition &def)
{
    QList<Format> formats = def.formats();
    for (const Definition &included : def.includedDefinitions())
        formats += included.formats();
    return formats;
}

} // namespace

size_t qHash(const SyntaxLexer::LineEnd &key, size_t seed)
{
    return qHashMulti(seed, key.state, key.regionDepth, key.headings);
}

SyntaxLexer::SyntaxLexer(QObject *parent)
    : QsciLexerCustom(parent)
    , m_baseFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
    , m_styles(kStyleCount)
{
    rebuildStyles();
}

SyntaxLexer::~SyntaxLexer() = default;

const char *SyntaxLexer::language() const
{
    return "KSyntaxHighlighting";
}

QString SyntaxLexer::description(int style) const
{
    if (style == Sci::STYLE_DEFAULT)
        return QStringLiteral("Default");
    if (style < 0 || style >= kStyleCount)
        return {};
    return m_styles.at(style).name;
}

QColor SyntaxLexer::color(int style) const
{
    if (style < 0 || style >= kStyleCount || m_styles.at(style).name.isEmpty())
        return m_styles.at(0).fore;
    return m_styles.at(style).fore;
}

QColor SyntaxLexer::paper(int style) const
{
    if (style < 0 || style >= kStyleCount || m_styles.at(style).name.isEmpty())
        return m_styles.at(0).back;
    return m_styles.at(style).back;
}

QFont SyntaxLexer::font(int style) const
{
    QFont f = m_baseFont;
    if (style >= 0 && style < kStyleCount && !isPredefined(style)) {
        const StyleInfo &info = m_styles.at(style);
        f.setBold(info.bold);
        f.setItalic(info.italic);
        f.setUnderline(info.underline);
    }
    return f;
}

bool SyntaxLexer::eolFill(int) const
{
    return false;
}

void SyntaxLexer::setEditor(QsciScintilla *newEditor)
{
    if (editor())
        disconnect(editor(), &QsciScintillaBase::SCN_MODIFIED, this, nullptr);
    QsciLexerCustom::setEditor(newEditor);
    if (newEditor) {
        connect(newEditor, &QsciScintillaBase::SCN_MODIFIED, this,
                [this](int position, int type, const char *, int, int linesAdded) {
                    handleModified(position, type, linesAdded);
                });
    }
}

void SyntaxLexer::setDefinition(const Definition &def)
{
    AbstractHighlighter::setDefinition(def);
    rebuildStyles();
    restyleAll();
}

void SyntaxLexer::setTheme(const Theme &newTheme)
{
    AbstractHighlighter::setTheme(newTheme);
    refreshStyleColors(); // style numbers stay: the document's style bytes remain valid
}

void SyntaxLexer::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    pushStyles();
}

int SyntaxLexer::styleForFormat(const QString &name) const
{
    for (int style = 1; style < kStyleCount; ++style) {
        if (!isPredefined(style) && m_styles.at(style).name == name)
            return style;
    }
    return -1;
}

bool SyntaxLexer::isSpellCheckable(int style) const
{
    return style >= 0 && style < kStyleCount && !m_noSpell.test(size_t(style));
}

void SyntaxLexer::restyleAll()
{
    if (!editor())
        return;
    const long lines = send(Sci::SCI_GETLINECOUNT);
    for (long line = 0; line < lines; ++line)
        send(Sci::SCI_SETLINESTATE, line, kUnknown);
    send(Sci::SCI_CLEARDOCUMENTSTYLE);
    editor()->viewport()->update();
}

long SyntaxLexer::send(unsigned int msg, unsigned long wParam, long lParam) const
{
    return editor() ? editor()->SendScintilla(msg, wParam, lParam) : 0;
}

SyntaxLexer::StyleInfo SyntaxLexer::styleInfoFor(const Format &format) const
{
    const Theme t = theme();
    StyleInfo info;
    info.name = format.name();
    info.fore = format.hasTextColor(t) ? format.textColor(t) : m_styles.at(0).fore;
    info.back = format.hasBackgroundColor(t) ? format.backgroundColor(t) : m_styles.at(0).back;
    info.bold = format.isBold(t);
    info.italic = format.isItalic(t);
    info.underline = format.isUnderline(t);
    info.spellCheck = format.spellCheck();
    // Template tags sit on a faint wash of the theme's preprocessor colour so they stand out
    // from the prose around them as whole units (Lathe's own definition names them so).
    if (!format.hasBackgroundColor(t) && info.name.startsWith(u"Template ")
        && info.name != u"Template Comment") {
        const QColor accent = QColor::fromRgba(t.textColor(Theme::Preprocessor));
        const qreal a = info.back.lightness() < 128 ? 0.16 : 0.09;
        info.back = QColor::fromRgbF(info.back.redF() * (1 - a) + accent.redF() * a,
                                     info.back.greenF() * (1 - a) + accent.greenF() * a,
                                     info.back.blueF() * (1 - a) + accent.blueF() * a);
    }
    return info;
}

int SyntaxLexer::styleFor(const Format &format)
{
    if (!format.isValid())
        return 0;
    if (const auto it = m_formatStyles.constFind(format.id()); it != m_formatStyles.cend())
        return *it;
    int style = 1;
    while (style < kStyleCount && (isPredefined(style) || !m_styles.at(style).name.isEmpty()))
        ++style;
    if (style >= kStyleCount)
        return 0; // more formats than Scintilla styles: fall back to plain text
    m_styles[style] = styleInfoFor(format);
    m_noSpell.set(size_t(style), !m_styles.at(style).spellCheck);
    m_formatStyles.insert(format.id(), style);
    m_formats.insert(style, format);
    if (editor()) {
        Q_EMIT colorChanged(color(style), style);
        Q_EMIT paperChanged(paper(style), style);
        Q_EMIT fontChanged(font(style), style);
        Q_EMIT eolFillChanged(false, style);
    }
    return style;
}

SyntaxLexer::StyleInfo SyntaxLexer::plainStyle() const
{
    const Theme t = theme();
    const QPalette palette = QGuiApplication::palette();
    StyleInfo plain;
    plain.name = QStringLiteral("Text");
    plain.fore = t.isValid() ? QColor::fromRgba(t.textColor(Theme::Normal)) : palette.text().color();
    plain.back = t.isValid() ? QColor::fromRgba(t.editorColor(Theme::BackgroundColor))
                             : palette.base().color();
    return plain;
}

void SyntaxLexer::refreshStyleColors()
{
    m_styles[0] = plainStyle();
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it)
        m_styles[it.key()] = styleInfoFor(it.value());
    pushStyles();
}

void SyntaxLexer::rebuildStyles()
{
    m_styles = QList<StyleInfo>(kStyleCount);
    m_styles[0] = plainStyle();
    m_formatStyles.clear();
    m_formats.clear();
    m_noSpell.reset();
    const Definition def = definition();
    if (def.isValid()) {
        for (const Format &format : allFormats(def))
            styleFor(format);
    }
    m_headingStyle = styleForFormat(QStringLiteral("Heading"));
    m_indentFolding = def.isValid() && def.indentationBasedFoldingEnabled();
    refreshStyleColors();
}

void SyntaxLexer::pushStyles()
{
    if (!editor())
        return;
    for (int style = 0; style < kStyleCount; ++style) {
        if (style != Sci::STYLE_DEFAULT && description(style).isEmpty())
            continue;
        Q_EMIT colorChanged(color(style), style);
        Q_EMIT paperChanged(paper(style), style);
        Q_EMIT fontChanged(font(style), style);
        Q_EMIT eolFillChanged(false, style);
    }
    editor()->viewport()->update();
}

int SyntaxLexer::intern(const LineEnd &info)
{
    if (const auto it = m_lineEndIds.constFind(info); it != m_lineEndIds.cend())
        return *it;
    m_lineEnds.append(info);
    const int id = int(m_lineEnds.size());
    m_lineEndIds.insert(info, id);
    return id;
}

SyntaxLexer::LineEnd SyntaxLexer::lineEndBefore(int line) const
{
    if (line <= 0)
        return {};
    const long id = send(Sci::SCI_GETLINESTATE, line - 1);
    if (id < 1 || id > m_lineEnds.size())
        return {};
    return m_lineEnds.at(id - 1);
}

void SyntaxLexer::styleText(int start, int end)
{
    if (!editor())
        return;
    if (!definition().isValid()) {
        startStyling(start);
        setStyling(end - start, 0);
        return;
    }
    const long lineCount = send(Sci::SCI_GETLINECOUNT);
    long line = send(Sci::SCI_LINEFROMPOSITION, start);
    const long lastLine = send(Sci::SCI_LINEFROMPOSITION, std::max(start, end - 1));
    LineEnd info = lineEndBefore(int(line));
    for (; line < lineCount; ++line) {
        const long old = send(Sci::SCI_GETLINESTATE, line);
        info = highlightOneLine(int(line), info);
        const int id = intern(info);
        if (id != old)
            send(Sci::SCI_SETLINESTATE, line, id);
        // Past the requested range, continue only while the end state changed.
        if (line >= lastLine && (old == id || old == kUnknown))
            break;
    }
}

SyntaxLexer::LineEnd SyntaxLexer::highlightOneLine(int line, const LineEnd &start)
{
    const long lineStart = send(Sci::SCI_POSITIONFROMLINE, line);
    const long lineEnd = send(Sci::SCI_GETLINEENDPOSITION, line);
    const long next = line + 1 < send(Sci::SCI_GETLINECOUNT)
        ? send(Sci::SCI_POSITIONFROMLINE, line + 1)
        : send(Sci::SCI_GETLENGTH);
    QByteArray bytes(lineEnd - lineStart + 1, '\0');
    if (lineEnd > lineStart)
        editor()->SendScintilla(Sci::SCI_GETTEXTRANGE, lineStart, lineEnd, bytes.data());
    bytes.truncate(lineEnd - lineStart);

    const Utf8Map map(bytes);
    m_map = &map;
    m_lineStyles = QByteArray(next - lineStart, '\0');
    m_depth = start.regionDepth;
    LineEnd end;
    end.state = highlightLine(map.text(), start.state);
    m_map = nullptr;
    end.regionDepth = m_depth;

    int headingLevel = 0;
    if (m_headingStyle > 0 && !m_lineStyles.isEmpty()
        && static_cast<unsigned char>(m_lineStyles.at(0)) == m_headingStyle) {
        while (headingLevel < 6 && headingLevel < bytes.size() && bytes.at(headingLevel) == '#')
            ++headingLevel;
    }
    end.headings = start.headings;
    if (headingLevel > 0) {
        const unsigned bit = 1u << (headingLevel - 1);
        end.headings = (start.headings & (bit - 1)) | bit;
    }

    send(Sci::SCI_STARTSTYLING, lineStart);
    editor()->SendScintilla(Sci::SCI_SETSTYLINGEX, uintptr_t(m_lineStyles.size()),
                            m_lineStyles.constData());
    if (m_indentFolding)
        FoldLevels::setByIndentation(editor(), line, start.regionDepth);
    else
        setFoldLevels(line, start, end, headingLevel);
    return end;
}

void SyntaxLexer::applyFormat(int offset, int length, const Format &format)
{
    if (!m_map || length <= 0)
        return;
    const char style = char(styleFor(format));
    const qsizetype from = std::min(m_map->byteOffset(offset), m_lineStyles.size());
    const qsizetype to = std::min(m_map->byteOffset(offset + length), m_lineStyles.size());
    std::fill(m_lineStyles.begin() + from, m_lineStyles.begin() + to, style);
}

void SyntaxLexer::applyFolding(int, int, FoldingRegion region)
{
    if (region.type() == FoldingRegion::Begin)
        ++m_depth;
    else if (region.type() == FoldingRegion::End && m_depth > 0)
        --m_depth;
}

void SyntaxLexer::setFoldLevels(int line, const LineEnd &start, const LineEnd &end, int headingLevel)
{
    // A heading closes the sections of its own and deeper levels before opening its own.
    unsigned open = start.headings;
    if (headingLevel > 0)
        open &= (1u << (headingLevel - 1)) - 1;
    FoldLevels::setStructural(editor(), line, std::popcount(open) + start.regionDepth,
                              std::popcount(end.headings) + end.regionDepth);
}

void SyntaxLexer::handleModified(int position, int type, int linesAdded)
{
    if (linesAdded == 0 || !(type & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)))
        return;
    // Scintilla copies or drops line states when lines come and go, so the stored end state
    // of the lines around the change no longer describes them: force styling past them.
    const long lineCount = send(Sci::SCI_GETLINECOUNT);
    const long first = send(Sci::SCI_LINEFROMPOSITION, position);
    const long last = std::min<long>(first + std::max(linesAdded, 0) + 1, lineCount - 1);
    for (long line = first; line <= last; ++line)
        send(Sci::SCI_SETLINESTATE, line, kDirty);
}

} // namespace lathe
