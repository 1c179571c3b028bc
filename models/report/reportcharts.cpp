#include "reportcharts.h"

#include "charts/chartbuilder.h"

#include <algorithm>
#include <cmath>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr double kLeft = 56;
constexpr double kTop = 28;
constexpr double kRight = 16;
const QString kAxis = u"#555555"_s;
const QString kGrid = u"#dddddd"_s;
const QString kMuted = u"#666666"_s;

// The label cut to about `width` units of 11-unit text, with an ellipsis.
QString fit(const QString &text, double width, double fontSize = 11)
{
    const auto chars = qsizetype(std::max(3.0, width / (fontSize * 0.6)));
    return text.size() <= chars ? text : text.left(chars - 1) + QChar(0x2026);
}

double niceStep(double raw)
{
    return ChartBuilder::niceStep(raw);
}

void emptyMessage(ChartScene &scene, const QString &message)
{
    scene.height = 80;
    scene.rect(QRectF(0.5, 0.5, scene.width - 1, scene.height - 1), u"#fafafa"_s, {}, kGrid);
    scene.text(QPointF(scene.width / 2, 44), message, ChartScene::Anchor::Middle, 13, kMuted);
}

} // namespace

QString ReportCharts::colour(qsizetype index)
{
    static const QString palette[] = {u"#0072b2"_s, u"#e69f00"_s, u"#009e73"_s, u"#cc79a7"_s,
                                      u"#56b4e9"_s, u"#d55e00"_s, u"#f0e442"_s, u"#000000"_s};
    return palette[index % std::size(palette)];
}

QString ReportCharts::milliseconds(double ms)
{
    if (ms >= 10000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 1);
    if (ms >= 1000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 2);
    return u"%1 ms"_s.arg(qRound(ms));
}

ChartScene ReportCharts::passRates(const ReportData &data)
{
    ChartScene scene;
    const auto n = data.columns.size();
    scene.width = std::clamp(kLeft + kRight + 150.0 * double(n), 360.0, 720.0);
    scene.height = 300;
    scene.title = u"Pass rate per column with 95% Wilson interval"_s;
    bool any = false;
    for (const ReportColumn &c : data.columns)
        any = any || c.stats.judged > 0;
    if (!any) {
        emptyMessage(scene, u"No pass/fail verdicts: the run has no pass/fail scores and no errors."_s);
        return scene;
    }
    const double bottom = 52;
    const double plotW = scene.width - kLeft - kRight;
    const double plotH = scene.height - kTop - bottom;
    const double baseY = kTop + plotH;
    for (int pct = 0; pct <= 100; pct += 25) {
        const double y = baseY - plotH * pct / 100.0;
        scene.line(QLineF(kLeft, y, kLeft + plotW, y), pct == 0 ? kAxis : kGrid);
        scene.text(QPointF(kLeft - 6, y + 4), u"%1%"_s.arg(pct), ChartScene::Anchor::End, 11, kMuted);
    }
    scene.text(QPointF(kLeft, 16), u"Pass rate (95% interval)"_s, ChartScene::Anchor::Start, 12, {}, true);
    const double slot = plotW / double(n);
    const double barW = std::min(64.0, slot * 0.5);
    for (qsizetype i = 0; i < n; ++i) {
        const ReportColumnStats &s = data.columns[i].stats;
        const double cx = kLeft + slot * (double(i) + 0.5);
        scene.text(QPointF(cx, baseY + 18), fit(data.columns[i].label, slot - 8), ChartScene::Anchor::Middle, 11);
        if (!s.passRate) {
            scene.text(QPointF(cx, baseY - 8), u"no verdict"_s, ChartScene::Anchor::Middle, 11, kMuted);
            continue;
        }
        const double rate = *s.passRate;
        const QString tip = data.columns[i].label
            + u": %1 of %2 passed (%3%), 95% interval %4-%5%"_s.arg(QString::number(s.passed), QString::number(s.judged),
                                                                  QString::number(rate * 100, 'f', 1),
                                                                  QString::number(s.passLow * 100, 'f', 1),
                                                                  QString::number(s.passHigh * 100, 'f', 1));
        scene.rect(QRectF(cx - barW / 2, baseY - plotH * rate, barW, plotH * rate), colour(i), tip);
        const double yLow = baseY - plotH * s.passLow;
        const double yHigh = baseY - plotH * s.passHigh;
        scene.line(QLineF(cx, yLow, cx, yHigh), u"#222222"_s, 1.5);
        scene.line(QLineF(cx - barW * 0.2, yLow, cx + barW * 0.2, yLow), u"#222222"_s, 1.5);
        scene.line(QLineF(cx - barW * 0.2, yHigh, cx + barW * 0.2, yHigh), u"#222222"_s, 1.5);
        scene.text(QPointF(cx + barW * 0.2 + 4, yHigh + 4), u"%1%"_s.arg(qRound(rate * 100)),
                   ChartScene::Anchor::Start, 11, {}, true);
        scene.text(QPointF(cx, baseY + 34), u"%1/%2 passed"_s.arg(s.passed).arg(s.judged), ChartScene::Anchor::Middle,
                   10, kMuted);
    }
    return scene;
}

ChartScene ReportCharts::latency(const ReportData &data)
{
    ChartScene scene;
    scene.width = 720;
    scene.title = u"Latency distribution per column (answered, not cached)"_s;
    double maxLatency = 0;
    for (const ReportColumn &c : data.columns) {
        if (!c.stats.latencies.isEmpty())
            maxLatency = std::max(maxLatency, c.stats.latencies.constLast());
    }
    if (maxLatency <= 0) {
        emptyMessage(scene, u"No latency measurements (no answered, uncached results)."_s);
        return scene;
    }
    const auto n = data.columns.size();
    const double legendH = 18.0 * double(n) + 8;
    scene.height = 250 + legendH;
    const double bottom = 40;
    const double top = kTop + legendH;
    const double plotW = scene.width - kLeft - kRight - 24;   // room for the last axis label
    const double plotH = scene.height - top - bottom;
    const double baseY = top + plotH;

    // Shared bins: about 12 of a round width, the same as the application's latency chart
    // (ChartBuilder), so both show the same distribution.
    const Bins shared = ChartBuilder::bins(0, maxLatency, 12);
    const double binW = shared.width;
    const int bins = shared.count;
    QList<QList<qint64>> counts(n, QList<qint64>(bins, 0));
    qint64 maxCount = 1;
    for (qsizetype c = 0; c < n; ++c) {
        for (double v : data.columns[c].stats.latencies)
            maxCount = std::max(maxCount, ++counts[c][shared.indexOf(v)]);
    }
    const double countStep = std::max(1.0, niceStep(double(maxCount) / 4.0));   // whole cases
    const double countTop = std::ceil(double(maxCount) / countStep) * countStep;

    scene.text(QPointF(kLeft, 16), u"Latency (cases per bin)"_s, ChartScene::Anchor::Start, 12, {}, true);
    for (qsizetype c = 0; c < n; ++c) {
        const ReportColumnStats &s = data.columns[c].stats;
        const double y = kTop + 18.0 * double(c);
        scene.rect(QRectF(kLeft, y, 12, 12), colour(c));
        const QString figures = s.latencyMs.count > 0
            ? u"  median %1, p90 %2 (n=%3)"_s.arg(milliseconds(s.latencyMs.p50), milliseconds(s.latencyMs.p90))
                  .arg(s.latencyMs.count)
            : u"  no measurements"_s;
        scene.text(QPointF(kLeft + 18, y + 10), fit(data.columns[c].label, 300) + figures, ChartScene::Anchor::Start, 11);
    }
    for (double v = 0; v <= countTop + 1e-9; v += countStep) {
        const double y = baseY - plotH * v / countTop;
        scene.line(QLineF(kLeft, y, kLeft + plotW, y), v == 0 ? kAxis : kGrid);
        scene.text(QPointF(kLeft - 6, y + 4), QString::number(qint64(v)), ChartScene::Anchor::End, 11, kMuted);
    }
    const double binPx = plotW / double(bins);
    const double barW = binPx * 0.8 / double(n);
    for (int b = 0; b < bins; ++b) {
        const double x0 = kLeft + binPx * b;
        for (qsizetype c = 0; c < n; ++c) {
            const qint64 k = counts[c][b];
            if (k == 0)
                continue;
            const double h = plotH * double(k) / countTop;
            const QString tip = data.columns[c].label
                + u": %1 cases from %2 to %3"_s.arg(QString::number(k), milliseconds(binW * b), milliseconds(binW * (b + 1)));
            scene.rect(QRectF(x0 + binPx * 0.1 + barW * double(c), baseY - h, barW, h), colour(c), tip);
        }
    }
    const int labelEvery = std::max(1, int(std::ceil(70.0 / binPx)));
    for (int b = 0; b <= bins; b += labelEvery) {
        const double x = kLeft + binPx * b;
        scene.line(QLineF(x, baseY, x, baseY + 4), kAxis);
        scene.text(QPointF(x, baseY + 17), milliseconds(binW * b), ChartScene::Anchor::Middle, 11, kMuted);
    }
    scene.text(QPointF(kLeft + plotW / 2, baseY + 34), u"latency"_s, ChartScene::Anchor::Middle, 11, kMuted);
    return scene;
}

} // namespace lathe
