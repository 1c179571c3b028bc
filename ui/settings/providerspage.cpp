#include "providerspage.h"

#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

ProvidersPage::ProvidersPage(QWidget *parent)
    : SettingsPage(parent)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_manage(new QPushButton(tr("&Manage Providers…"), this))
{
    m_list->setObjectName(u"providers"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Base URL")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_manage->setObjectName(u"manageProviders"_s);
    m_manage->setToolTip(tr("Add, edit, test and remove the LLM endpoints of this workspace"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_manage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_manage, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });
    load();
}

void ProvidersPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    load();
}

void ProvidersPage::setManageAction(QAction *action)
{
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    if (action)
        connect(action, &QAction::changed, this, &ProvidersPage::updateButton);
    updateButton();
}

QString ProvidersPage::title() const
{
    return tr("Providers");
}

void ProvidersPage::load()
{
    m_list->clear();
    if (!m_workspace) {
        m_note->setText(tr("Providers belong to a workspace. Open a workspace to see and edit its providers."));
        updateButton();
        return;
    }
    ProviderStore store(m_workspace->database());
    const QList<StoredProvider> providers = store.list();
    for (const StoredProvider &p : providers)
        new QTreeWidgetItem(m_list, {p.name, p.kind, p.baseUrl});
    m_note->setText(providers.isEmpty() ? tr("No providers yet. Add one to run prompts against a model.")
                                        : tr("API keys are kept in the system keychain or read from "
                                             "environment variables, never stored in the workspace."));
    updateButton();
}

void ProvidersPage::changeEvent(QEvent *event)
{
    SettingsPage::changeEvent(event);
    // Back from the providers dialog: show what it changed.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        load();
}

void ProvidersPage::updateButton()
{
    m_manage->setEnabled(m_action && m_action->isEnabled() && m_workspace);
}

} // namespace lathe
