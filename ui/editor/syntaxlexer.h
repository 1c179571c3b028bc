#pragma once

#include <Qsci/qscilexercustom.h>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QFont>
#include <QHash>
#include <QList>

#include <bitset>

namespace lathe {

class Utf8Map;

// A QScintilla lexer driven by a KSyntaxHighlighting definition and theme.
//
// Each document line stores, in Scintilla's per-line state (SCI_SETLINESTATE, which moves with
// inserted and deleted lines), an id for what highlighting needs at the start of the next
// line: the KSyntaxHighlighting::State, the folding-region depth and the open Markdown heading
// levels. styleText() highlights whole lines and, past the requested end, keeps going while a
// line's new end state differs from the one stored before, so an edit that opens or closes a
// multi-line construct restyles everything it affects.
//
// Scintilla positions are UTF-8 bytes, KSyntaxHighlighting offsets UTF-16 units: each line is
// decoded with Utf8Map and formats are written back to the bytes they cover.
//
// Styles: 0 is unformatted text; every Format gets its own style number (from 1, skipping
// Scintilla's predefined 32..39) whose colours, paper and font come from the Theme.
// Fold levels come from folding regions, from Markdown headings (a "Heading" format at column
// 0 opens a section closed by the next heading of the same or a higher level) and, for
// indentation-sensitive definitions such as YAML, from indentation.
class SyntaxLexer final : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    explicit SyntaxLexer(QObject *parent = nullptr);
    ~SyntaxLexer() override;

    // QsciLexer
    const char *language() const override;
    QString description(int style) const override;
    QColor color(int style) const override;
    QColor paper(int style) const override;
    QFont font(int style) const override;
    bool eolFill(int style) const override;
    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;

    // AbstractHighlighter: both re-apply styles to the attached editor.
    void setDefinition(const KSyntaxHighlighting::Definition &def) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // Font every style derives from (bold/italic/underline come from the formats).
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_baseFont; }

    // Style number used for the format `name` of the current definition (or one it includes),
    // -1 when there is none.
    int styleForFormat(const QString &name) const;
    // False for styles whose format disables spell checking (template tags, code, URLs...).
    bool isSpellCheckable(int style) const;

    // Forgets all highlighting and restyles the document lazily (what is shown first).
    void restyleAll();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    struct LineEnd
    {
        KSyntaxHighlighting::State state;
        int regionDepth = 0;
        unsigned headings = 0; // bit n-1 set: a level-n heading section is open
        bool operator==(const LineEnd &o) const
        {
            return state == o.state && regionDepth == o.regionDepth && headings == o.headings;
        }
    };
    friend size_t qHash(const LineEnd &key, size_t seed);

    struct StyleInfo
    {
        QString name;
        QColor fore;
        QColor back;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool spellCheck = true;
    };

    long send(unsigned int msg, unsigned long wParam = 0, long lParam = 0) const;
    int styleFor(const KSyntaxHighlighting::Format &format);
    StyleInfo plainStyle() const;
    StyleInfo styleInfoFor(const KSyntaxHighlighting::Format &format) const;
    void rebuildStyles();
    void refreshStyleColors();
    void pushStyles();
    int intern(const LineEnd &info);
    LineEnd lineEndBefore(int line) const;
    LineEnd highlightOneLine(int line, const LineEnd &start);
    void setFoldLevels(int line, const LineEnd &start, const LineEnd &end, int headingLevel);
    void handleModified(int position, int type, int linesAdded);

    QFont m_baseFont;
    QList<StyleInfo> m_styles;       // index = style number; empty name = unused
    QHash<int, int> m_formatStyles;  // Format::id() -> style number
    QHash<int, KSyntaxHighlighting::Format> m_formats; // style number -> Format
    std::bitset<256> m_noSpell;
    QList<LineEnd> m_lineEnds;       // line state id - 1 -> LineEnd
    QHash<LineEnd, int> m_lineEndIds;
    int m_headingStyle = -1;
    bool m_indentFolding = false;

    // Per-line scratch, valid during highlightOneLine().
    const Utf8Map *m_map = nullptr;
    QByteArray m_lineStyles;
    int m_depth = 0;
};

} // namespace lathe
