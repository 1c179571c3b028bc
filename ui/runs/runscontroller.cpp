#include "runscontroller.h"

#include "keychainkeyresolver.h"
#include "providersdialog.h"
#include "rundialog.h"
#include "runsdock.h"

#include "providers/httpclient.h"
#include "run/runengine.h"
#include "run/runlistmodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>

namespace lathe {

using namespace Qt::StringLiterals;

RunsController::RunsController(QMainWindow *window, std::unique_ptr<KeychainBackend> keychain, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keys(std::make_unique<KeychainKeyResolver>(std::move(keychain)))
    , m_dock(new RunsDock(window))
    , m_providersAction(new QAction(tr("&Providers…"), this))
    , m_newRunAction(new QAction(tr("&New Run…"), this))
{
    m_providersAction->setObjectName(u"providersAction"_s);
    m_providersAction->setStatusTip(tr("Configure the LLM endpoints runs can use"));
    m_newRunAction->setObjectName(u"newRunAction"_s);
    m_newRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_newRunAction->setStatusTip(tr("Run prompt versions against a dataset"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->setJudgeServices(m_keys.get(), &http());
    m_dock->hide();   // until a run starts or View shows it; the saved window state may show it
    connect(m_providersAction, &QAction::triggered, this, &RunsController::showProviders);
    connect(m_newRunAction, &QAction::triggered, this, &RunsController::newRunInteractively);
    connect(m_dock, &RunsDock::cancelRequested, this, &RunsController::cancelRun);
    connect(m_dock, &RunsDock::resumeRequested, this, &RunsController::resumeRun);
    connect(this, &RunsController::startFailed, this, [this](const QString &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Run"), error, QMessageBox::Ok, m_window);
        box->setObjectName(u"runStartFailed"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    updateActions();
}

RunsController::~RunsController()
{
    // The engine first: it cancels and commits what it received while the transport lives.
    m_engine.reset();
}

HttpClient &RunsController::http()
{
    if (!m_http)
        m_http = std::make_unique<HttpClient>();
    return *m_http;
}

void RunsController::setWorkspace(Workspace *workspace)
{
    m_dock->setEngine(nullptr);
    m_engine.reset();
    m_workspace = workspace;
    m_starting = false;
    if (workspace && !workspace->isReadOnly()) {
        m_engine = std::make_unique<RunEngine>(workspace->path(), *m_keys, &http());
        connect(m_engine.get(), &RunEngine::finished, this, [this](const RunOutcome &outcome) {
            updateActions();
            Q_EMIT message(outcome.status == "completed"_L1 ? tr("Run %1 completed.").arg(outcome.runId)
                                                            : tr("Run %1 %2.").arg(outcome.runId).arg(outcome.status));
        });
        m_dock->setEngine(m_engine.get());
    }
    m_dock->setWorkspacePath(workspace ? workspace->path() : QString());
    updateActions();
}

void RunsController::updateActions()
{
    m_providersAction->setEnabled(m_workspace);
    m_newRunAction->setEnabled(m_engine != nullptr);
}

void RunsController::startWhenKeysAreRead(const QStringList &keyRefs, std::function<void()> start)
{
    m_starting = true;
    const QPointer<RunEngine> engine = m_engine.get();
    m_keys->prefetch(keyRefs, [this, engine, start = std::move(start)](const QStringList &errors) {
        if (!m_starting || engine != m_engine.get())
            return;   // the workspace changed meanwhile
        m_starting = false;
        if (!errors.isEmpty()) {
            Q_EMIT startFailed(tr("The run did not start: %1").arg(errors.join(u'\n')));
            return;
        }
        m_dock->show();
        m_dock->raise();
        start();
    });
}

bool RunsController::startRun(const RunSpec &spec, const RunOptions &options)
{
    if (!m_engine || m_engine->isActive() || m_starting) {
        Q_EMIT message(m_engine ? tr("A run is already executing.") : tr("Open a writable workspace first."));
        return false;
    }
    QStringList keyRefs;
    for (const RunColumnSpec &c : spec.columns)
        keyRefs << c.providerSnapshot.value("key_ref"_L1).toString();
    startWhenKeysAreRead(keyRefs, [this, spec, options] { m_engine->start(spec, options); });
    return true;
}

bool RunsController::resumeRun(qint64 runId, bool retryFailed)
{
    const int row = m_dock->model()->rowOf(runId);
    if (!m_engine || m_engine->isActive() || m_starting || row < 0)
        return false;
    const RunListEntry e = m_dock->model()->entry(row);
    RunOptions options;
    options.retryFailed = retryFailed;
    options.concurrency = e.config.value("concurrency"_L1).toInt();
    options.stream = e.config.value("stream"_L1).toBool();
    startWhenKeysAreRead(e.keyRefs, [this, runId, options] { m_engine->resume(runId, options); });
    return true;
}

void RunsController::cancelRun()
{
    if (m_engine)
        m_engine->cancel();
}

ProvidersDialog *RunsController::showProviders()
{
    if (!m_workspace)
        return nullptr;
    auto *dialog = new ProvidersDialog(m_workspace->database(), http(), *m_keys, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RunDialog *RunsController::newRunInteractively()
{
    if (!m_engine)
        return nullptr;
    auto *dialog = new RunDialog(m_workspace->database(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRun(dialog->spec(), dialog->options()); });
    dialog->open();
    return dialog;
}

} // namespace lathe
