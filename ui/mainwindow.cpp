#include "mainwindow.h"

#include "aboutdialog.h"
#include "datasetscontroller.h"
#include "editmenu.h"
#include "emptystatepage.h"
#include "icontheme.h"
#include "projectdock.h"
#include "promptscontroller.h"
#include "recentfilesmenu.h"
#include "reportexportdialog.h"
#include "results/resultscontroller.h"
#include "runscontroller.h"
#include "runsdock.h"
#include "workspacecontroller.h"
#include "workspaceoverview.h"
#include "editorfontapplier.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "thememanager.h"

#include "core/appsettings.h"

#include "workspace/workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace lathe {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new AppSettings(this))
    , m_themes(new ThemeManager(m_settings, this))
    , m_editorFonts(new EditorFontApplier(m_settings, this))
    , m_controller(new WorkspaceController(this, this))
    , m_projectDock(new ProjectDock(this))
    , m_central(new QStackedWidget(this))
    , m_emptyPage(new EmptyStatePage(this))
    , m_overview(new WorkspaceOverview(this))
    , m_tabs(new QTabWidget(this))
    , m_workspaceLabel(new QLabel(this))
{
    IconTheme::install();   // also done by main(); here for windows created without it (tests)
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *w = m_tabs->widget(i);
        m_tabs->removeTab(i);
        delete w;
        updateCentralPage();
    });
    m_central->addWidget(m_emptyPage);
    m_central->addWidget(m_overview);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    m_prompts = new PromptsController(m_tabs, this, this);
    m_runs = new RunsController(this, nullptr, this);
    m_datasets = new DatasetsController(m_tabs, this, this);
    m_datasets->watchDrops(this);
    m_results = new ResultsController(m_tabs, m_runs, this, this);
    createMenus();
    connect(m_projectDock, &ProjectDock::itemActivated, this, [this](const QString &kind, qint64 id) {
        if (kind == QLatin1StringView("prompt"))
            m_prompts->openPrompt(id);
        else if (kind == QLatin1StringView("dataset"))
            m_datasets->openDataset(id);
        else if (kind == QLatin1StringView("run"))
            m_results->openRun(id);
    });
    connect(m_datasets, &DatasetsController::datasetsChanged, this, [this] {
        if (Workspace *ws = m_controller->workspace())
            m_projectDock->reload(&ws->database());
    });
    connect(m_prompts, &PromptsController::promptsChanged, this, [this] {
        if (Workspace *ws = m_controller->workspace())
            m_projectDock->reload(&ws->database());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateCentralPage(); });

    connect(m_emptyPage, &EmptyStatePage::newRequested, m_controller, &WorkspaceController::newWorkspace);
    connect(m_emptyPage, &EmptyStatePage::openRequested, m_controller, &WorkspaceController::openWorkspace);
    connect(m_emptyPage, &EmptyStatePage::recentChosen, m_controller, &WorkspaceController::openPath);
    connect(m_emptyPage, &EmptyStatePage::demoChosen, m_controller, &WorkspaceController::openPath);
    connect(m_emptyPage, &EmptyStatePage::demoUnavailable, this,
            [this](const QString &why) { QMessageBox::information(this, tr("Open Demo"), why); });
    connect(m_controller, &WorkspaceController::aboutToChangeWorkspace, this, [this] {
        m_results->setWorkspace(nullptr);
        closeAllTabs();
        m_prompts->setWorkspace(nullptr);
        m_runs->setWorkspace(nullptr);
        m_datasets->setWorkspace(nullptr);
    });
    connect(m_controller, &WorkspaceController::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_controller, &WorkspaceController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_runs, &RunsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &WorkspaceController::recentFilesChanged, m_recentMenu, &RecentFilesMenu::rebuild);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, m_controller, &WorkspaceController::openPath);

    onWorkspaceChanged(nullptr);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Workspace…"), m_controller, &WorkspaceController::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Workspace…"), m_controller, &WorkspaceController::openWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    QAction *demo = file->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Open &Demo"), m_emptyPage,
                                    &EmptyStatePage::openDemo);
    demo->setObjectName(u"openDemoAction"_s);
    demo->setStatusTip(tr("Open a fresh copy of the demo project: prompts, datasets, scored runs and votes"));
    demo->setEnabled(!m_emptyPage->demoSource().isEmpty());
    m_recentMenu = new RecentFilesMenu(file);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    QAction *saveAs = file->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &As…"), m_controller, &WorkspaceController::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setStatusTip(tr("Write a copy of the workspace to a new file and continue working there"));
    QAction *close = file->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close Workspace"), m_controller, &WorkspaceController::closeWorkspace);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *exportReport = file->addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Report…"), this, &MainWindow::exportReport);
    exportReport->setShortcut(Qt::CTRL | Qt::Key_E);
    exportReport->setStatusTip(tr("Write a report of a stored run as HTML, PDF, Markdown, CSV, JSON or JUnit XML"));
    m_workspaceActions = {saveAs, close, exportReport};
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    new EditMenu(menuBar()->addMenu(tr("&Edit")));

    QMenu *prompt = menuBar()->addMenu(tr("&Prompt"));
    prompt->addAction(m_prompts->newPromptAction());

    QMenu *dataset = menuBar()->addMenu(tr("&Dataset"));
    dataset->addAction(m_datasets->importAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runs->newRunAction());
    run->addAction(m_results->compareRunsAction());
    run->addSeparator();
    run->addAction(m_runs->providersAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settingsAction = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Language, theme, editor font, run defaults, providers and prices"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_projectDock->toggleViewAction());
    view->addAction(m_runs->dock()->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Lathe"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_themes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWorkspace(m_controller->workspace());
    dialog->setProvidersAction(m_runs->providersAction());
    dialog->open();
}

void MainWindow::showShortcuts()
{
    // Modeless, so it can stay open beside the work; read when opened.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::onWorkspaceChanged(Workspace *workspace)
{
    for (QAction *a : std::as_const(m_workspaceActions))
        a->setEnabled(workspace != nullptr);
    m_prompts->setWorkspace(workspace);
    m_runs->setWorkspace(workspace);
    m_datasets->setWorkspace(workspace);
    m_results->setWorkspace(workspace);   // after the runs: it follows their engine
    if (!workspace) {
        m_projectDock->reload(nullptr);
        m_central->setCurrentWidget(m_emptyPage);
        m_workspaceLabel->clear();
        setWindowFilePath(QString());
        setWindowTitle(tr("Lathe"));
        return;
    }
    m_projectDock->reload(&workspace->database());
    m_overview->refresh(workspace);
    updateCentralPage();
    const QString name = workspace->projectName();
    setWindowTitle(tr("%1 — %2 — Lathe")
                       .arg(name, QDir::toNativeSeparators(workspace->path()))
                   + (workspace->isReadOnly() ? tr(" [read-only]") : QString()));
    m_workspaceLabel->setText(workspace->isReadOnly()
                                  ? tr("Read-only: %1").arg(workspace->readOnlyReason())
                                  : tr("Saved automatically"));
}

void MainWindow::exportReport()
{
    Workspace *ws = m_controller->workspace();
    if (!ws)
        return;
    auto *dialog = new ReportExportDialog(ws->path(), m_runs->dock()->currentRunId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog->open();
}

void MainWindow::closeAllTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;   // pages save pending edits as they go
    }
}

void MainWindow::updateCentralPage()
{
    if (!m_controller->workspace())
        m_central->setCurrentWidget(m_emptyPage);
    else
        m_central->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_overview);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    closeAllTabs();
    event->accept();
}

} // namespace lathe
