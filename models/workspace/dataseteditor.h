#pragma once

#include "datasetcolumn.h"
#include "workspaceerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lathe {

class Database;

// What an edit did, for the caller to follow the data it changed.
struct DatasetEdit
{
    qint64 versionId = 0;       // the head version that now holds the edit
    int versionNumber = 0;
    bool createdVersion = false; // the head was frozen, so this edit started a new version
    qint64 rowId = 0;           // the row edited or added; differs from the id passed in when
                                // the row was shared and had to be copied
    QString columnKey;          // the column added or changed
};

// Edits one dataset. Every edit applies to the dataset's head version and is one transaction.
//
// Copy-on-write contract: a frozen version (one a run references) never changes. The first
// edit after the head was frozen creates version head+1 that shares every row record of its
// parent (membership is copied, row records are not). A row record is rewritten in place only
// while the head is the sole holder of it and no run case references it; otherwise the edit
// copies it first and the head points at the copy. A column key is unique among all versions
// of its dataset that hold it; deleting a column from the head removes its values from the rows
// the head alone holds, so a deleted column's values never reappear under a new column.
//
// Rows are addressed by dataset_rows.id as seen in the head version; columns by key.
class DatasetEditor final
{
public:
    DatasetEditor(Database &db, qint64 datasetId) : m_db(db), m_datasetId(datasetId) {}

    // An undefined value removes the key from the row (shown as empty); null stores null.
    std::optional<DatasetEdit> setCell(qint64 rowId, const QString &columnKey, const QJsonValue &value,
                                       WorkspaceError *error = nullptr);
    // Appends a row; `data` is keyed by column key.
    std::optional<DatasetEdit> addRow(const QJsonObject &data, const QStringList &tags = {},
                                      WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> deleteRows(const QList<qint64> &rowIds, WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> setRowTags(qint64 rowId, const QStringList &tags,
                                          WorkspaceError *error = nullptr);

    std::optional<DatasetEdit> addColumn(const QString &name, ColumnRole role, ColumnType type,
                                         WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> renameColumn(const QString &key, const QString &newName,
                                            WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> deleteColumn(const QString &key, WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> setColumnRole(const QString &key, ColumnRole role,
                                             WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> setColumnType(const QString &key, ColumnType type,
                                             WorkspaceError *error = nullptr);

private:
    // Runs `body` in one transaction on a writable head; rolls back on any failure.
    std::optional<DatasetEdit> edit(WorkspaceError *error, const std::function<void(DatasetEdit &)> &body);
    void makeHeadWritable(DatasetEdit &edit);
    // Returns the id of a row record the head alone holds, copying the row if needed.
    qint64 ownRow(const DatasetEdit &edit, qint64 rowId);
    void requireColumn(const DatasetEdit &edit, const QString &key);
    void requireFreeName(const DatasetEdit &edit, const QString &name, const QString &exceptKey);
    QString nextColumnKey();

    Database &m_db;
    qint64 m_datasetId;
};

} // namespace lathe
