#pragma once

#include <QDialog>

namespace lathe {

class RunCompareView;

// "Compare Runs": a RunCompareView of one workspace in a non-modal dialog with a Close button.
// caseOpenRequested is forwarded from the view.
class RunCompareDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RunCompareDialog(const QString &workspacePath, QWidget *parent = nullptr);

    RunCompareView *view() const { return m_view; }

Q_SIGNALS:
    void caseOpenRequested(qint64 runId, qint64 caseId);

private:
    RunCompareView *m_view;
};

} // namespace lathe
