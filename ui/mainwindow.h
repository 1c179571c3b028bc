#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lathe {

class AppSettings;
class DatasetsController;
class EditorFontApplier;
class ThemeManager;
class EmptyStatePage;
class ProjectDock;
class PromptsController;
class RecentFilesMenu;
class ResultsController;
class RunsController;
class Workspace;
class WorkspaceController;
class WorkspaceOverview;

// The main window: a project dock, a central tab area, menus and a status bar. It only wires
// parts together; the work happens in the controllers and docks it owns.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *controller() const { return m_controller; }
    PromptsController *prompts() const { return m_prompts; }
    RunsController *runs() const { return m_runs; }
    ResultsController *results() const { return m_results; }
    DatasetsController *datasets() const { return m_datasets; }
    ProjectDock *projectDock() const { return m_projectDock; }
    QTabWidget *tabs() const { return m_tabs; }
    AppSettings *settings() const { return m_settings; }
    ThemeManager *themes() const { return m_themes; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showSettings();
    void showShortcuts();
    void onWorkspaceChanged(Workspace *workspace);
    void updateCentralPage();
    void closeAllTabs();
    void exportReport();
    void restoreWindowState();
    void saveWindowState();

    AppSettings *m_settings;
    ThemeManager *m_themes;
    EditorFontApplier *m_editorFonts;
    WorkspaceController *m_controller;
    PromptsController *m_prompts = nullptr;
    RunsController *m_runs = nullptr;
    ResultsController *m_results = nullptr;
    DatasetsController *m_datasets = nullptr;
    ProjectDock *m_projectDock;
    QStackedWidget *m_central;
    EmptyStatePage *m_emptyPage;
    WorkspaceOverview *m_overview;
    QTabWidget *m_tabs;
    RecentFilesMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel;
    QList<QAction *> m_workspaceActions;   // enabled only while a workspace is open
};

} // namespace lathe
