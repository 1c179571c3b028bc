#include "diffresult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {
namespace {

// "start,count" in unified-diff convention: 1-based, ",1" omitted, and for an empty range the
// number of the line before it followed by ",0".
QString rangeText(int start, int count)
{
    if (count == 0)
        return QString::number(start) + u",0"_s;
    if (count == 1)
        return QString::number(start + 1);
    return QString::number(start + 1) + u',' + QString::number(count);
}

void appendLine(QString &out, QChar prefix, const QString &text, const DiffResult::LineSpan &span)
{
    out += prefix;
    out += QStringView(text).sliced(span.start, span.length + span.eolLength);
    if (span.eolLength == 0)
        out += u"\n\\ No newline at end of file\n"_s;
}

} // namespace

QStringView DiffResult::leftLine(int index) const
{
    const LineSpan &s = m_leftLines.at(index);
    return QStringView(m_left).sliced(s.start, s.length);
}

QStringView DiffResult::rightLine(int index) const
{
    const LineSpan &s = m_rightLines.at(index);
    return QStringView(m_right).sliced(s.start, s.length);
}

int DiffResult::nextHunk(int row) const
{
    const auto it = std::upper_bound(m_hunks.cbegin(), m_hunks.cend(), row,
                                     [](int r, const DiffHunk &h) { return r < h.firstRow; });
    return it == m_hunks.cend() ? -1 : int(it - m_hunks.cbegin());
}

int DiffResult::previousHunk(int row) const
{
    const auto it = std::lower_bound(m_hunks.cbegin(), m_hunks.cend(), row,
                                     [](const DiffHunk &h, int r) { return h.firstRow < r; });
    return it == m_hunks.cbegin() ? -1 : int(it - m_hunks.cbegin()) - 1;
}

QString DiffResult::unifiedDiff(const QString &leftName, const QString &rightName, int context) const
{
    if (m_hunks.isEmpty())
        return {};
    context = std::max(context, 0);
    QString out = u"--- "_s + leftName + u"\n+++ "_s + rightName + u'\n';

    // Change blocks closer than 2 * context unchanged lines share one output hunk.
    qsizetype first = 0;
    while (first < m_hunks.size()) {
        qsizetype last = first;
        while (last + 1 < m_hunks.size()) {
            const DiffHunk &a = m_hunks.at(last);
            const DiffHunk &b = m_hunks.at(last + 1);
            if (b.leftStart - (a.leftStart + a.leftCount) > 2 * qint64(context))
                break;
            ++last;
        }
        const DiffHunk &h0 = m_hunks.at(first);
        const DiffHunk &h1 = m_hunks.at(last);
        const int before = std::min(context, h0.leftStart);
        const int leftBegin = h0.leftStart - before;
        const int rightBegin = h0.rightStart - before;
        const int after = std::min(context, leftLineCount() - (h1.leftStart + h1.leftCount));
        const int leftEnd = h1.leftStart + h1.leftCount + after;
        const int rightEnd = h1.rightStart + h1.rightCount + after;

        out += u"@@ -"_s + rangeText(leftBegin, leftEnd - leftBegin) + u" +"_s
               + rangeText(rightBegin, rightEnd - rightBegin) + u" @@\n"_s;
        int cursor = leftBegin;
        for (qsizetype i = first; i <= last; ++i) {
            const DiffHunk &h = m_hunks.at(i);
            for (; cursor < h.leftStart; ++cursor)
                appendLine(out, u' ', m_left, m_leftLines.at(cursor));
            for (int l = h.leftStart; l < h.leftStart + h.leftCount; ++l)
                appendLine(out, u'-', m_left, m_leftLines.at(l));
            for (int r = h.rightStart; r < h.rightStart + h.rightCount; ++r)
                appendLine(out, u'+', m_right, m_rightLines.at(r));
            cursor = h.leftStart + h.leftCount;
        }
        for (; cursor < leftEnd; ++cursor)
            appendLine(out, u' ', m_left, m_leftLines.at(cursor));
        first = last + 1;
    }
    return out;
}

} // namespace lathe
