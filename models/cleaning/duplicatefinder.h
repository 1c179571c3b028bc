#pragma once

#include "cleaningdata.h"
#include "textnormalizer.h"

#include "workspace/dataseteditor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lathe {

class Database;

struct DuplicateOptions
{
    QStringList columnKeys;          // compared columns; empty = every column
    TextNormalization normalization;
};

// Rows whose compared cells are equal after normalisation, in dataset order. The first row
// is the one kept by default; the others are the proposed removals.
struct DuplicateGroup
{
    QList<qsizetype> rows;           // indexes into CleaningData::rows, ascending
};

struct DuplicateReport
{
    QStringList columnKeys;          // the columns actually compared
    TextNormalization normalization;
    QList<DuplicateGroup> groups;    // ordered by their first row

    // Every row but the first of each group, as dataset_rows ids in dataset order.
    QList<qint64> defaultRemovals(const CleaningData &data) const;
    qsizetype duplicateRowCount() const;
};

// Exact duplicates on chosen columns. Pure computation on a CleaningData (preview); apply()
// deletes the chosen rows as one new dataset version and logs 'dataset.dedup'.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    // Empty report when `cancel` is raised.
    static DuplicateReport find(const CleaningData &data, const DuplicateOptions &options,
                                const std::atomic_bool *cancel = nullptr);

    // The comparison key of one row: its normalised compared cells joined by U+001F.
    static QString rowKey(const CleaningData &data, qsizetype row, const QStringList &columnKeys,
                          const TextNormalization &normalization);

    // Deletes `rowIds` (a subset of the report's removals the user kept ticked).
    static std::optional<DatasetEdit> apply(Database &db, const CleaningData &data, const DuplicateReport &report,
                                            const QList<qint64> &rowIds, WorkspaceError *error = nullptr);
};

} // namespace lathe
