#include "promptpage.h"

#include "chatmessagesedit.h"
#include "editorfactory.h"
#include "historypanel.h"
#include "paramspanel.h"

#include "workspace/promptdatasetlink.h"
#include "workspace/promptstore.h"

#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lathe {

PromptPage::PromptPage(PromptStore &store, qint64 promptId, int version, bool workspaceReadOnly, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_promptId(promptId)
    , m_version(version)
    , m_readOnly(workspaceReadOnly || version > 0)
    , m_kind(new QComboBox(this))
    , m_dataset(new QComboBox(this))
    , m_editors(new QStackedWidget(this))
    , m_text(createPromptEditor(this))
    , m_chat(new ChatMessagesEdit(this))
    , m_params(new ParamsPanel(this))
    , m_history(new HistoryPanel(this))
    , m_status(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    m_kind->addItem(tr("Text prompt"), int(PromptContent::Kind::Text));
    m_kind->addItem(tr("Chat messages"), int(PromptContent::Kind::Chat));
    m_kind->setToolTip(tr("A single template, or an ordered list of system/user/assistant messages"));
    m_text->setObjectName(QStringLiteral("templateEditor"));
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_chat);
    m_status->setObjectName(QStringLiteral("promptStatus"));

    auto *commit = new QPushButton(tr("&Commit…"), this);
    commit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    commit->setToolTip(tr("Save the draft as a new immutable version (Ctrl+Enter)"));
    commit->setVisible(!m_readOnly);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_kind);
    auto *datasetLabel = new QLabel(tr("&Dataset:"), this);
    datasetLabel->setBuddy(m_dataset);
    toolbar->addWidget(datasetLabel);
    toolbar->addWidget(m_dataset);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(commit);

    auto *paramsBox = new QGroupBox(tr("Model parameters"), this);
    (new QVBoxLayout(paramsBox))->addWidget(m_params);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(paramsBox);
    side->addWidget(m_history);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_editors);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &PromptPage::saveDraft);
    connect(commit, &QPushButton::clicked, this, &PromptPage::commitInteractively);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        setKind(PromptContent::Kind(m_kind->currentData().toInt()));
        onEdited();
    });
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    m_dataset->setToolTip(tr("The dataset this prompt is written against: its columns are offered as variables"));
    reloadDatasets();
    connect(m_dataset, &QComboBox::activated, this, [this] {
        StoreError error;
        if (!PromptDatasetLink(m_store.database()).setLinkedDataset(m_promptId, m_dataset->currentData().toLongLong(), &error))
            m_status->setText(error.message);
        applyCompletionWords();
    });
    connect(m_chat, &ChatMessagesEdit::changed, this, &PromptPage::applyCompletionWords);
    connect(m_text, &QsciScintilla::textChanged, this, &PromptPage::onEdited);
    connect(m_chat, &ChatMessagesEdit::changed, this, &PromptPage::onEdited);
    connect(m_params, &ParamsPanel::changed, this, &PromptPage::onEdited);
    connect(m_history, &HistoryPanel::openRequested, this, [this](int n) { Q_EMIT openVersionRequested(m_promptId, n); });
    connect(m_history, &HistoryPanel::compareRequested, this,
            [this](int l, int r) { Q_EMIT compareRequested(m_promptId, l, r); });
    connect(m_history, &HistoryPanel::forkRequested, this, [this](int n) { Q_EMIT forkRequested(m_promptId, n); });
    connect(m_history, &HistoryPanel::restoreRequested, this, &PromptPage::restore);
    connect(m_history, &HistoryPanel::labelRequested, this, &PromptPage::label);

    if (m_version > 0) {
        if (const auto v = m_store.version(promptId, version))
            setContent(v->content);
    } else {
        setContent(m_store.draft(promptId).content);
    }
    m_kind->setEnabled(!m_readOnly);
    m_dataset->setEnabled(!m_readOnly);
    applyCompletionWords();
    m_text->setReadOnly(m_readOnly);
    m_chat->setReadOnly(m_readOnly);
    m_params->setReadOnly(m_readOnly);
    m_history->setReadOnly(workspaceReadOnly);
    reloadHistory();
    if (m_version > 0)
        m_history->selectNumbers({m_version});
}

PromptPage::~PromptPage()
{
    if (m_dirty)
        saveDraft();
}

QString PromptPage::title() const
{
    const auto info = m_store.find(m_promptId);
    const QString name = info ? info->name : tr("(deleted)");
    return m_version > 0 ? tr("%1@%2 (read-only)").arg(name).arg(m_version) : name;
}

PromptContent PromptPage::content() const
{
    PromptContent c;
    c.kind = PromptContent::Kind(m_kind->currentData().toInt());
    if (c.kind == PromptContent::Kind::Text)
        c.templateText = m_text->text();
    else
        c.messages = m_chat->messages();
    c.params = m_params->params();
    return c;
}

void PromptPage::setContent(const PromptContent &content)
{
    m_loading = true;
    m_kind->setCurrentIndex(content.kind == PromptContent::Kind::Chat ? 1 : 0);
    setKind(content.kind);
    m_text->setText(content.templateText);
    m_chat->setMessages(content.messages);
    m_params->setParams(content.params);
    m_loading = false;
    updateStatus();
}

void PromptPage::setKind(PromptContent::Kind kind)
{
    if (!m_loading && kind == PromptContent::Kind::Chat && m_chat->count() == 0) {
        // Carry the text template over as the first user message, so switching loses nothing.
        m_loading = true;
        m_chat->setMessages({{QStringLiteral("user"), m_text->text()}});
        m_loading = false;
    } else if (!m_loading && kind == PromptContent::Kind::Text && m_text->text().isEmpty() && m_chat->count() > 0) {
        m_loading = true;
        m_text->setText(m_chat->messages().constLast().content);
        m_loading = false;
    }
    m_editors->setCurrentWidget(kind == PromptContent::Kind::Chat ? static_cast<QWidget *>(m_chat) : m_text);
}

void PromptPage::onEdited()
{
    if (m_loading || m_readOnly)
        return;
    m_dirty = true;
    m_saveTimer->start();
    updateStatus();
}

bool PromptPage::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty || m_readOnly)
        return true;
    StoreError error;
    if (!m_store.saveDraft(m_promptId, content(), &error)) {
        m_status->setText(tr("Could not save the draft: %1").arg(error.message));
        return false;
    }
    m_dirty = false;
    updateStatus();
    return true;
}

bool PromptPage::commitDraft(const QString &message, QString *error)
{
    if (!saveDraft()) {
        *error = m_status->text();
        return false;
    }
    StoreError e;
    const auto v = m_store.commit(m_promptId, message, &e);
    if (!v) {
        *error = e.message;
        updateStatus();
        return false;
    }
    reloadHistory();
    updateStatus();
    Q_EMIT committed(m_promptId, v->number);
    return true;
}

void PromptPage::commitInteractively()
{
    if (m_readOnly)
        return;
    saveDraft();
    if (!m_store.draftHasChanges(m_promptId)) {
        QMessageBox::information(this, tr("Nothing to Commit"),
                                 tr("The draft is identical to the version it started from."));
        return;
    }
    bool ok = false;
    const QString message = QInputDialog::getMultiLineText(this, tr("Commit Version"),
                                                           tr("Describe what changed and why:"), QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!commitDraft(message, &error))
        QMessageBox::warning(this, tr("Cannot Commit"), error);
}

void PromptPage::reloadHistory()
{
    m_history->reload(&m_store, m_promptId);
}

QString PromptPage::statusText() const
{
    return m_status->text();
}

void PromptPage::updateStatus()
{
    if (m_version > 0) {
        const auto v = m_store.version(m_promptId, m_version);
        m_status->setText(v ? tr("Version %1 · %2 · read-only").arg(v->number).arg(v->message) : QString());
        return;
    }
    if (m_readOnly) {
        m_status->setText(tr("Read-only workspace"));
        return;
    }
    const PromptDraft draft = m_store.draft(m_promptId);
    const QString base = draft.baseNumber > 0 ? tr("based on @%1").arg(draft.baseNumber) : tr("not committed yet");
    const QString state = m_dirty ? tr("saving…")
                                  : (m_store.draftHasChanges(m_promptId) ? tr("draft saved, uncommitted changes")
                                                                         : tr("no changes since @%1").arg(draft.baseNumber));
    m_status->setText(tr("Draft · %1 · %2").arg(base, state));
}

void PromptPage::restore(int number)
{
    saveDraft();
    if (m_store.draftHasChanges(m_promptId)
        && QMessageBox::question(this, tr("Restore Version"),
                                 tr("Replace the draft with version %1? Uncommitted changes in the draft are lost.").arg(number))
               != QMessageBox::Yes)
        return;
    StoreError error;
    if (!m_store.restoreToDraft(m_promptId, number, &error)) {
        QMessageBox::warning(this, tr("Cannot Restore"), error.message);
        return;
    }
    if (m_version == 0)
        setContent(m_store.draft(m_promptId).content);
    updateStatus();
}

void PromptPage::reloadDatasets()
{
    m_dataset->clear();
    m_dataset->addItem(tr("(none)"), qint64(0));
    for (const auto &[id, name] : PromptDatasetLink(m_store.database()).datasetChoices())
        m_dataset->addItem(name, id);
    m_dataset->setCurrentIndex(qMax(0, m_dataset->findData(PromptDatasetLink(m_store.database()).linkedDataset(m_promptId))));
}

QStringList PromptPage::completionWords() const
{
    return PromptDatasetLink(m_store.database()).linkedColumns(m_promptId);
}

void PromptPage::applyCompletionWords()
{
    const QStringList words = completionWords();
    setPromptCompletionWords(m_text, words);
    for (int i = 0; i < m_chat->count(); ++i)
        setPromptCompletionWords(m_chat->editorAt(i), words);
}

void PromptPage::label(int number)
{
    QStringList choices{QStringLiteral("production"), QStringLiteral("candidate"), QStringLiteral("staging")};
    for (const QString &l : m_store.labels(m_promptId).keys()) {
        if (!choices.contains(l))
            choices << l;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Label Version"),
                                               tr("Point this label at version %1:").arg(number), choices, 0, true, &ok);
    if (!ok || name.isEmpty())
        return;
    StoreError error;
    if (!m_store.setLabel(m_promptId, name.trimmed(), number, &error))
        QMessageBox::warning(this, tr("Cannot Label"), error.message);
    reloadHistory();
}

} // namespace lathe
