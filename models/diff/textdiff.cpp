#include "textdiff.h"

#include "diff/sequencediff.h"
#include "diff/worddiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace lathe {
namespace {

using LineSpan = DiffResult::LineSpan;

QList<LineSpan> splitLines(QStringView text)
{
    QList<LineSpan> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0) {
            lines.append({start, text.size() - start, 0});
            break;
        }
        const bool crlf = nl > start && text.at(nl - 1) == u'\r';
        lines.append({start, nl - start - (crlf ? 1 : 0), crlf ? 2 : 1});
        start = nl + 1;
    }
    return lines;
}

QStringView withTerminator(const QString &text, const LineSpan &s)
{
    return QStringView(text).sliced(s.start, s.length + s.eolLength);
}

// Builds the rows, hunks and summary from the change marks of each side.
class RowBuilder
{
public:
    RowBuilder(TextDiff::Level level, const QList<LineSpan> &leftLines, const QList<LineSpan> &rightLines,
               const QString &left, const QString &right, QList<DiffRow> &rows)
        : m_level(level), m_leftLines(leftLines), m_rightLines(rightLines), m_left(left), m_right(right),
          m_rows(rows)
    {}

    void addBlock(int leftStart, int leftCount, int rightStart, int rightCount)
    {
        const int paired = std::min(leftCount, rightCount);
        for (int k = 0; k < paired; ++k) {
            DiffRow row{DiffRow::Kind::Changed, leftStart + k, rightStart + k, {}, {}};
            if (pair(row)) {
                flush();
                m_rows.append(row);
            } else {
                m_pendingLeft.append(leftStart + k);
                m_pendingRight.append(rightStart + k);
            }
        }
        for (int l = leftStart + paired; l < leftStart + leftCount; ++l)
            m_pendingLeft.append(l);
        for (int r = rightStart + paired; r < rightStart + rightCount; ++r)
            m_pendingRight.append(r);
        flush();
    }

private:
    // Fills the word ranges of a positional pair; false when the lines are too different to
    // be shown as one changed line.
    bool pair(DiffRow &row) const
    {
        if (m_level == TextDiff::Level::Lines)
            return true;
        const LineSpan &ls = m_leftLines.at(row.left);
        const LineSpan &rs = m_rightLines.at(row.right);
        const QStringView l = QStringView(m_left).sliced(ls.start, ls.length);
        const QStringView r = QStringView(m_right).sliced(rs.start, rs.length);
        if (l == r)
            return true;   // only the terminators differ
        WordDiff::Result words = WordDiff::compare(l, r);
        if (words.similarity < TextDiff::pairingThreshold())
            return false;
        row.leftRanges = std::move(words.left);
        row.rightRanges = std::move(words.right);
        return true;
    }

    void flush()
    {
        for (int l : std::as_const(m_pendingLeft))
            m_rows.append({DiffRow::Kind::Removed, l, -1, {}, {}});
        for (int r : std::as_const(m_pendingRight))
            m_rows.append({DiffRow::Kind::Added, -1, r, {}, {}});
        m_pendingLeft.clear();
        m_pendingRight.clear();
    }

    TextDiff::Level m_level;
    const QList<LineSpan> &m_leftLines;
    const QList<LineSpan> &m_rightLines;
    const QString &m_left;
    const QString &m_right;
    QList<DiffRow> &m_rows;
    QList<int> m_pendingLeft;
    QList<int> m_pendingRight;
};

} // namespace

DiffResult TextDiff::compare(const QString &left, const QString &right, Level level)
{
    DiffResult result;
    result.m_left = left;
    result.m_right = right;
    result.m_leftLines = splitLines(left);
    result.m_rightLines = splitLines(right);
    const int leftCount = result.leftLineCount();
    const int rightCount = result.rightLineCount();

    QHash<QStringView, int> ids;
    ids.reserve(leftCount + rightCount);
    const auto intern = [&ids](const QString &text, const QList<LineSpan> &lines) {
        std::vector<int> symbols;
        symbols.reserve(std::size_t(lines.size()));
        for (const LineSpan &s : lines) {
            const QStringView line = withTerminator(text, s);
            auto it = ids.constFind(line);
            if (it == ids.cend())
                it = ids.insert(line, int(ids.size()));
            symbols.push_back(it.value());
        }
        return symbols;
    };
    const std::vector<int> a = intern(left, result.m_leftLines);
    const std::vector<int> b = intern(right, result.m_rightLines);
    std::vector<std::uint8_t> changedA, changedB;
    SequenceDiff::markChanges(a, b, int(ids.size()), changedA, changedB);

    QList<DiffRow> &rows = result.m_rows;
    rows.reserve(std::max(leftCount, rightCount));
    RowBuilder builder(level, result.m_leftLines, result.m_rightLines, left, right, rows);
    DiffSummary &summary = result.m_summary;
    int i = 0;
    int j = 0;
    while (i < leftCount || j < rightCount) {
        if (i < leftCount && j < rightCount && !changedA[std::size_t(i)] && !changedB[std::size_t(j)]) {
            rows.append({DiffRow::Kind::Equal, i++, j++, {}, {}});
            continue;
        }
        const int i0 = i;
        const int j0 = j;
        while (i < leftCount && changedA[std::size_t(i)])
            ++i;
        while (j < rightCount && changedB[std::size_t(j)])
            ++j;
        if (i == i0 && j == j0) {
            // Unreachable with consistent marks (unmarked lines pair up); never loop forever.
            Q_ASSERT(false);
            i = leftCount;
            j = rightCount;
        }
        const int firstRow = int(rows.size());
        builder.addBlock(i0, i - i0, j0, j - j0);
        result.m_hunks.append({firstRow, int(rows.size()) - firstRow, i0, i - i0, j0, j - j0});
        summary.deletions += i - i0;
        summary.insertions += j - j0;
    }
    for (const DiffRow &row : std::as_const(rows)) {
        switch (row.kind) {
        case DiffRow::Kind::Equal: break;
        case DiffRow::Kind::Changed: ++summary.changedRows; break;
        case DiffRow::Kind::Added: ++summary.addedRows; break;
        case DiffRow::Kind::Removed: ++summary.removedRows; break;
        }
    }
    return result;
}

} // namespace lathe
