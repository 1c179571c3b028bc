#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace lathe {

class PromptHistoryModel;
class PromptStore;

// The versions of one prompt, newest first, with their messages, times and labels, and the
// actions on them: open read-only, restore into the draft, compare, label, fork. Select one
// version to compare it with the draft, or two to compare them with each other.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void reload(PromptStore *store, qint64 promptId);
    PromptHistoryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QList<int> selectedNumbers() const;   // in history order, newest first
    void selectNumbers(const QList<int> &numbers);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void openRequested(int number);
    void restoreRequested(int number);
    void compareRequested(int leftNumber, int rightNumber);   // rightNumber 0 means the draft
    void labelRequested(int number);
    void forkRequested(int number);

private:
    void updateButtons();

    PromptHistoryModel *m_model;
    QListView *m_view;
    QPushButton *m_open;
    QPushButton *m_restore;
    QPushButton *m_compare;
    QPushButton *m_label;
    QPushButton *m_fork;
    bool m_readOnly = false;
};

} // namespace lathe
