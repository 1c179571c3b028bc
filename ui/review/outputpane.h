#pragma once

#include "diff/diffresult.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QsciScintilla;

namespace lathe {

// One output of the side-by-side comparison: a title line, the text (plain in a read-only,
// word-wrapped QScintilla editor, or rendered Markdown in a QTextBrowser), and two kinds of
// word highlights over what visibleText() shows: boxes where it differs from the other output
// it is compared with (othersIndicator()), thick underlines where it differs from the expected
// answer (expectedIndicator()). Ranges are UTF-16 offsets into visibleText().
//
// Scrolling is reported and applied as a fraction of the scrollable range, so panes whose texts
// wrap to different heights stay at the same relative place.
class OutputPane final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int othersIndicator() { return 8; }     // INDIC_CONTAINER
    static constexpr int expectedIndicator() { return 9; }

    explicit OutputPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // A second line under the title (the verdict, rating and comment); hidden when empty.
    void setNote(const QString &note);
    QString note() const;
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setMarkdown(bool on);
    bool isMarkdown() const { return m_markdown; }
    // What the reader sees: the text itself, or the rendered document's plain text.
    QString visibleText() const;
    void setDifferences(const QList<WordRange> &others, const QList<WordRange> &expected);
    // Marks the output keyboard votes (rating, comment) apply to.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    double scrollFraction() const;
    void setScrollFraction(double fraction);

    QsciScintilla *editor() const { return m_editor; }
    QTextBrowser *browser() const { return m_browser; }
    // Widgets that take key presses (for a key filter).
    QList<QWidget *> focusWidgets() const;

Q_SIGNALS:
    void scrolled(double fraction);
    // The user clicked into the pane.
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColors();
    void applyDifferences();
    void reportScroll();
    int currentTop() const;   // first visible line (plain) or scroll bar value (Markdown)

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QsciScintilla *m_editor = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_text;
    QList<WordRange> m_others;
    QList<WordRange> m_expected;
    bool m_markdown = false;
    bool m_renderedText = false;   // the browser shows m_text
    bool m_current = false;
    bool m_applyingScroll = false;
    int m_lastTop = 0;
};

} // namespace lathe
