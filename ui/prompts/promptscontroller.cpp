#include "promptscontroller.h"

#include "comparisonfactory.h"
#include "promptpage.h"

#include "workspace/promptstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTabWidget>

namespace lathe {

PromptsController::PromptsController(QTabWidget *tabs, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
    , m_newPrompt(new QAction(tr("&New Prompt…"), this))
{
    m_newPrompt->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newPrompt->setEnabled(false);
    connect(m_newPrompt, &QAction::triggered, this, &PromptsController::newPromptInteractively);
}

PromptsController::~PromptsController() = default;

void PromptsController::setWorkspace(Workspace *workspace)
{
    // Tabs hold references into the store; the main window closes them before this is called.
    m_workspace = workspace;
    m_store = workspace ? std::make_unique<PromptStore>(workspace->database()) : nullptr;
    m_newPrompt->setEnabled(workspace && !workspace->isReadOnly());
}

PromptPage *PromptsController::openPrompt(qint64 promptId, int number)
{
    if (!m_store)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<PromptPage *>(m_tabs->widget(i));
        if (page && page->promptId() == promptId && page->version() == number) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new PromptPage(*m_store, promptId, number, m_workspace->isReadOnly());
    connect(page, &PromptPage::openVersionRequested, this, [this](qint64 id, int n) { openPrompt(id, n); });
    connect(page, &PromptPage::compareRequested, this, &PromptsController::openComparison);
    connect(page, &PromptPage::forkRequested, this, &PromptsController::fork);
    connect(page, &PromptPage::committed, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *p = qobject_cast<PromptPage *>(m_tabs->widget(i)))
                p->reloadHistory();
        }
        Q_EMIT promptsChanged();
    });
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, page->title());
    m_tabs->setCurrentIndex(index);
    return page;
}

PromptPage *PromptsController::createPrompt(const QString &name, QString *error)
{
    if (!m_store)
        return nullptr;
    StoreError e;
    const auto id = m_store->create(name.trimmed(), PromptContent{}, &e);
    if (!id) {
        *error = e.message;
        return nullptr;
    }
    Q_EMIT promptsChanged();
    return openPrompt(*id);
}

void PromptsController::newPromptInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("New Prompt"), tr("Prompt name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!createPrompt(name, &error))
        QMessageBox::warning(m_dialogParent, tr("Cannot Create Prompt"), error);
}

QWidget *PromptsController::openComparison(qint64 promptId, int leftNumber, int rightNumber)
{
    if (!m_store)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *p = qobject_cast<PromptPage *>(m_tabs->widget(i)); p && p->promptId() == promptId && p->version() == 0)
            p->saveDraft();
    }
    QString title;
    QWidget *view = createComparison(*m_store, promptId, leftNumber, rightNumber, &title);
    if (!view)
        return nullptr;
    const int index = m_tabs->addTab(view, title);
    m_tabs->setCurrentIndex(index);
    return view;
}

void PromptsController::fork(qint64 promptId, int number)
{
    const auto info = m_store->find(promptId);
    if (!info)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Fork Prompt"),
                                               tr("Name of the new prompt, starting from %1@%2:").arg(info->name).arg(number),
                                               QLineEdit::Normal, info->name + QStringLiteral("-fork"), &ok);
    if (!ok)
        return;
    StoreError error;
    const auto id = m_store->fork(promptId, number, name.trimmed(), &error);
    if (!id) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Fork"), error.message);
        return;
    }
    Q_EMIT promptsChanged();
    openPrompt(*id);
}

} // namespace lathe
