#include "reviewattachment.h"

#include "casedetailpane.h"
#include "comparisonview.h"
#include "results/resultspage.h"
#include "results/summarytablemodel.h"
#include "review/judgementmetrics.h"
#include "review/judgementsummary.h"

namespace lathe {

ReviewAttachment *ReviewAttachment::attach(ResultsPage *page, Database &db)
{
    return new ReviewAttachment(page, db);
}

ReviewAttachment::ReviewAttachment(ResultsPage *page, Database &db)
    : QObject(page)
    , m_page(page)
    , m_db(db)
    , m_detail(new CaseDetailPane(&db))
    , m_compare(new ComparisonView(db))
{
    page->setDetailWidget(m_detail);
    page->addView(m_compare, tr("Side by side"));
    connect(page, &ResultsPage::currentCaseChanged, m_detail, &CaseDetailPane::showCase);
    connect(m_compare, &ComparisonView::currentCaseChanged, m_detail, &CaseDetailPane::showCase);
    connect(m_compare, &ComparisonView::judgementsChanged, m_detail, &CaseDetailPane::reload);
    connect(m_compare, &ComparisonView::judgementsChanged, this, &ReviewAttachment::updateSummaryColumns);
    connect(page, &ResultsPage::summaryLoaded, this, &ReviewAttachment::followPage);
    followPage();
}

void ReviewAttachment::followPage()
{
    if (m_page->runId() > 0 && m_page->runId() != m_compare->runId())
        m_compare->setRun(m_page->runId());
    updateSummaryColumns();
}

void ReviewAttachment::updateSummaryColumns()
{
    if (m_page->runId() <= 0)
        return;
    m_page->summaryModel()->setExtraMetrics(
        JudgementMetrics::summaryMetrics(JudgementSummary::forRun(m_db, m_page->runId())));
}

} // namespace lathe
