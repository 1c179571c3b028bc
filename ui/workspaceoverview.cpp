#include "workspaceoverview.h"

#include "workspace/workspace.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe {

WorkspaceOverview::WorkspaceOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_title->setTextFormat(Qt::RichText);
    m_counts->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignHCenter);
    m_hint->setMaximumWidth(560);
    m_counts->setObjectName(QStringLiteral("overviewCounts"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_counts, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    // In a row between stretches rather than with AlignHCenter: an aligned item gets its size
    // hint's height, which cuts a word-wrapped label short.
    auto *hintRow = new QHBoxLayout;
    hintRow->addStretch();
    hintRow->addWidget(m_hint, 4);
    hintRow->addStretch();
    layout->addLayout(hintRow);
    layout->addStretch(2);
}

void WorkspaceOverview::refresh(Workspace *workspace)
{
    if (!workspace)
        return;
    const WorkspaceStats s = workspace->stats();
    m_title->setText(tr("<h2>%1</h2>").arg(workspace->projectName().toHtmlEscaped()));
    m_counts->setText(tr("<table cellspacing='6'>"
                         "<tr><td>Prompts</td><td align='right'><b>%1</b></td><td>with %2 committed versions</td></tr>"
                         "<tr><td>Datasets</td><td align='right'><b>%3</b></td><td>with %4 rows</td></tr>"
                         "<tr><td>Runs</td><td align='right'><b>%5</b></td><td>with %6 results</td></tr>"
                         "</table>")
                          .arg(s.prompts).arg(s.promptVersions).arg(s.datasets).arg(s.datasetRows)
                          .arg(s.runs).arg(s.results));
    QString hint;
    if (s.prompts == 0 && s.datasets == 0)
        hint = tr("This workspace is empty. Start by creating a prompt or importing a dataset "
                  "(a CSV, JSON or JSONL file of test cases).");
    else
        hint = tr("Open a prompt, dataset or run from the Project tree on the left (double-click "
                  "or Enter).");
    if (workspace->isReadOnly())
        hint += QLatin1Char(' ') + tr("The workspace is read-only (%1): you can look, but not change anything.")
                                       .arg(workspace->readOnlyReason());
    m_hint->setText(hint);
    setToolTip(QDir::toNativeSeparators(workspace->path()));
}

} // namespace lathe
