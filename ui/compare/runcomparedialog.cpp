#include "runcomparedialog.h"

#include "runcompareview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lathe {

RunCompareDialog::RunCompareDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_view(new RunCompareView(this))
{
    setWindowTitle(tr("Compare Runs"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &RunCompareView::caseOpenRequested, this, &RunCompareDialog::caseOpenRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
    m_view->setWorkspacePath(workspacePath);
}

} // namespace lathe
