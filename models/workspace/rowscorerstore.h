#pragma once

#include "dataseteditor.h"
#include "workspaceerror.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace lathe {

class Database;

// The scorers a dataset row carries of its own (dataset_rows.scorers: a JSON array of asserts
// in promptfoo syntax, like a promptfoo test's `assert`). Runs on the caller's thread and
// connection; each write is one transaction.
//
// Writes follow DatasetEditor's copy-on-write contract: they go to the dataset's head version;
// a frozen head first gets a new version sharing its rows; a row record that another version
// or a run case also holds is copied and the head points at the copy, so a run's scores never
// change meaning behind its back. The DatasetEdit returned names the row id the head now uses.
class RowScorerStore final
{
    Q_DECLARE_TR_FUNCTIONS(RowScorerStore)
public:
    RowScorerStore(Database &db, qint64 datasetId) : m_db(db), m_datasetId(datasetId) {}

    // The row's scorers as stored (an empty array when it has none). NotFound when the row
    // does not exist.
    std::optional<QJsonArray> scorers(qint64 rowId, WorkspaceError *error = nullptr);
    // Replaces the row's scorers. NotFound when the row is not in the head version.
    std::optional<DatasetEdit> setScorers(qint64 rowId, const QJsonArray &scorers, WorkspaceError *error = nullptr);

private:
    Database &m_db;
    qint64 m_datasetId;
};

} // namespace lathe
