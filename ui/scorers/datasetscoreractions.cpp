#include "datasetscoreractions.h"

#include "scorercommands.h"
#include "scorerpanel.h"
#include "scorersdialog.h"

#include "datasets/datasetpage.h"

#include "dataset/datasettablemodel.h"
#include "eval/scorers/scorerset.h"
#include "workspace/datasetstore.h"
#include "workspace/rowscorerstore.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// Loads a stored list into the dialog's panel: as a set when it parses, else as stored, so the
// problems show.
void load(ScorersDialog *dialog, const QJsonArray &stored)
{
    QString error;
    if (const std::optional<ScorerSet> set = ScorerSet::fromJson(stored, &error))
        dialog->panel()->setScorers(*set);
    else
        dialog->panel()->setStoredValue(stored);
}

} // namespace

DatasetScorerActions::DatasetScorerActions(Database &db, DatasetPage *page)
    : QObject(page)
    , m_db(db)
    , m_page(page)
    , m_datasetAction(new QAction(tr("Scorers…"), page))
{
    m_datasetAction->setObjectName(u"datasetScorers"_s);
    m_datasetAction->setToolTip(tr("The scorers every run over this dataset uses (promptfoo assert syntax)"));
    connect(m_datasetAction, &QAction::triggered, this, [this] { openDatasetScorers(); });

    QTableView *view = page->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &DatasetScorerActions::showContextMenu);
}

ScorersDialog *DatasetScorerActions::openDatasetScorers()
{
    if (m_datasetDialog) {
        m_datasetDialog->raise();
        m_datasetDialog->activateWindow();
        return m_datasetDialog;
    }
    const qint64 datasetId = m_page->datasetId();
    WorkspaceError error;
    const std::optional<DatasetInfo> info = DatasetStore(m_db).find(datasetId, &error);
    if (!info)
        return nullptr;
    qint64 rowsWithOwn = 0;
    try {
        rowsWithOwn = ScoreStore(m_db).rowsWithScorers(info->head.id);
    } catch (const SqlError &) {   // only a hint: leave it out
    }
    QString intro = tr("Every run over “%1” is scored with these, then with each row's own scorers and the run's "
                       "extra scorers.").arg(info->name);
    if (rowsWithOwn > 0)
        intro += u' ' + tr("%n row(s) of the newest version carry scorers of their own.", nullptr, int(rowsWithOwn));
    intro += u' ' + tr("Comments are not kept when saving.");
    auto *dialog = new ScorersDialog(tr("Default Scorers of %1").arg(info->name), intro, m_page);
    load(dialog, info->defaultScorers);
    dialog->setSaver([this, datasetId, before = info->defaultScorers](const ScorerSet &set, QString *message) {
        const QJsonArray after = set.toJson().toArray();
        StoreError e;
        if (!ScoreStore(m_db).setDatasetScorers(datasetId, after, &e)) {
            *message = e.message;
            return false;
        }
        // The page's stack is cleared when it shows another version; the list outlives that.
        QPointer<DatasetPage> page = m_page;
        m_page->undoStack()->push(new SetDatasetScorersCommand(m_db, datasetId, before, after, [page](const QString &m) {
            if (page)
                Q_EMIT page->model()->errorOccurred(m);
        }));
        return true;
    });
    m_datasetDialog = dialog;
    dialog->open();
    return dialog;
}

ScorersDialog *DatasetScorerActions::openRowScorers(int viewRow)
{
    DatasetTableModel *model = m_page->model();
    const DatasetRow *row = model->rowAt(viewRow);
    if (!row)
        return nullptr;
    const qint64 rowId = row->id;
    WorkspaceError error;
    const std::optional<QJsonArray> stored = RowScorerStore(m_db, model->datasetId()).scorers(rowId, &error);
    if (!stored)
        return nullptr;
    const bool editable = model->isEditable();
    QString intro = tr("Scorers of row %1 alone, used after the dataset's default scorers (like a promptfoo test's "
                       "assert). Comments are not kept when saving.").arg(viewRow + 1);
    if (!editable)
        intro += u' ' + tr("This version is read-only: edit the newest version to change them.");
    auto *dialog = new ScorersDialog(tr("Scorers of Row %1").arg(viewRow + 1), intro, m_page);
    dialog->setObjectName(u"rowScorersDialog"_s);
    load(dialog, *stored);
    if (editable) {
        dialog->setSaver([this, rowId, before = *stored](const ScorerSet &set, QString *message) {
            DatasetUndoContext *context = m_page->undoContext();
            const QJsonArray after = set.toJson().toArray();
            if (SetRowScorersCommand::applyTo(*context, m_db, rowId, after, message) == 0)
                return false;
            m_page->undoStack()->push(new SetRowScorersCommand(*context, m_db, rowId, before, after));
            return true;
        });
    } else {
        dialog->setReadOnly(true);
    }
    dialog->open();
    return dialog;
}

void DatasetScorerActions::showContextMenu(const QPoint &pos)
{
    QTableView *view = m_page->view();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !m_page->model()->rowAt(index.row()))
        return;
    auto *menu = new QMenu(view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *rowScorers = menu->addAction(tr("Row Scorers…"));
    rowScorers->setObjectName(u"rowScorers"_s);
    menu->addAction(m_datasetAction);
    const int row = index.row();
    connect(rowScorers, &QAction::triggered, this, [this, row] { openRowScorers(row); });
    menu->popup(view->viewport()->mapToGlobal(pos));
}

} // namespace lathe
