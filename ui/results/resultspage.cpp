#include "resultspage.h"

#include "casematrixview.h"
#include "summaryview.h"

#include "results/casematrixmodel.h"
#include "results/summaryloader.h"
#include "results/summarytablemodel.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lathe {

ResultsPage::ResultsPage(QWidget *parent)
    : QWidget(parent)
    , m_summaryModel(new SummaryTableModel(this))
    , m_matrixModel(new CaseMatrixModel(this))
    , m_loader(new SummaryLoader(this))
    , m_header(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_summaryView(new SummaryView(m_summaryModel, this))
    , m_casesView(new CaseMatrixView(m_matrixModel, this))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_summaryView, tr("&Summary"));
    m_tabs->addTab(m_casesView, tr("&Cases"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_casesView, &CaseMatrixView::currentCaseChanged, this, &ResultsPage::currentCaseChanged);
    connect(m_summaryView, &SummaryView::refreshRequested, this, &ResultsPage::refresh);
    connect(m_loader, &SummaryLoader::loaded, this, [this](qint64 runId, const QList<ColumnSummary> &summaries) {
        if (runId != m_runId)
            return;
        m_summaryModel->setSummaries(summaries);
        onSummaryLoaded(runId);
    });
    connect(m_loader, &SummaryLoader::failed, this, [this](qint64 runId, const QString &error) {
        if (runId != m_runId)
            return;
        m_summaryModel->clear();
        m_summaryView->showMessage(error, true);
    });
    setRun({}, 0);
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::setRun(const QString &workspacePath, qint64 runId, const QString &title)
{
    const bool none = workspacePath.isEmpty() || runId <= 0;
    m_path = none ? QString() : workspacePath;
    m_runId = none ? 0 : runId;
    m_title = title;
    m_summaryModel->clear();
    m_matrixModel->setRun(m_path, m_runId);
    if (none) {
        m_header->setText(tr("No run selected"));
        m_summaryView->showMessage(tr("No run selected. Choose a run in the Runs panel and click Open to see its results."));
        m_casesView->showMessage({});
        return;
    }
    m_header->setText(title.isEmpty() ? tr("Run %1").arg(runId) : title);
    m_summaryView->showMessage(tr("Computing the summary…"));
    m_casesView->showMessage({});
    m_loader->load(m_path, m_runId);
}

void ResultsPage::refresh()
{
    if (m_runId <= 0)
        return;
    if (!m_summaryView->isShowingTable())
        m_summaryView->showMessage(tr("Computing the summary…"));
    m_matrixModel->refresh();
    m_loader->load(m_path, m_runId);
}

void ResultsPage::onSummaryLoaded(qint64 runId)
{
    Q_UNUSED(runId);
    const bool noResults = m_summaryModel->rowCount() > 0 && m_summaryModel->answeredCases() == 0;
    m_casesView->showMessage(noResults ? tr("This run has no results yet. Start or resume it from the Runs panel; its "
                                            "cases show here once results are stored.")
                                       : QString());
    if (noResults) {
        m_summaryView->showMessage(tr("This run has no results yet. Start or resume it from the Runs panel, then click "
                                      "Refresh to see the results stored so far."),
                                   true);
    } else if (m_summaryModel->rowCount() == 0) {
        m_summaryView->showMessage(tr("This run has no columns to summarize."), true);
    } else {
        m_summaryView->showMessage({});
    }
    Q_EMIT summaryLoaded();
}

void ResultsPage::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
}

void ResultsPage::setDetailWidget(QWidget *widget, Qt::Orientation orientation)
{
    delete m_detail;
    m_detail = widget;
    m_splitter->setOrientation(orientation);
    if (!widget)
        return;
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

qint64 ResultsPage::currentCaseId() const
{
    return m_casesView->currentCaseId();
}

} // namespace lathe
