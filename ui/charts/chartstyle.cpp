#include "chartstyle.h"

#include <QChart>
#include <QLocale>

namespace lathe {

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartStyle::series(qsizetype index, const QPalette &palette)
{
    static const QRgb okabeIto[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0xf0e442};
    const auto n = qsizetype(std::size(okabeIto)) + 1;
    const qsizetype i = index % n;
    return i < n - 1 ? QColor::fromRgb(okabeIto[i]) : palette.color(QPalette::WindowText);
}

QColor ChartStyle::ink(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->setAnimationOptions(QChart::NoAnimation);
}

QString ChartStyle::milliseconds(double ms)
{
    const QLocale locale;
    if (ms >= 10000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 1));
    if (ms >= 1000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 2));
    return tr("%1 ms").arg(locale.toString(qRound(ms)));
}

QString ChartStyle::number(double value)
{
    return QLocale().toString(value, 'g', value >= 1000 || value <= -1000 ? 7 : 4);
}

QString ChartStyle::percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace lathe
