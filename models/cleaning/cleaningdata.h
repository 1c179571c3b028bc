#pragma once

#include "workspace/datasetcolumn.h"
#include "workspace/datasetstore.h"
#include "workspace/workspaceerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lathe {

class Database;

// An in-memory copy of a dataset's head version, read once by a cleaning tool: every tool
// previews from it and builds its DatasetBatch against `versionId`, so an apply never touches
// data the preview did not see. Value type; safe to hand to another thread.
struct CleaningData
{
    qint64 datasetId = 0;
    QString datasetName;
    qint64 versionId = 0;
    int versionNumber = 0;
    QList<DatasetColumn> columns;   // position order
    QList<DatasetRow> rows;         // version order

    // Reads the head version on the caller's connection. Returns nullopt with *error set when
    // the dataset does not exist or SQLite fails, and nullopt without error when `cancel` was
    // raised while reading.
    static std::optional<CleaningData> load(Database &db, qint64 datasetId, WorkspaceError *error = nullptr,
                                            const std::atomic_bool *cancel = nullptr);

    // A cell as text: strings as they are, other JSON values as compact JSON, absent = "".
    static QString cellText(const DatasetRow &row, const QString &columnKey);

    const DatasetColumn *column(const QString &key) const;
    QString columnName(const QString &key) const;
    // Keys of the columns a text tool looks at by default: text columns that are not ignored.
    QStringList textColumnKeys() const;
    QStringList allColumnKeys() const;
    // Resolves column names (as the user sees them) to keys; unknown names go to *unknown.
    QStringList keysForNames(const QStringList &names, QStringList *unknown) const;
    // Index of the row with that id, or -1.
    qsizetype indexOfRow(qint64 rowId) const;
};

} // namespace lathe
