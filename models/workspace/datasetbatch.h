#pragma once

#include "dataseteditor.h"
#include "workspaceerror.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// A batch of row deletions and cell changes applied to a dataset as ONE new version, in one
// transaction, together with the activity row that records it. Cleaning tools build one from
// their preview and apply it; going back to the version before (restoreVersion) is the undo.
//
// Contract:
//  - apply() always creates version head+1 whose parent is the head (frozen or not), so the
//    version before the batch is kept exactly as it was. Rows it leaves unchanged are shared;
//    a changed row is copied first when another version or a run case holds it.
//  - The batch is built against `baseVersionId` (the version its preview read). apply() refuses
//    (WorkspaceError::Database, "preview again") when the head is no longer that version, so a
//    stale preview never edits data it did not see.
//  - Rows are addressed by dataset_rows.id as seen in the base version; an id not in it makes
//    apply() fail and roll back. Deleting a row discards the cell changes queued for it.
//  - An empty batch (nothing to delete or change) is refused; nothing is written.
class DatasetBatch final
{
public:
    DatasetBatch(Database &db, qint64 datasetId, qint64 baseVersionId)
        : m_db(db), m_datasetId(datasetId), m_baseVersionId(baseVersionId)
    {
    }

    void deleteRow(qint64 rowId) { m_deletes.insert(rowId); }
    // An undefined value removes the key from the row, as DatasetEditor::setCell does.
    void setCell(qint64 rowId, const QString &columnKey, const QJsonValue &value);

    // The version's message, e.g. "Removed 12 duplicate rows".
    void setMessage(const QString &message) { m_message = message; }
    // The activity row written in the same transaction; `details` gets "dataset",
    // "from_version" and "version" added.
    void setActivity(const QString &kind, const QString &summary, const QJsonObject &details = {});

    qsizetype deleteCount() const { return m_deletes.size(); }
    qsizetype changeCount() const;
    bool isEmpty() const { return m_deletes.isEmpty() && changeCount() == 0; }

    std::optional<DatasetEdit> apply(WorkspaceError *error = nullptr);

    // Makes version `number` the content of a new head (head+1, parent = the old head): the
    // undo of a batch. Logs 'dataset.restore'. Refused when `number` is already the head.
    static std::optional<DatasetEdit> restoreVersion(Database &db, qint64 datasetId, int number,
                                                     WorkspaceError *error = nullptr);

private:
    Database &m_db;
    qint64 m_datasetId;
    qint64 m_baseVersionId;
    QSet<qint64> m_deletes;
    QHash<qint64, QHash<QString, QJsonValue>> m_cells;   // row id -> column key -> value
    QString m_message;
    QString m_kind;
    QString m_summary;
    QJsonObject m_details;
};

} // namespace lathe
