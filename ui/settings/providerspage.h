#pragma once

#include "settingspage.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace lathe {

class Workspace;

// Providers: an overview of the open workspace's provider configurations, with a button that
// triggers the application's "Providers…" action (RunsController::providersAction), which
// edits them. The list is re-read whenever the settings window becomes active again. Nothing
// here is staged: providers are stored by their own dialog.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit ProvidersPage(QWidget *parent = nullptr);

    // `workspace` may be null (no workspace open) and must outlive the page.
    void setWorkspace(Workspace *workspace);
    void setManageAction(QAction *action);

    QString title() const override;
    void load() override;
    QString validate() override { return {}; }
    bool apply(QString *) override { return true; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *manageButton() const { return m_manage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButton();

    Workspace *m_workspace = nullptr;
    QPointer<QAction> m_action;
    QTreeWidget *m_list;
    QLabel *m_note;
    QPushButton *m_manage;
};

} // namespace lathe
