#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QChart;

namespace lathe {

// Colours and theme of the charts, taken from a palette so they follow the application's light
// or dark theme (a theme change is a palette change, see ThemeManager).
class ChartStyle final
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)
public:
    // The palette's window is darker than mid grey.
    static bool isDark(const QPalette &palette);
    // The colour of series `index`: Okabe-Ito (distinguishable with colour blindness, as the
    // HTML report's charts); the palette's text colour instead of black.
    static QColor series(qsizetype index, const QPalette &palette);
    // Error bars, whiskers and other ink drawn over series.
    static QColor ink(const QPalette &palette);

    // Applies the Qt Charts light or dark theme, then the palette's window as background so the
    // chart sits in the page. Call before adding series: a theme re-colours existing ones.
    static void apply(QChart *chart, const QPalette &palette);

    // "850 ms", "1.25 s", "12.5 s"
    static QString milliseconds(double ms);
    // A score with up to three decimals and no trailing zeros: "0.9", "12.5", "1".
    static QString number(double value);
    // "80.0%"
    static QString percent(double fraction);
};

} // namespace lathe
