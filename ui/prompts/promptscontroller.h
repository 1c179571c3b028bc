#pragma once

#include <QObject>

#include <memory>

class QAction;
class QTabWidget;
class QWidget;

namespace lathe {

class PromptPage;
class PromptStore;
class Workspace;

// Opens prompts, read-only versions and comparisons as tabs, and carries out the Prompt menu
// actions (new, fork). Owns the PromptStore of the open workspace.
class PromptsController final : public QObject
{
    Q_OBJECT
public:
    PromptsController(QTabWidget *tabs, QWidget *dialogParent, QObject *parent = nullptr);
    ~PromptsController() override;

    void setWorkspace(Workspace *workspace);
    PromptStore *store() const { return m_store.get(); }
    QAction *newPromptAction() const { return m_newPrompt; }

    // Opens (or focuses) the tab of a prompt's draft, or of version `number` read-only.
    PromptPage *openPrompt(qint64 promptId, int number = 0);
    // Creates a prompt named `name` with an empty text draft and opens it.
    PromptPage *createPrompt(const QString &name, QString *error);
    // Opens a tab comparing two versions of a prompt (right 0 = the draft).
    QWidget *openComparison(qint64 promptId, int leftNumber, int rightNumber);

public Q_SLOTS:
    void newPromptInteractively();

Q_SIGNALS:
    // The project's prompts changed (created, committed, forked): the tree should reload.
    void promptsChanged();

private:
    void fork(qint64 promptId, int number);

    QTabWidget *m_tabs;
    QWidget *m_dialogParent;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<PromptStore> m_store;
    QAction *m_newPrompt;
};

} // namespace lathe
