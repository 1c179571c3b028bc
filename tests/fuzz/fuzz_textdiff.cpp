// Fuzz target for TextDiff: the input is split at the first NUL byte into the left and right
// texts (without one, at the middle). Checks that the side-by-side rows list every line of
// each side exactly once and in order, that Equal rows hold equal lines, that word ranges stay
// inside their lines without splitting surrogate pairs, that hunks and summary agree with the
// rows, and that the unified diff with full context rebuilds both texts.
#include "diff/textdiff.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "textdiff invariant failed: %s\n", what);
        std::abort();
    }
}

void checkRanges(QStringView line, const QList<WordRange> &ranges)
{
    int end = 0;
    for (const WordRange &r : ranges) {
        check(r.length > 0 && r.start >= end && r.start + r.length <= line.size(), "range inside its line");
        check(!line.at(r.start).isLowSurrogate() || r.start == 0 || !line.at(r.start - 1).isHighSurrogate(),
              "range starts on a code point");
        const int last = r.start + r.length;
        check(last == line.size() || !line.at(last).isLowSurrogate() || !line.at(last - 1).isHighSurrogate(),
              "range ends on a code point");
        end = last;
    }
}

// Rebuilds one side from a unified diff with full context: ' ' and `keep` lines, with "\ No
// newline at end of file" removing the newline before it.
QString rebuild(const QString &unified, QChar keep)
{
    QString out;
    const QStringList lines = unified.split(u'\n');
    bool lastKept = false;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (l.isEmpty() || l.startsWith(u'@'))
            continue;
        if (l.at(0) == u'\\') {
            if (lastKept)
                out.chop(1);
            continue;
        }
        lastKept = l.at(0) == u' ' || l.at(0) == keep;
        if (lastKept)
            out += QStringView(l).sliced(1) + u'\n';
    }
    return out;
}

void checkDiff(const QString &left, const QString &right, TextDiff::Level level)
{
    const DiffResult d = TextDiff::compare(left, right, level);
    int nextLeft = 0;
    int nextRight = 0;
    int nonEqual = 0;
    DiffSummary counted;
    for (const DiffRow &row : d.rows()) {
        if (row.left >= 0)
            check(row.left == nextLeft++, "left lines in order, each once");
        if (row.right >= 0)
            check(row.right == nextRight++, "right lines in order, each once");
        switch (row.kind) {
        case DiffRow::Kind::Equal:
            check(row.left >= 0 && row.right >= 0, "equal rows have both lines");
            check(d.leftLine(row.left) == d.rightLine(row.right), "equal rows hold equal lines");
            break;
        case DiffRow::Kind::Changed:
            check(row.left >= 0 && row.right >= 0, "changed rows have both lines");
            checkRanges(d.leftLine(row.left), row.leftRanges);
            checkRanges(d.rightLine(row.right), row.rightRanges);
            ++counted.changedRows;
            break;
        case DiffRow::Kind::Added:
            check(row.left < 0 && row.right >= 0, "added rows have only a right line");
            ++counted.addedRows;
            break;
        case DiffRow::Kind::Removed:
            check(row.left >= 0 && row.right < 0, "removed rows have only a left line");
            ++counted.removedRows;
            break;
        }
        if (row.kind != DiffRow::Kind::Equal)
            ++nonEqual;
        if (row.kind != DiffRow::Kind::Changed)
            check(row.leftRanges.isEmpty() && row.rightRanges.isEmpty(), "ranges only on changed rows");
    }
    check(nextLeft == d.leftLineCount() && nextRight == d.rightLineCount(), "every line has a row");

    int hunkRows = 0;
    for (const DiffHunk &h : d.hunks()) {
        for (int r = h.firstRow; r < h.firstRow + h.rowCount; ++r)
            check(d.rows().at(r).kind != DiffRow::Kind::Equal, "hunks hold changes only");
        check(h.firstRow == 0 || d.rows().at(h.firstRow - 1).kind == DiffRow::Kind::Equal, "hunks are maximal");
        hunkRows += h.rowCount;
        counted.insertions += h.rightCount;
        counted.deletions += h.leftCount;
    }
    check(hunkRows == nonEqual, "hunks cover every change");
    const DiffSummary s = d.summary();
    check(s.insertions == counted.insertions && s.deletions == counted.deletions
              && s.changedRows == counted.changedRows && s.addedRows == counted.addedRows
              && s.removedRows == counted.removedRows,
          "summary agrees with rows and hunks");
    check(s.insertions == counted.changedRows + counted.addedRows, "insertions count right lines");

    const QString full = d.unifiedDiff(QStringLiteral("l"), QStringLiteral("r"), 1000000);
    check(full.isEmpty() == s.identical(), "unified diff empty only when identical");
    if (!full.isEmpty()) {
        check(rebuild(full, u'-') == left, "unified diff rebuilds the left text");
        check(rebuild(full, u'+') == right, "unified diff rebuilds the right text");
    }
    const QString compact = d.unifiedDiff(QStringLiteral("l"), QStringLiteral("r"), 0);
    int plus = 0;
    int minus = 0;
    const QStringList lines = compact.split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        plus += lines.at(i).startsWith(u'+');
        minus += lines.at(i).startsWith(u'-');
    }
    check(plus == s.insertions && minus == s.deletions, "unified diff +/- lines match the summary");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype split = bytes.indexOf('\0');
    const qsizetype skip = split < 0 ? 0 : 1;
    if (split < 0)
        split = bytes.size() / 2;
    const QString left = QString::fromUtf8(bytes.first(split));
    const QString right = QString::fromUtf8(bytes.sliced(split + skip));
    checkDiff(left, right, TextDiff::Level::Words);
    checkDiff(left, right, TextDiff::Level::Lines);
    return 0;
}
