#include "outlierdetector.h"

#include "workspace/datasetbatch.h"

#include <QJsonArray>

#include <cmath>

namespace lathe {

namespace {

// numpy.percentile's default (linear interpolation between closest ranks).
double quantile(const QList<int> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const double h = double(sorted.size() - 1) * p;
    const qsizetype lo = qsizetype(std::floor(h));
    const qsizetype hi = std::min<qsizetype>(lo + 1, sorted.size() - 1);
    return double(sorted.at(lo)) + (h - double(lo)) * double(sorted.at(hi) - sorted.at(lo));
}

} // namespace

ColumnOutliers OutlierDetector::analyse(const QList<int> &lengths, OutlierMethod method, double factor, int bins)
{
    ColumnOutliers c;
    c.lengths = lengths;
    QList<int> sorted;
    for (int l : lengths) {
        if (l >= 0)
            sorted.append(l);
    }
    if (sorted.isEmpty())
        return c;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0.0;
    for (int l : std::as_const(sorted))
        sum += l;
    c.mean = sum / double(sorted.size());
    double squares = 0.0;
    for (int l : std::as_const(sorted))
        squares += (l - c.mean) * (l - c.mean);
    c.stddev = std::sqrt(squares / double(sorted.size()));
    c.q1 = quantile(sorted, 0.25);
    c.median = quantile(sorted, 0.5);
    c.q3 = quantile(sorted, 0.75);
    if (method == OutlierMethod::Iqr) {
        const double iqr = c.q3 - c.q1;
        c.lower = c.q1 - factor * iqr;
        c.upper = c.q3 + factor * iqr;
    } else {
        c.lower = c.mean - factor * c.stddev;
        c.upper = c.mean + factor * c.stddev;
    }
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        if (lengths.at(i) < 0)
            continue;
        if (lengths.at(i) < c.lower)
            c.low.append(i);
        else if (lengths.at(i) > c.upper)
            c.high.append(i);
    }
    const int min = sorted.front();
    const int max = sorted.back();
    const int count = std::max(1, bins);
    const int width = std::max(1, int(std::ceil(double(max - min + 1) / double(count))));
    for (int from = min; from <= max; from += width)
        c.histogram.append({from, from + width, 0});
    for (int l : std::as_const(sorted))
        ++c.histogram[(l - min) / width].count;
    return c;
}

OutlierReport OutlierDetector::find(const CleaningData &data, const OutlierOptions &options,
                                    const std::atomic_bool *cancel)
{
    OutlierReport report;
    report.options = options;
    const QStringList keys = options.columnKeys.isEmpty() ? data.textColumnKeys() : options.columnKeys;
    QList<bool> flagged(data.rows.size(), false);
    for (const QString &key : keys) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        QList<int> lengths;
        lengths.reserve(data.rows.size());
        for (const DatasetRow &row : data.rows) {
            const QString text = CleaningData::cellText(row, key);
            lengths.append(text.isEmpty() ? -1
                                          : int(text.size() - std::count_if(text.cbegin(), text.cend(),
                                                                            [](QChar ch) { return ch.isLowSurrogate(); })));
        }
        ColumnOutliers c = analyse(lengths, options.method, options.factor, options.bins);
        c.columnKey = key;
        for (qsizetype i : std::as_const(c.low))
            flagged[i] = true;
        for (qsizetype i : std::as_const(c.high))
            flagged[i] = true;
        report.columns.append(std::move(c));
    }
    for (qsizetype i = 0; i < flagged.size(); ++i) {
        if (flagged.at(i))
            report.rows.append(i);
    }
    return report;
}

std::optional<DatasetEdit> OutlierDetector::apply(Database &db, const CleaningData &data, const OutlierReport &report,
                                                  const QList<qint64> &rowIds, WorkspaceError *error)
{
    DatasetBatch batch(db, data.datasetId, data.versionId);
    QJsonArray ids;
    for (qint64 id : rowIds) {
        batch.deleteRow(id);
        ids.append(id);
    }
    QJsonArray columns;
    for (const ColumnOutliers &c : report.columns)
        columns.append(QJsonObject{{QStringLiteral("column"), data.columnName(c.columnKey)},
                                   {QStringLiteral("lower"), c.lower},
                                   {QStringLiteral("upper"), c.upper},
                                   {QStringLiteral("too_short"), c.low.size()},
                                   {QStringLiteral("too_long"), c.high.size()}});
    const int n = int(batch.deleteCount());
    batch.setMessage(tr("Removed %n length outlier row(s)", nullptr, n));
    batch.setActivity(QStringLiteral("dataset.outliers"),
                      tr("Removed %n length outlier row(s) from “%1”", nullptr, n).arg(data.datasetName),
                      QJsonObject{{QStringLiteral("method"), report.options.method == OutlierMethod::Iqr
                                                                 ? QStringLiteral("iqr") : QStringLiteral("zscore")},
                                  {QStringLiteral("factor"), report.options.factor},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("removed"), n},
                                  {QStringLiteral("row_ids"), ids}});
    return batch.apply(error);
}

} // namespace lathe
