#include "diffcolors.h"

#include <QPalette>

namespace lathe {
namespace {

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

} // namespace

DiffColors DiffColors::forPaper(const QColor &paper, const QPalette &palette)
{
    const bool dark = paper.lightnessF() < 0.5;
    const QColor red = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    const QColor green = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    const QColor blue = dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);

    DiffColors c;
    c.removedLine = blend(paper, red, dark ? 0.16 : 0.10);
    c.addedLine = blend(paper, green, dark ? 0.16 : 0.10);
    c.removedWord = blend(paper, red, dark ? 0.42 : 0.28);
    c.addedWord = blend(paper, green, dark ? 0.42 : 0.28);
    c.filler = blend(paper, palette.color(QPalette::Text), dark ? 0.07 : 0.05);
    c.removedMark = red;
    c.addedMark = green;
    c.changedMark = blue;
    c.currentHunk = palette.color(QPalette::Highlight);
    return c;
}

} // namespace lathe
