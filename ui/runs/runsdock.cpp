#include "runsdock.h"

#include "progressdelegate.h"

#include "scorers/rescoredialog.h"
#include "scorers/rescorejob.h"

#include "run/runengine.h"
#include "run/runlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

RunsDock::RunsDock(QWidget *parent)
    : QDockWidget(tr("Runs"), parent)
    , m_model(new RunListModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_cancel(new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel Run"), this))
    , m_resume(new QAction(QIcon::fromTheme(u"media-playback-start"_s), tr("&Resume Run"), this))
    , m_retry(new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("Retry &Failed Cases"), this))
    , m_open(new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Run"), this))
    , m_rescore(new QAction(QIcon::fromTheme(u"view-statistics"_s), tr("Re-&score With…"), this))
{
    setObjectName(u"runsDock"_s);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_cancel->setToolTip(tr("Stop sending; completed results are kept and the rest can be resumed"));
    m_resume->setObjectName(u"resumeRun"_s);
    m_resume->setToolTip(tr("Run the cases that have no result yet"));
    m_retry->setObjectName(u"retryFailedCases"_s);
    m_retry->setToolTip(tr("Run the cases without a result and those that failed again"));
    m_open->setObjectName(u"openRun"_s);
    m_open->setVisible(false);
    m_rescore->setObjectName(u"rescoreRun"_s);
    m_rescore->setToolTip(tr("Change the run's scorers and score its stored outputs again, without calling models"));

    m_view->setObjectName(u"runsView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(RunListModel::ProgressColumn,
                                     new ProgressDelegate(RunListModel::FractionRole, m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RunListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(RunListModel::ProgressColumn, 120);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_cancel, m_resume, m_retry, m_rescore, m_open});
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_cancel, &QAction::triggered, this, [this] { Q_EMIT cancelRequested(currentRunId()); });
    connect(m_resume, &QAction::triggered, this, [this] { Q_EMIT resumeRequested(currentRunId(), false); });
    connect(m_retry, &QAction::triggered, this, [this] { Q_EMIT resumeRequested(currentRunId(), true); });
    connect(m_open, &QAction::triggered, this, [this] { Q_EMIT openRequested(currentRunId()); });
    connect(m_rescore, &QAction::triggered, this, [this] {
        const qint64 runId = currentRunId();
        if (runId <= 0 || m_path.isEmpty())
            return;
        auto *dialog = new RescoreDialog(m_path, runId, this);
        dialog->job()->setJudge(m_judgeKeys, m_judgeHttp);
        connect(dialog, &RescoreDialog::rescored, this, [this](qint64 id) { Q_EMIT runRescored(id); });
        dialog->open();
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_open->isVisible())
            m_open->trigger();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsDock::updateActions);
    // A reload resets the model: keep the selected run selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelection = currentRunId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelection > 0)
            selectRun(m_keepSelection);
        else if (m_model->rowCount() > 0)
            selectRun(m_model->entry(0).runId);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { selectRun(m_model->entry(0).runId); });
    updateActions();
}

RunsDock::~RunsDock() = default;

void RunsDock::setEngine(RunEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (engine) {
        connect(engine, &RunEngine::runCreated, this, [this](qint64 runId) {
            m_keepSelection = runId;
            m_model->reload(m_path);
        });
        connect(engine, &RunEngine::started, this, &RunsDock::showProgress);
        connect(engine, &RunEngine::progress, this, &RunsDock::showProgress);
        connect(engine, &RunEngine::finished, this, &RunsDock::onFinished);
    }
    updateActions();
}

void RunsDock::setWorkspacePath(const QString &workspacePath)
{
    m_path = workspacePath;
    m_status->clear();
    m_model->reload(workspacePath);
}

void RunsDock::setOpenAvailable(bool available)
{
    m_open->setVisible(available);
}

void RunsDock::showProgress(const RunProgress &p)
{
    m_model->updateProgress(p);
    const QLocale locale;
    QString text = tr("Run %1: %2 of %3 (%4%)")
                       .arg(p.runId)
                       .arg(locale.toString(p.done), locale.toString(p.total))
                       .arg(int(std::floor(p.fraction() * 100)));
    if (p.rate > 0)
        text += tr(", %1 per second").arg(locale.toString(p.rate, 'f', 1));
    if (p.errors > 0)
        text += tr(", %n error(s)", nullptr, int(p.errors));
    m_status->setText(text);
}

void RunsDock::onFinished(const RunOutcome &outcome)
{
    m_model->finish(outcome);
    const QLocale locale;
    if (outcome.status == "failed"_L1)
        m_status->setText(tr("Run %1 failed: %2").arg(outcome.runId).arg(outcome.error));
    else if (outcome.status == "cancelled"_L1)
        m_status->setText(tr("Run %1 cancelled after %2 of %3 cases.")
                              .arg(outcome.runId)
                              .arg(locale.toString(outcome.progress.done), locale.toString(outcome.progress.total)));
    else
        m_status->setText(tr("Run %1 completed: %2 cases, %n error(s).", nullptr, int(outcome.progress.errors))
                              .arg(outcome.runId)
                              .arg(locale.toString(outcome.progress.total)));
    m_model->reload(m_path);
    updateActions();
}

qint64 RunsDock::currentRunId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->entry(current.row()).runId : 0;
}

void RunsDock::selectRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

QString RunsDock::statusText() const
{
    return m_status->text();
}

void RunsDock::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const RunListEntry e = current.isValid() ? m_model->entry(current.row()) : RunListEntry{};
    const bool engineIdle = m_engine && !m_engine->isActive();
    const bool selected = e.runId > 0;
    m_cancel->setEnabled(selected && e.active);
    m_resume->setEnabled(selected && engineIdle && !e.active && e.progress.done < e.progress.total);
    m_retry->setEnabled(selected && engineIdle && !e.active && e.progress.errors > 0);
    m_open->setEnabled(selected);
    m_rescore->setEnabled(selected && !e.active && !m_path.isEmpty());
}

} // namespace lathe
