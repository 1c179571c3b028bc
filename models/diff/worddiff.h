#pragma once

#include "diff/diffresult.h"

#include <QList>
#include <QStringView>

namespace lathe {

// Word-level comparison of two lines, for the intra-line highlights of Changed rows.
class WordDiff final
{
public:
    struct Result
    {
        QList<WordRange> left;    // changed stretches of the left line (UTF-16 offsets)
        QList<WordRange> right;
        // 2 x (length of the common non-blank words) / (length of all non-blank words on both
        // sides), in [0, 1]; 1 when neither side has a non-blank word.
        double similarity = 0.0;
    };

    // Words: runs of letters and digits (with their combining marks), runs of whitespace, and
    // every other character on its own, a whole grapheme cluster (so an emoji with its
    // modifiers, or a surrogate pair, is never split). The views point into `line`.
    static QList<QStringView> tokenize(QStringView line);

    // The changed words of each side; ranges separated only by whitespace on one side are
    // merged on that side. Lines of more than maxTokens() words fall back to one range
    // between the common prefix and suffix.
    static Result compare(QStringView left, QStringView right);

    static constexpr int maxTokens() { return 10000; }
};

} // namespace lathe
