#pragma once

#include "datasets/datasetcommands.h"

#include <QJsonArray>
#include <QUndoCommand>

#include <functional>

namespace lathe {

class Database;

// Undo for a dataset's default scorers (datasets.default_scorers, not versioned). The change
// is made by the caller before the command is pushed (so a failed save never reaches the
// stack); the command's first redo() does nothing, later ones write `after` again, undo()
// writes `before`. A refused write is reported and makes the command obsolete.
class SetDatasetScorersCommand final : public QUndoCommand
{
public:
    SetDatasetScorersCommand(Database &db, qint64 datasetId, const QJsonArray &before, const QJsonArray &after,
                             std::function<void(const QString &)> report);
    void redo() override;
    void undo() override { apply(m_before); }

private:
    void apply(const QJsonArray &scorers);

    Database &m_db;
    qint64 m_datasetId;
    QJsonArray m_before;
    QJsonArray m_after;
    std::function<void(const QString &)> m_report;
    bool m_applied = true;
};

// Undo for a row's own scorers, through the dataset tab's model (RowScorerStore's
// copy-on-write may give the row a new id, which the undo context maps). As above, the first
// redo() does nothing: the caller made the change.
class SetRowScorersCommand final : public DatasetCommand
{
public:
    SetRowScorersCommand(DatasetUndoContext &context, Database &db, qint64 rowId, const QJsonArray &before,
                         const QJsonArray &after);
    void redo() override;
    void undo() override { apply(m_before); }

    // Sets row `rowId`'s scorers through `context`'s model and maps its id; the new row id,
    // or 0 with *error set.
    static qint64 applyTo(DatasetUndoContext &context, Database &db, qint64 rowId, const QJsonArray &scorers,
                          QString *error);

private:
    void apply(const QJsonArray &scorers);

    Database &m_db;
    qint64 m_rowId;
    QJsonArray m_before;
    QJsonArray m_after;
    bool m_applied = true;
};

} // namespace lathe
