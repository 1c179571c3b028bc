#pragma once

#include "datasetcolumn.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// One column's case for a dataset row.
struct ComparisonCell
{
    qint64 caseId = 0;                // 0 when the column has no case for the row (tag filter)
    bool answered = false;
    bool ok = false;
    QString output;
    QString error;
    std::optional<bool> pass;         // every pass/fail score passed; empty without a verdict
};

// Where one row of the comparison sits: a dataset position and repeat, and the dataset row.
struct ComparisonRowKey
{
    qint64 position = 0;
    int repeat = 0;
    qint64 rowId = 0;
};

// One dataset row (and repeat) of a run with the chosen columns' cases, in the order asked.
struct ComparisonRowRecord
{
    qint64 rowId = 0;
    qint64 position = 0;              // in the dataset version
    int repeat = 0;
    QJsonObject data;                 // column key -> value
    QList<ComparisonCell> cells;
};

// The reads of the side-by-side comparison: which rows a run has, and windows of them with the
// outputs of a few columns. Runs on the caller's thread and connection. SqlError propagates.
class ComparisonQuery final
{
public:
    explicit ComparisonQuery(Database &db);

    // The distinct (dataset position, repeat) pairs among the run's cases, by position then
    // repeat: one pass over the run's cases (24 bytes a row), so that windows need no OFFSET.
    QList<ComparisonRowKey> rowKeys(qint64 runId);
    // The rows of `keys` (consecutive entries of rowKeys()), each with one cell per entry of
    // `columnIds` (run_columns ids). Index range reads, bounded by the window.
    QList<ComparisonRowRecord> rows(qint64 runId, const QList<qint64> &columnIds, const QList<ComparisonRowKey> &keys);
    // The columns of the run's dataset version, in order.
    QList<DatasetColumn> datasetColumns(qint64 runId);

private:
    Database &m_db;
};

} // namespace lathe
