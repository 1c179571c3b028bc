#include "scorercommands.h"

#include "dataset/datasettablemodel.h"
#include "workspace/rowscorerstore.h"
#include "workspace/scorestore.h"

#include <QCoreApplication>

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorerCommands)
};

} // namespace

SetDatasetScorersCommand::SetDatasetScorersCommand(Database &db, qint64 datasetId, const QJsonArray &before,
                                                   const QJsonArray &after, std::function<void(const QString &)> report)
    : m_db(db)
    , m_datasetId(datasetId)
    , m_before(before)
    , m_after(after)
    , m_report(std::move(report))
{
    setText(Tr::tr("Set Default Scorers"));
}

void SetDatasetScorersCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    apply(m_after);
}

void SetDatasetScorersCommand::apply(const QJsonArray &scorers)
{
    StoreError error;
    if (ScoreStore(m_db).setDatasetScorers(m_datasetId, scorers, &error))
        return;
    if (m_report)
        m_report(error.message);
    setObsolete(true);
}

SetRowScorersCommand::SetRowScorersCommand(DatasetUndoContext &context, Database &db, qint64 rowId,
                                           const QJsonArray &before, const QJsonArray &after)
    : DatasetCommand(context, Tr::tr("Set Row Scorers"))
    , m_db(db)
    , m_rowId(rowId)
    , m_before(before)
    , m_after(after)
{
}

void SetRowScorersCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    apply(m_after);
}

qint64 SetRowScorersCommand::applyTo(DatasetUndoContext &context, Database &db, qint64 rowId,
                                     const QJsonArray &scorers, QString *error)
{
    DatasetTableModel &model = context.model();
    const qint64 row = context.row(rowId);
    WorkspaceError e;
    const auto edit = model.editRows(
        [&](DatasetEditor &) { return RowScorerStore(db, model.datasetId()).setScorers(row, scorers, &e); }, &e);
    if (!edit) {
        *error = e.message;
        return 0;
    }
    context.mapRow(row, edit->rowId);
    return edit->rowId;
}

void SetRowScorersCommand::apply(const QJsonArray &scorers)
{
    QString error;
    check(applyTo(m_context, m_db, m_rowId, scorers, &error) != 0, error);
}

} // namespace lathe
