#pragma once

#include <QString>

class QDateTimeAxis;
class QValueAxis;

namespace lathe {

// Axes with round ticks for the charts. Each returns a new axis for QChart::addAxis.
class ChartAxes final
{
public:
    // From `low` to `high`, widened to round numbers; printf-style label format.
    static QValueAxis *values(double low, double high, const QString &title, const char *format = "%g");
    // Whole numbers from 0 with a round step, for counts of cases.
    static QValueAxis *counts(qint64 maxCount, const QString &title);
    // 0% to 100% (values in percent).
    static QValueAxis *percent(const QString &title);
    // Over [minT, maxT] (ms since the epoch), ticks on whole days (whole hours for times within
    // a day), at most 8 of them, with room on both sides so no point sits on an edge.
    static QDateTimeAxis *time(qint64 minT, qint64 maxT, const QString &title);
};

} // namespace lathe
