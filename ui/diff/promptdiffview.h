#pragma once

#include "diff/promptdiff.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace lathe {

class DiffView;

// Comparison of two prompt versions: a table of the model parameters (key, old, new; changed
// ones tinted), then one DiffView for the template of a text prompt, or, for a chat prompt, a
// list of the messages (marked = ~ + −) beside a DiffView of the selected message.
class PromptDiffView final : public QWidget
{
    Q_OBJECT
public:
    explicit PromptDiffView(QWidget *parent = nullptr);

    void setPrompts(const QString &leftTitle, const PromptSnapshot &left, const QString &rightTitle,
                    const PromptSnapshot &right);
    void setDiff(const QString &leftTitle, const QString &rightTitle, const PromptDiff &diff);

    const PromptDiff &diff() const { return m_diff; }
    // The whole comparison as one unified diff (PromptDiff::unifiedDiff).
    QString unifiedDiff() const;

    QTableWidget *parametersTable() const { return m_parameters; }
    QListWidget *messageList() const { return m_messages; }
    DiffView *textView() const { return m_text; }

    // Shows message entry `index` of diff().messages() in the text view.
    void showMessage(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillParameters();
    void fillMessages();

    PromptDiff m_diff;
    QString m_leftTitle;
    QString m_rightTitle;
    QLabel *m_summary = nullptr;
    QTableWidget *m_parameters = nullptr;
    QListWidget *m_messages = nullptr;
    DiffView *m_text = nullptr;
};

} // namespace lathe
