#include "lengthhistogram.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace lathe {

LengthHistogram::LengthHistogram(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LengthHistogram::setColumn(const ColumnOutliers &column, const QString &title)
{
    m_column = column;
    m_title = title;
    update();
}

void LengthHistogram::clear()
{
    m_column = {};
    m_title.clear();
    update();
}

void LengthHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QFontMetrics fm = fontMetrics();
    const QList<HistogramBin> &bins = m_column.histogram;
    if (bins.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No lengths to show"));
        return;
    }
    const QRect plot = rect().adjusted(12, fm.height() + 10, -12, -(fm.height() + 10));
    int highest = 1;
    for (const HistogramBin &b : bins)
        highest = std::max(highest, b.count);
    const double lo = bins.first().from;
    const double hi = bins.last().to;
    const auto xOf = [&](double length) { return plot.left() + (length - lo) / (hi - lo) * plot.width(); };

    const QColor normal = pal.color(QPalette::Highlight);
    const QColor outlier(0xd9, 0x5c, 0x2b);
    for (const HistogramBin &b : bins) {
        if (b.count == 0)
            continue;
        const double x0 = xOf(b.from);
        const double x1 = xOf(b.to);
        // A bar at least 2 px high so a single outlier stays visible beside a tall bin.
        const double h = std::max(2.0, double(b.count) / highest * plot.height());
        const bool outside = b.from < m_column.lower || b.to - 1 > m_column.upper;
        p.fillRect(QRectF(x0 + 0.5, plot.bottom() - h, std::max(1.0, x1 - x0 - 1.0), h), outside ? outlier : normal);
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    QPen fence(pal.color(QPalette::Text), 1, Qt::DashLine);
    p.setPen(fence);
    for (const double bound : {m_column.lower, m_column.upper}) {
        if (bound > lo && bound < hi) {
            const double x = xOf(bound);
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }
    const QLocale locale;
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignLeft,
               locale.toString(bins.first().from));
    p.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignRight,
               locale.toString(bins.last().to - 1));
    p.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignHCenter,
               tr("characters"));
    const QString header = tr("%1 — median %2, fences %3 to %4")
                               .arg(m_title, locale.toString(m_column.median, 'f', 0),
                                    locale.toString(std::max(0.0, m_column.lower), 'f', 0),
                                    locale.toString(m_column.upper, 'f', 0));
    p.drawText(QRect(plot.left(), 4, plot.width(), fm.height()), Qt::AlignLeft, header);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(plot.left(), 4, plot.width(), fm.height()), Qt::AlignRight,
               tr("highest bin %1").arg(locale.toString(highest)));
}

} // namespace lathe
