#pragma once

#include "diff/diffresult.h"

#include <QString>

namespace lathe {

// Line-by-line comparison of two texts, aligned for a side-by-side view.
//
// Lines end at "\n"; a "\r" right before it belongs to the terminator, so line texts never
// contain it. Lines compare with their terminators, exactly as `diff` does: "a\r\n" differs
// from "a\n", and a last line without newline differs from the same line with one.
//
// Between two runs of equal lines, the removed and added lines are paired by position. At
// Level::Words a pair becomes one Changed row (with word ranges) when the lines are similar
// (WordDiff similarity >= pairingThreshold(), or equal apart from the terminator); the other
// lines of the run become Removed rows followed by Added rows, so each side keeps its order.
// At Level::Lines every positional pair is a Changed row without word ranges.
class TextDiff final
{
public:
    enum class Level : quint8 { Lines, Words };

    static DiffResult compare(const QString &left, const QString &right, Level level = Level::Words);

    static constexpr double pairingThreshold() { return 0.4; }
};

} // namespace lathe
