#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace lathe {

// A changed stretch inside one line: UTF-16 code-unit offset and length into the line's text
// (without its terminator).
struct WordRange
{
    int start = 0;
    int length = 0;

    friend bool operator==(const WordRange &, const WordRange &) = default;
};

// One row of the side-by-side view. Line indexes are 0-based; -1 is a filler (the line exists
// only on the other side). Equal and Changed rows have both lines, Removed rows only the left,
// Added rows only the right.
struct DiffRow
{
    enum class Kind : quint8 { Equal, Changed, Added, Removed };

    Kind kind = Kind::Equal;
    int left = -1;
    int right = -1;
    // Changed rows only: the changed words on each side, ascending and non-overlapping. A
    // Changed row whose ranges are both empty differs only in its line terminator (CRLF
    // against LF, or a missing newline at the end of the file).
    QList<WordRange> leftRanges;
    QList<WordRange> rightRanges;
};

// A maximal run of non-Equal rows: one stop of next/previous change navigation.
struct DiffHunk
{
    int firstRow = 0;
    int rowCount = 0;
    int leftStart = 0;     // first left line of the hunk, or the line it precedes when leftCount == 0
    int leftCount = 0;
    int rightStart = 0;
    int rightCount = 0;
};

struct DiffSummary
{
    int insertions = 0;    // right lines not equal to a left line ("+N"), as in a diffstat
    int deletions = 0;     // left lines not equal to a right line ("-M")
    int changedRows = 0;   // pairs shown as one modified line
    int addedRows = 0;
    int removedRows = 0;

    bool identical() const { return insertions == 0 && deletions == 0; }
};

// The comparison of two texts (see TextDiff). A value type: cheap to copy, keeps both texts
// (implicitly shared) so lines and the unified diff can be produced later.
class DiffResult final
{
public:
    const QList<DiffRow> &rows() const { return m_rows; }
    const QList<DiffHunk> &hunks() const { return m_hunks; }
    DiffSummary summary() const { return m_summary; }

    int leftLineCount() const { return int(m_leftLines.size()); }
    int rightLineCount() const { return int(m_rightLines.size()); }
    // A line's text without its terminator ("\n" or "\r\n").
    QStringView leftLine(int index) const;
    QStringView rightLine(int index) const;
    const QString &leftText() const { return m_left; }
    const QString &rightText() const { return m_right; }

    // The index in hunks() of the first hunk starting after `row` (or -1), and of the last hunk
    // starting before `row` (or -1). `row` may be -1 or rows().size().
    int nextHunk(int row) const;
    int previousHunk(int row) const;

    // The difference in `diff -u` format: "--- leftName", "+++ rightName", then hunks with
    // "@@ -a,b +c,d @@" headers and `context` unchanged lines around changes; lines keep their
    // own terminators and a last line without one is followed by "\ No newline at end of file".
    // Empty when the texts are identical.
    QString unifiedDiff(const QString &leftName, const QString &rightName, int context = 3) const;

    // Internal: where each line of a text starts, its length and its terminator's length (0 for
    // a last line without newline, 1 for "\n", 2 for "\r\n").
    struct LineSpan
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype eolLength = 0;
    };

private:
    friend class TextDiff;

    QString m_left;
    QString m_right;
    QList<LineSpan> m_leftLines;
    QList<LineSpan> m_rightLines;
    QList<DiffRow> m_rows;
    QList<DiffHunk> m_hunks;
    DiffSummary m_summary;
};

} // namespace lathe
