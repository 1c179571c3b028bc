#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace lathe {

// Text as the preview tables show it: one line, cut to a length, with highlight spans
// ({start, length} pairs, flattened) kept in step.
class PreviewText final
{
public:
    // Line breaks become ⏎ and tabs →, one code unit each, so offsets do not move; text
    // beyond `maxLength` is cut and ends with …; spans are clipped to what remains.
    static QString oneLine(QStringView text, qsizetype maxLength = 240, QList<int> *spans = nullptr);
    // The span of `a` that differs from `b` after their common prefix and suffix; empty when equal.
    static QList<int> differingSpan(QStringView a, QStringView b);
};

} // namespace lathe
