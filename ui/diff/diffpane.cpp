#include "diffpane.h"

#include "diff/diffcolors.h"
#include "diff/diffresult.h"

#include <Qsci/qscilexer.h>

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace lathe {
namespace {

enum Margin { kBarMargin = 0, kNumberMargin = 1, kSymbolMargin = 2 };

constexpr int kBarMask = (1 << DiffPane::RemovedBar) | (1 << DiffPane::AddedBar)
                            | (1 << DiffPane::ChangedBar);

// Scintilla would end a line at "\r" and cut the text at NUL, and cannot encode lone
// surrogates: replace them by visible stand-ins of the same UTF-16 length, so word ranges keep
// their offsets.
QString displayText(QStringView line)
{
    QString out = line.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c == u'\r')
            out[i] = QChar(0x240D);
        else if (c == QChar(0))
            out[i] = QChar(0x2400);
        else if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

// UTF-8 length of text without lone surrogates (see displayText).
int utf8Length(QStringView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size()) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

QColor fromBgr(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

} // namespace

DiffPane::DiffPane(Side side, QWidget *parent)
    : QsciScintilla(parent)
    , m_side(side)
{
    setUtf8(true);
    setReadOnly(true);
    setWrapMode(WrapNone);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    setCaretLineVisible(false);
    // Both panes may scroll until their last line is at the top, whatever their heights, so
    // they can always show the same first line.
    SendScintilla(SCI_SETENDATLASTLINE, 0);
    // Scintilla moves the scroll bars with their signals blocked: the bars report user drags,
    // SCN_UPDATEUI (after the next paint) everything else; wheel and keys are checked at once.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DiffPane::checkScrolled);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &DiffPane::checkScrolled);
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & (SC_UPDATE_V_SCROLL | SC_UPDATE_H_SCROLL))
            checkScrolled();
    });

    markerDefine(Background, FillerMarker);
    markerDefine(Background, RemovedMarker);
    markerDefine(Background, AddedMarker);
    markerDefine(Background, ChangedMarker);
    markerDefine(FullRectangle, RemovedBar);
    markerDefine(FullRectangle, AddedBar);
    markerDefine(FullRectangle, ChangedBar);
    markerDefine(FullRectangle, CurrentHunkMarker);
    indicatorDefine(FullBoxIndicator, wordIndicator());
    setIndicatorDrawUnder(true, wordIndicator());
    SendScintilla(SCI_INDICSETALPHA, wordIndicator(), 255);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, wordIndicator(), 255);
    configureMargins();
    applyColors();
}

void DiffPane::configureMargins()
{
    setMargins(3);
    setMarginType(kBarMargin, SymbolMarginColor);
    setMarginWidth(kBarMargin, 3);
    setMarginMarkerMask(kBarMargin, 1 << CurrentHunkMarker);
    setMarginType(kNumberMargin, TextMarginRightJustified);
    setMarginMarkerMask(kNumberMargin, 0);
    setMarginWidth(kNumberMargin, QString(m_digits + 1, u'9'));
    setMarginType(kSymbolMargin, SymbolMarginDefaultBackgroundColor);
    setMarginMarkerMask(kSymbolMargin, kBarMask);
    setMarginWidth(kSymbolMargin, 4);
}

void DiffPane::setNumberDigits(int digits)
{
    m_digits = std::max(digits, 1);
    setMarginWidth(kNumberMargin, QString(m_digits + 1, u'9'));
}

void DiffPane::setDiffLexer(QsciLexer *lexer)
{
    setLexer(lexer);
    if (!lexer)
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    configureMargins();
    applyColors();
}

void DiffPane::applyColors()
{
    const QPalette pal = palette();
    if (!lexer()) {
        setPaper(pal.color(QPalette::Base));
        setColor(pal.color(QPalette::Text));
    }
    const QColor paper = fromBgr(SendScintilla(SCI_STYLEGETBACK, STYLE_DEFAULT));
    const DiffColors c = DiffColors::forPaper(paper, pal);
    const bool left = m_side == Side::Left;
    setMarginsBackgroundColor(paper);
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setMarginBackgroundColor(kBarMargin, paper);
    setMarkerBackgroundColor(c.filler, FillerMarker);
    setMarkerBackgroundColor(c.removedLine, RemovedMarker);
    setMarkerBackgroundColor(c.addedLine, AddedMarker);
    setMarkerBackgroundColor(left ? c.removedLine : c.addedLine, ChangedMarker);
    for (const auto &[marker, colour] : {std::pair{RemovedBar, c.removedMark}, std::pair{AddedBar, c.addedMark},
                                         std::pair{ChangedBar, c.changedMark}}) {
        setMarkerForegroundColor(colour, marker);
        setMarkerBackgroundColor(colour, marker);
    }
    setMarkerBackgroundColor(c.currentHunk, CurrentHunkMarker);
    setMarkerForegroundColor(c.currentHunk, CurrentHunkMarker);
    setIndicatorForegroundColor(left ? c.removedWord : c.addedWord, wordIndicator());
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setCaretForegroundColor(pal.color(QPalette::Text));
}

void DiffPane::showDiff(const DiffResult &diff)
{
    const bool left = m_side == Side::Left;
    const QList<DiffRow> &rows = diff.rows();
    QList<QString> lines;
    lines.reserve(rows.size());
    for (const DiffRow &row : rows) {
        const int line = left ? row.left : row.right;
        lines.append(line < 0 ? QString() : displayText(left ? diff.leftLine(line) : diff.rightLine(line)));
    }
    setReadOnly(false);
    setText(lines.join(u'\n'));
    setReadOnly(true);
    QByteArray widest;
    for (const QString &line : std::as_const(lines)) {
        if (line.size() * 3 > widest.size()) {
            QByteArray bytes = line.toUtf8();
            if (bytes.size() > widest.size())
                widest = std::move(bytes);
        }
    }
    m_contentWidth = int(SendScintilla(SCI_TEXTWIDTH, STYLE_DEFAULT, widest.constData())) + textHeight(0);
    markerDeleteAll();
    clearMarginText();
    SendScintilla(SCI_SETINDICATORCURRENT, wordIndicator());
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, SendScintilla(SCI_GETLENGTH));
    SendScintilla(SCI_SETINDICATORVALUE, 1);

    for (int i = 0; i < int(rows.size()); ++i) {
        const DiffRow &row = rows.at(i);
        const int line = left ? row.left : row.right;
        if (line < 0) {
            markerAdd(i, FillerMarker);
            continue;
        }
        setMarginText(i, QString::number(line + 1), STYLE_LINENUMBER);
        switch (row.kind) {
        case DiffRow::Kind::Equal:
            continue;
        case DiffRow::Kind::Removed:
            markerAdd(i, RemovedMarker);
            markerAdd(i, RemovedBar);
            continue;
        case DiffRow::Kind::Added:
            markerAdd(i, AddedMarker);
            markerAdd(i, AddedBar);
            continue;
        case DiffRow::Kind::Changed:
            markerAdd(i, ChangedMarker);
            markerAdd(i, ChangedBar);
            break;
        }
        const long start = SendScintilla(SCI_POSITIONFROMLINE, i);
        const QString &text = lines.at(i);
        for (const WordRange &r : left ? row.leftRanges : row.rightRanges) {
            const int from = utf8Length(QStringView(text).first(r.start));
            const int length = utf8Length(QStringView(text).sliced(r.start, r.length));
            SendScintilla(SCI_INDICATORFILLRANGE, start + from, length);
        }
    }
    setCursorPosition(0, 0);
    scrollTo(0, 0);
}

void DiffPane::markCurrentHunk(int firstRow, int rowCount)
{
    markerDeleteAll(CurrentHunkMarker);
    for (int i = firstRow; i < firstRow + rowCount; ++i)
        markerAdd(i, CurrentHunkMarker);
}

void DiffPane::setScrollWidth(int pixels)
{
    SendScintilla(SCI_SETSCROLLWIDTH, std::max(pixels, 1));
}

void DiffPane::scrollTo(int top, int x)
{
    setFirstVisibleLine(top);
    SendScintilla(SCI_SETXOFFSET, x);
    m_lastTop = firstVisibleLine();
    m_lastX = int(SendScintilla(SCI_GETXOFFSET));
}

void DiffPane::checkScrolled()
{
    const int top = firstVisibleLine();
    const int x = int(SendScintilla(SCI_GETXOFFSET));
    if (top == m_lastTop && x == m_lastX)
        return;
    m_lastTop = top;
    m_lastX = x;
    Q_EMIT viewScrolled();
}

void DiffPane::keyPressEvent(QKeyEvent *event)
{
    QsciScintilla::keyPressEvent(event);
    checkScrolled();
}

void DiffPane::wheelEvent(QWheelEvent *event)
{
    QsciScintilla::wheelEvent(event);
    checkScrolled();
}

void DiffPane::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

QString DiffPane::marginNumber(int line) const
{
    const auto l = static_cast<unsigned long>(line);
    const long length = SendScintilla(SCI_MARGINGETTEXT, l, static_cast<void *>(nullptr));
    QByteArray bytes(length + 1, '\0');
    SendScintilla(SCI_MARGINGETTEXT, l, static_cast<void *>(bytes.data()));
    bytes.truncate(length);
    return QString::fromUtf8(bytes);
}

} // namespace lathe
