#pragma once

#include <Qsci/qsciscintilla.h>

namespace lathe {

class DiffResult;

// One read-only side of a DiffView: shows every row of a DiffResult as one line, so both
// panes have the same line count and row N is line N on either side. Rows without a line on
// this side are empty filler lines; the number margin shows the real line numbers.
//
// Markers (SCI_MARKERGET bits): line backgrounds FillerMarker, RemovedMarker (left side),
// AddedMarker (right side) and ChangedMarker; red, green and blue bars RemovedBar, AddedBar and
// ChangedBar in the margin beside the text; CurrentHunkMarker, a bar at the far left, on the
// rows of the change navigated to. Changed words carry wordIndicator() (value 1) over their
// UTF-8 bytes.
class DiffPane final : public QsciScintilla
{
    Q_OBJECT
public:
    enum class Side : quint8 { Left, Right };
    enum Marker {
        FillerMarker = 0,
        RemovedMarker,
        AddedMarker,
        ChangedMarker,
        RemovedBar,
        AddedBar,
        ChangedBar,
        CurrentHunkMarker,
    };
    static constexpr int wordIndicator() { return INDIC_CONTAINER; }

    explicit DiffPane(Side side, QWidget *parent = nullptr);

    Side side() const { return m_side; }
    void showDiff(const DiffResult &diff);
    // Pixels of the number margin for numbers of `digits` digits (both panes use the larger).
    void setNumberDigits(int digits);
    // Plugs a lexer in (nullptr: plain text); the caller keeps ownership.
    void setDiffLexer(QsciLexer *lexer);
    // Moves the current-change bar to rows [firstRow, firstRow + rowCount); rowCount 0 clears.
    void markCurrentHunk(int firstRow, int rowCount);
    // Re-derives every colour from the palette and the paper; called on palette changes.
    void applyColors();

    // The real line number shown in the margin of display line `line` ("" for a filler).
    QString marginNumber(int line) const;

    // Width in pixels of the widest line shown (estimated from the longest in UTF-8 bytes).
    int contentWidth() const { return m_contentWidth; }
    // Sets the horizontal scroll range; both panes use the wider of their contents.
    void setScrollWidth(int pixels);

    // Scrolls to first visible line `top` and horizontal offset `x` without emitting
    // viewScrolled() for it.
    void scrollTo(int top, int x);

Q_SIGNALS:
    // The first visible line or the horizontal offset changed: by the scroll bars, the wheel,
    // the keyboard, or caret moves (reported after the next paint).
    void viewScrolled();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void configureMargins();
    void checkScrolled();

    Side m_side;
    int m_digits = 1;
    int m_contentWidth = 1;
    int m_lastTop = 0;
    int m_lastX = 0;
};

} // namespace lathe
