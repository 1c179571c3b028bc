#pragma once

#include <QColor>

class QPalette;

namespace lathe {

// The colours of a diff, derived from a paper (background) colour and a palette so that they
// read in light and dark themes alike: tinted line backgrounds, stronger word highlights, a
// muted filler, and saturated margin marks.
struct DiffColors
{
    QColor removedLine;
    QColor addedLine;
    QColor removedWord;
    QColor addedWord;
    QColor filler;
    QColor removedMark;
    QColor addedMark;
    QColor changedMark;
    QColor currentHunk;    // margin bar of the change navigation stopped at

    // `paper` is the editor background the tints are blended over (the palette's Base when no
    // lexer sets another one).
    static DiffColors forPaper(const QColor &paper, const QPalette &palette);
};

} // namespace lathe
