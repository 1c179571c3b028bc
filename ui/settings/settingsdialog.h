#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace lathe {

class AppSettings;
class AppearancePage;
class GeneralPage;
class PricingPage;
class ProvidersPage;
class RunsPage;
class SettingsPage;
class ThemeManager;
class Workspace;

// Edit > Settings: pages General, Appearance, Runs, Providers and Pricing in a list on the
// left. OK stores every page and closes, Apply stores and stays, Cancel closes without
// storing. Before anything is stored every page is validated; the first invalid field is
// refused with a window-modal message box (object name "invalidSetting") that names the
// field, and its page is shown with the field focused. Opening: open() (window-modal).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Page { General, Appearance, Runs, Providers, Pricing };
    Q_ENUM(Page)

    // `settings` (and `themes`, which may be null) must outlive the dialog.
    SettingsDialog(AppSettings *settings, ThemeManager *themes, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The workspace whose providers and prices the dialog edits; null when none is open.
    void setWorkspace(Workspace *workspace);
    // The action that opens the providers dialog (RunsController::providersAction()).
    void setProvidersAction(QAction *action);

    void showPage(Page page);
    Page currentPage() const;

    // Validates every page, then stores them. False (nothing stored when a field is invalid)
    // after showing the message.
    bool applyChanges();
    // The message of the last refusal or storage failure, empty after a success.
    QString lastError() const { return m_lastError; }

    GeneralPage *generalPage() const { return m_general; }
    AppearancePage *appearancePage() const { return m_appearance; }
    RunsPage *runsPage() const { return m_runs; }
    ProvidersPage *providersPage() const { return m_providers; }
    PricingPage *pricingPage() const { return m_pricing; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // After Apply or OK stored the pages.
    void applied();

private:
    void addPage(SettingsPage *page);
    void refuse(SettingsPage *page, const QString &message);

    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QDialogButtonBox *m_buttons;
    GeneralPage *m_general;
    AppearancePage *m_appearance;
    RunsPage *m_runs;
    ProvidersPage *m_providers;
    PricingPage *m_pricing;
    QList<SettingsPage *> m_pages;
    QString m_lastError;
};

} // namespace lathe
