#include "emptystatepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lathe {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("<h2>No workspace is open</h2>"), this);
    auto *hint = new QLabel(tr("A workspace is one <b>.lathe</b> file holding a whole project: prompts "
                               "and their versions, test datasets, runs and scores. Create one, or "
                               "open an existing file."), this);
    hint->setWordWrap(true);
    hint->setMaximumWidth(520);
    auto *newButton = new QPushButton(tr("&New Workspace…"), this);
    auto *openButton = new QPushButton(tr("&Open Workspace…"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &EmptyStatePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &EmptyStatePage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

} // namespace lathe
