#pragma once

#include "cleaningdata.h"

#include "workspace/dataseteditor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lathe {

class Database;

enum class OutlierMethod {
    Iqr,      // outside [Q1 - f*IQR, Q3 + f*IQR] (Tukey's fences; f = 1.5 by default)
    ZScore,   // |length - mean| > f * standard deviation (f = 3 by default)
};

struct OutlierOptions
{
    QStringList columnKeys;          // empty = the text columns
    OutlierMethod method = OutlierMethod::Iqr;
    double factor = 1.5;
    int bins = 20;                   // histogram bins per column (at most)
};

// Lengths [from, to) in code points, and how many cells fall in it.
struct HistogramBin
{
    int from = 0;
    int to = 0;
    int count = 0;
};

struct ColumnOutliers
{
    QString columnKey;
    QList<int> lengths;              // per row, code points; -1 for an empty or absent cell,
                                     // which is left out of the statistics (not an outlier)
    double mean = 0.0;
    double stddev = 0.0;             // population
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;                 // quartiles by linear interpolation (numpy's default)
    double lower = 0.0;              // a length below `lower` or above `upper` is an outlier
    double upper = 0.0;
    QList<qsizetype> low;            // row indexes of the too-short cells, dataset order
    QList<qsizetype> high;           // and of the too-long ones
    QList<HistogramBin> histogram;   // covers [min, max] with equal integer widths
};

struct OutlierReport
{
    OutlierOptions options;
    QList<ColumnOutliers> columns;
    QList<qsizetype> rows;           // every row that is an outlier in some column, ascending
};

// Length outliers per text column, with the histogram a preview draws. Only cells with text
// are measured: a mostly empty column (optional notes) does not make every note an outlier.
// apply() deletes the chosen rows as one new dataset version and logs 'dataset.outliers'.
class OutlierDetector final
{
    Q_DECLARE_TR_FUNCTIONS(OutlierDetector)
public:
    static OutlierReport find(const CleaningData &data, const OutlierOptions &options,
                              const std::atomic_bool *cancel = nullptr);
    // Statistics of one list of lengths, negative ones ignored (the histogram has at most
    // `bins` bins).
    static ColumnOutliers analyse(const QList<int> &lengths, OutlierMethod method, double factor, int bins);

    static std::optional<DatasetEdit> apply(Database &db, const CleaningData &data, const OutlierReport &report,
                                            const QList<qint64> &rowIds, WorkspaceError *error = nullptr);
};

} // namespace lathe
