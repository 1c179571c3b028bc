#include "resultcolors.h"

namespace lathe::ResultColors {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor state(CellState s, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (s) {
    case CellState::Pass: return dark ? QColor(0x6c, 0xcb, 0x7a) : QColor(0x1b, 0x7f, 0x3b);
    case CellState::Fail: return dark ? QColor(0xf2, 0x7a, 0x7a) : QColor(0xc6, 0x28, 0x28);
    case CellState::Error: return dark ? QColor(0xf5, 0xb0, 0x4f) : QColor(0xb2, 0x5e, 0x00);
    case CellState::Answered: return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2b, 0x5c, 0xb8);
    case CellState::Pending: break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor tint(CellState s, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (s == CellState::Pending)
        return base;
    return blend(base, state(s, palette), isDark(palette) ? 0.28 : 0.16);
}

QColor best(const QPalette &palette)
{
    return state(CellState::Pass, palette);
}

} // namespace lathe::ResultColors
