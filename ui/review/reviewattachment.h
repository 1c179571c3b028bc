#pragma once

#include <QObject>

namespace lathe {

class CaseDetailPane;
class ComparisonView;
class Database;
class ResultsPage;

// Adds this folder's views to a results page and wires them:
// - a CaseDetailPane as the page's detail widget, following the case matrix's current case
//   and the comparison's current output, re-read after every vote;
// - a ComparisonView as the "Side by side" tab, showing the page's run (it follows the page when
//   the page is set to another run, once that run's summary has loaded);
// - the human judgements as extra summary-table columns (JudgementMetrics), recomputed when the
//   summary loads and after every vote.
// The attachment is a child of the page; the page owns the widgets. `db` is the workspace's
// GUI-thread connection and must outlive the page.
class ReviewAttachment final : public QObject
{
    Q_OBJECT
public:
    static ReviewAttachment *attach(ResultsPage *page, Database &db);

    CaseDetailPane *detailPane() const { return m_detail; }
    ComparisonView *comparisonView() const { return m_compare; }

private:
    ReviewAttachment(ResultsPage *page, Database &db);
    void followPage();
    void updateSummaryColumns();

    ResultsPage *m_page;
    Database &m_db;
    CaseDetailPane *m_detail = nullptr;
    ComparisonView *m_compare = nullptr;
};

} // namespace lathe
