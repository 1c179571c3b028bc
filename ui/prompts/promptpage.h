#pragma once

#include "prompt/promptcontent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class QsciScintilla;

namespace lathe {

class ChatMessagesEdit;
class HistoryPanel;
class ParamsPanel;
class PromptStore;

// One prompt in a tab. In draft mode (version 0) it edits the prompt's draft, saving it
// continuously (debounced, and on every focus change or close), and commits it as a new
// version. In version mode (version > 0) it shows that version read-only.
class PromptPage final : public QWidget
{
    Q_OBJECT
public:
    PromptPage(PromptStore &store, qint64 promptId, int version, bool workspaceReadOnly, QWidget *parent = nullptr);
    ~PromptPage() override;

    qint64 promptId() const { return m_promptId; }
    int version() const { return m_version; }
    QString title() const;

    PromptContent content() const;
    void setContent(const PromptContent &content);   // replaces what the editors show

    // Saves pending draft edits now. Returns false (and says why in the status line) on failure.
    bool saveDraft();
    // Commits the draft with `message`; false with *error set when refused or failed.
    bool commitDraft(const QString &message, QString *error);

    QsciScintilla *textEditor() const { return m_text; }
    ChatMessagesEdit *chatEditor() const { return m_chat; }
    ParamsPanel *paramsPanel() const { return m_params; }
    HistoryPanel *historyPanel() const { return m_history; }
    QString statusText() const;
    QComboBox *datasetCombo() const { return m_dataset; }
    QStringList completionWords() const;

public Q_SLOTS:
    void commitInteractively();
    void reloadHistory();

Q_SIGNALS:
    void openVersionRequested(qint64 promptId, int number);
    void compareRequested(qint64 promptId, int leftNumber, int rightNumber);   // right 0 = draft
    void forkRequested(qint64 promptId, int number);
    void committed(qint64 promptId, int number);

private:
    void onEdited();
    void setKind(PromptContent::Kind kind);
    void updateStatus();
    void restore(int number);
    void reloadDatasets();
    void applyCompletionWords();
    void label(int number);

    PromptStore &m_store;
    qint64 m_promptId;
    int m_version;
    bool m_readOnly;
    bool m_loading = false;
    bool m_dirty = false;
    QComboBox *m_kind;
    QComboBox *m_dataset;
    QStackedWidget *m_editors;
    QsciScintilla *m_text;
    ChatMessagesEdit *m_chat;
    ParamsPanel *m_params;
    HistoryPanel *m_history;
    QLabel *m_status;
    QTimer *m_saveTimer;
};

} // namespace lathe
