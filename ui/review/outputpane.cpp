#include "outputpane.h"

#include <Qsci/qsciscintilla.h>

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lathe {
namespace {

// Scintilla would end a line at "\r" and cut the text at NUL, and cannot encode lone
// surrogates: visible stand-ins of the same UTF-16 length keep every range's offsets.
QString displayText(const QString &text)
{
    QString out = text;
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

// UTF-8 byte offset of every UTF-16 index of `s` (size + 1 entries); the low half of a
// surrogate pair maps to the byte after the pair.
QList<int> utf8Offsets(const QString &s)
{
    QList<int> out(s.size() + 1, 0);
    int bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        out[i] = bytes;
        const char16_t c = s.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size()) {
            bytes += 4;
            out[++i] = bytes;
        } else
            bytes += 3;
    }
    out[s.size()] = bytes;
    return out;
}

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](double a, double b) { return float(a + (b - a) * amount); };
    return QColor::fromRgbF(mix(base.redF(), tint.redF()), mix(base.greenF(), tint.greenF()), mix(base.blueF(), tint.blueF()));
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightnessF() < 0.5;
}

QColor othersColor(const QPalette &p)
{
    const bool dark = isDark(p);
    return blend(p.color(QPalette::Base), dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda), dark ? 0.40 : 0.22);
}

QColor expectedColor(const QPalette &p)
{
    return isDark(p) ? QColor(0xf0, 0xa0, 0x40) : QColor(0xc2, 0x5e, 0x00);
}

} // namespace

OutputPane::OutputPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QsciScintilla(this))
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAutoFillBackground(true);
    m_title->setMargin(3);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setMargin(3);
    m_note->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_browser);

    m_editor->setUtf8(true);
    m_editor->setReadOnly(true);
    m_editor->setWrapMode(QsciScintilla::WrapWord);
    m_editor->setMarginWidth(0, 0);
    m_editor->setMarginWidth(1, 0);
    m_editor->setCaretLineVisible(false);
    m_editor->setFont(font());
    m_editor->indicatorDefine(QsciScintilla::FullBoxIndicator, othersIndicator());
    m_editor->setIndicatorDrawUnder(true, othersIndicator());
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICSETALPHA, othersIndicator(), 255);
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICSETOUTLINEALPHA, othersIndicator(), 255);
    m_editor->indicatorDefine(QsciScintilla::ThickCompositionIndicator, expectedIndicator());
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);

    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &OutputPane::reportScroll);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &OutputPane::reportScroll);
    // Scintilla moves its scroll bar with signals blocked; SCN_UPDATEUI reports wheel and keys.
    connect(m_editor, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & QsciScintillaBase::SC_UPDATE_V_SCROLL)
            reportScroll();
    });
    m_editor->viewport()->installEventFilter(this);
    m_browser->viewport()->installEventFilter(this);
    applyColors();
}

void OutputPane::setTitle(const QString &title)
{
    m_title->setText(title);
}

void OutputPane::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString OutputPane::note() const
{
    return m_note->text();
}

void OutputPane::setText(const QString &text)
{
    m_text = text;
    m_others.clear();
    m_expected.clear();
    m_editor->setText(displayText(text));
    m_renderedText = m_markdown;   // Markdown is rendered when it is shown
    if (m_markdown)
        m_browser->setMarkdown(text);
    applyDifferences();
    setScrollFraction(0.0);
}

void OutputPane::setMarkdown(bool on)
{
    if (on == m_markdown)
        return;
    const double fraction = scrollFraction();
    m_markdown = on;
    if (on && !m_renderedText) {
        m_browser->setMarkdown(m_text);
        m_renderedText = true;
    }
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_browser) : m_editor);
    m_others.clear();
    m_expected.clear();
    applyDifferences();
    setScrollFraction(fraction);
}

QString OutputPane::visibleText() const
{
    return m_markdown ? m_browser->document()->toPlainText() : m_text;
}

void OutputPane::setDifferences(const QList<WordRange> &others, const QList<WordRange> &expected)
{
    m_others = others;
    m_expected = expected;
    applyDifferences();
}

void OutputPane::applyDifferences()
{
    const long length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    for (const int indicator : {othersIndicator(), expectedIndicator()}) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
    }
    QList<QTextEdit::ExtraSelection> selections;
    if (m_markdown) {
        const QPalette pal = palette();
        const int size = m_browser->document()->characterCount();
        for (const auto &[ranges, others] : {std::pair{&m_others, true}, std::pair{&m_expected, false}}) {
            for (const WordRange &r : *ranges) {
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(m_browser->document());
                s.cursor.setPosition(std::min(r.start, size - 1));
                s.cursor.setPosition(std::min(r.start + r.length, size - 1), QTextCursor::KeepAnchor);
                if (others) {
                    s.format.setBackground(othersColor(pal));
                } else {
                    s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                    s.format.setUnderlineColor(expectedColor(pal));
                    s.format.setFontUnderline(true);
                }
                selections.append(s);
            }
        }
    } else {
        const QList<int> offsets = utf8Offsets(displayText(m_text));
        const int last = int(offsets.size()) - 1;
        for (const auto &[ranges, indicator] : {std::pair{&m_others, othersIndicator()}, std::pair{&m_expected, expectedIndicator()}}) {
            m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
            m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORVALUE, 1);
            for (const WordRange &r : *ranges) {
                const int from = offsets.at(std::clamp(r.start, 0, last));
                const int to = offsets.at(std::clamp(r.start + r.length, 0, last));
                if (to > from)
                    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, from, to - from);
            }
        }
    }
    m_browser->setExtraSelections(selections);
}

void OutputPane::setCurrent(bool current)
{
    m_current = current;
    QFont f = m_title->font();
    f.setBold(current);
    m_title->setFont(f);
    QPalette p = palette();
    if (current) {
        p.setColor(QPalette::Window, p.color(QPalette::Highlight));
        p.setColor(QPalette::WindowText, p.color(QPalette::HighlightedText));
    }
    m_title->setPalette(p);
}

double OutputPane::scrollFraction() const
{
    const QScrollBar *bar = m_markdown ? m_browser->verticalScrollBar() : m_editor->verticalScrollBar();
    const int top = currentTop();
    return bar->maximum() > 0 ? std::clamp(double(top) / double(bar->maximum()), 0.0, 1.0) : 0.0;
}

void OutputPane::setScrollFraction(double fraction)
{
    m_applyingScroll = true;
    QScrollBar *bar = m_markdown ? m_browser->verticalScrollBar() : m_editor->verticalScrollBar();
    const int target = int(std::lround(std::clamp(fraction, 0.0, 1.0) * bar->maximum()));
    if (m_markdown)
        bar->setValue(target);
    else
        m_editor->setFirstVisibleLine(target);
    m_lastTop = currentTop();
    m_applyingScroll = false;
}

int OutputPane::currentTop() const
{
    return m_markdown ? m_browser->verticalScrollBar()->value() : m_editor->firstVisibleLine();
}

void OutputPane::reportScroll()
{
    // Scintilla reports a move after the next paint, also for moves setScrollFraction() made:
    // only a top line other than the last one seen is news.
    const int top = currentTop();
    if (top == m_lastTop)
        return;
    m_lastTop = top;
    if (!m_applyingScroll)
        Q_EMIT scrolled(scrollFraction());
}

QList<QWidget *> OutputPane::focusWidgets() const
{
    return {m_editor, m_browser};
}

bool OutputPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && (watched == m_editor->viewport() || watched == m_browser->viewport()))
        Q_EMIT activated();
    return QWidget::eventFilter(watched, event);
}

void OutputPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColors();
        applyDifferences();
    }
}

void OutputPane::applyColors()
{
    const QPalette pal = palette();
    m_editor->setPaper(pal.color(QPalette::Base));
    m_editor->setColor(pal.color(QPalette::Text));
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setIndicatorForegroundColor(othersColor(pal), othersIndicator());
    m_editor->setIndicatorForegroundColor(expectedColor(pal), expectedIndicator());
    setCurrent(m_current);
}

} // namespace lathe
