#include "chartaxes.h"

#include "charts/chartbuilder.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

QValueAxis *ChartAxes::values(double low, double high, const QString &title, const char *format)
{
    auto *axis = new QValueAxis;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QString::fromLatin1(format));
    axis->setTitleText(title);
    return axis;
}

QValueAxis *ChartAxes::counts(qint64 maxCount, const QString &title)
{
    const double step = std::max(1.0, ChartBuilder::niceStep(double(std::max<qint64>(1, maxCount)) / 5.0));
    const double top = std::max(step, std::ceil(double(maxCount) / step) * step);
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    return axis;
}

QDateTimeAxis *ChartAxes::time(qint64 minT, qint64 maxT, const QString &title)
{
    constexpr qint64 hour = 3600 * 1000;
    constexpr qint64 day = 24 * hour;
    const bool days = maxT - minT >= day;
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(minT);
    QDateTime start = days ? first.date().startOfDay() : QDateTime(first.date(), QTime(first.time().hour(), 0));
    if (start.toMSecsSinceEpoch() >= minT)
        start = days ? start.addDays(-1) : start.addSecs(-3600);
    const qint64 unit = days ? day : hour;
    qint64 units = (maxT - start.toMSecsSinceEpoch()) / unit + 1;
    const qint64 step = (units + 6) / 7;   // at most 8 ticks
    units = (units + step - 1) / step * step;
    auto *axis = new QDateTimeAxis;
    axis->setRange(start, days ? start.addDays(units) : start.addSecs(units * 3600));
    axis->setTickCount(int(units / step) + 1);
    axis->setFormat(days ? u"yyyy-MM-dd"_s : u"MMM d HH:mm"_s);
    axis->setTitleText(title);
    return axis;
}

QValueAxis *ChartAxes::percent(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%.0f%%"_s);
    axis->setTitleText(title);
    return axis;
}

} // namespace lathe
