#pragma once

#include "prompt/promptcontent.h"

#include <QWidget>

class QComboBox;
class QVBoxLayout;
class QsciScintilla;
class QPushButton;

namespace lathe {

// The ordered messages of a chat prompt, each with a role and its own template editor; the
// user adds, removes and reorders them. Emits changed() on every user edit.
class ChatMessagesEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatMessagesEdit(QWidget *parent = nullptr);

    QList<ChatMessage> messages() const;
    void setMessages(const QList<ChatMessage> &messages);   // does not emit changed()
    void setReadOnly(bool readOnly);
    int count() const { return int(m_blocks.size()); }
    QsciScintilla *editorAt(int i) const;

public Q_SLOTS:
    void addMessage(const QString &role = QStringLiteral("user"), const QString &content = {});
    void removeMessage(int index);
    void moveMessage(int from, int to);

Q_SIGNALS:
    void changed();

private:
    struct Block
    {
        QWidget *frame;
        QComboBox *role;
        QsciScintilla *editor;
        QPushButton *up;
        QPushButton *down;
        QPushButton *remove;
    };
    void relayout();
    int indexOfFrame(QWidget *frame) const;

    QVBoxLayout *m_list;
    QPushButton *m_add;
    QList<Block> m_blocks;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace lathe
