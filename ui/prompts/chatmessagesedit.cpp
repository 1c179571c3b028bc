#include "chatmessagesedit.h"

#include "editorfactory.h"

#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace lathe {

ChatMessagesEdit::ChatMessagesEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Message"), this);
    m_add->setObjectName(QStringLiteral("addMessage"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        // Alternate user/assistant after the last message, the usual few-shot shape.
        const QString last = m_blocks.isEmpty() ? QStringLiteral("system") : m_blocks.last().role->currentText();
        addMessage(last == QLatin1StringView("user") ? QStringLiteral("assistant") : QStringLiteral("user"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

QList<ChatMessage> ChatMessagesEdit::messages() const
{
    QList<ChatMessage> out;
    for (const Block &b : m_blocks)
        out.append({b.role->currentText(), b.editor->text()});
    return out;
}

void ChatMessagesEdit::setMessages(const QList<ChatMessage> &messages)
{
    m_loading = true;
    while (!m_blocks.isEmpty()) {
        delete m_blocks.takeLast().frame;
    }
    for (const ChatMessage &m : messages)
        addMessage(m.role, m.content);
    m_loading = false;
}

QsciScintilla *ChatMessagesEdit::editorAt(int i) const
{
    return i >= 0 && i < m_blocks.size() ? m_blocks[i].editor : nullptr;
}

int ChatMessagesEdit::indexOfFrame(QWidget *frame) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].frame == frame)
            return i;
    }
    return -1;
}

void ChatMessagesEdit::addMessage(const QString &role, const QString &content)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *role_ = new QComboBox(frame);
    role_->addItems(PromptContent::roles());
    role_->setCurrentText(role);
    if (role_->currentText() != role) {   // keep an unknown role visible rather than lose it
        role_->addItem(role);
        role_->setCurrentText(role);
    }
    auto *up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), QString(), frame);
    auto *down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), QString(), frame);
    auto *remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), QString(), frame);
    up->setToolTip(tr("Move up"));
    down->setToolTip(tr("Move down"));
    remove->setToolTip(tr("Remove this message"));
    QsciScintilla *editor = createPromptEditor(frame);
    editor->setText(content);
    editor->setMinimumHeight(90);
    auto *header = new QHBoxLayout;
    header->addWidget(role_);
    header->addStretch();
    header->addWidget(up);
    header->addWidget(down);
    header->addWidget(remove);
    auto *v = new QVBoxLayout(frame);
    v->addLayout(header);
    v->addWidget(editor);
    m_blocks.append({frame, role_, editor, up, down, remove});
    m_list->insertWidget(m_list->count() - 1, frame);

    auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(role_, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(editor, &QsciScintilla::textChanged, this, emitChanged);
    connect(up, &QPushButton::clicked, this, [this, frame] {
        const int i = indexOfFrame(frame);
        moveMessage(i, i - 1);
    });
    connect(down, &QPushButton::clicked, this, [this, frame] {
        const int i = indexOfFrame(frame);
        moveMessage(i, i + 1);
    });
    connect(remove, &QPushButton::clicked, this, [this, frame] { removeMessage(indexOfFrame(frame)); });
    setReadOnly(m_readOnly);
    if (!m_loading) {
        editor->setFocus();
        Q_EMIT changed();
    }
}

void ChatMessagesEdit::removeMessage(int index)
{
    if (index < 0 || index >= m_blocks.size())
        return;
    delete m_blocks.takeAt(index).frame;
    relayout();
    Q_EMIT changed();
}

void ChatMessagesEdit::moveMessage(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_blocks.size() || to >= m_blocks.size() || from == to)
        return;
    m_blocks.move(from, to);
    relayout();
    Q_EMIT changed();
}

void ChatMessagesEdit::relayout()
{
    for (const Block &b : std::as_const(m_blocks))
        m_list->removeWidget(b.frame);
    for (int i = 0; i < m_blocks.size(); ++i) {
        m_list->insertWidget(i, m_blocks[i].frame);
        m_blocks[i].up->setEnabled(!m_readOnly && i > 0);
        m_blocks[i].down->setEnabled(!m_readOnly && i + 1 < m_blocks.size());
    }
}

void ChatMessagesEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (const Block &b : std::as_const(m_blocks)) {
        b.role->setEnabled(!readOnly);
        b.editor->setReadOnly(readOnly);
        b.remove->setVisible(!readOnly);
        b.up->setVisible(!readOnly);
        b.down->setVisible(!readOnly);
    }
    relayout();
}

} // namespace lathe
