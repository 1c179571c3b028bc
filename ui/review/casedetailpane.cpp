#include "casedetailpane.h"

#include "jsonview.h"
#include "review/casedetail.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace lathe {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QColor verdictColor(bool pass, const QPalette &p)
{
    const bool dark = p.color(QPalette::Base).lightnessF() < 0.5;
    if (pass)
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

} // namespace

CaseDetailPane::CaseDetailPane(Database *db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_prompt(new QTextBrowser(this))
    , m_request(new JsonView(this))
    , m_response(new JsonView(this))
{
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_prompt->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildOutputTab(), tr("&Output"));
    m_tabs->addTab(m_prompt, tr("&Prompt"));
    m_tabs->addTab(buildScoresTab(), tr("&Scores"));
    m_tabs->addTab(m_request, tr("Re&quest"));
    m_tabs->addTab(m_response, tr("Res&ponse"));
    clear();
}

QWidget *CaseDetailPane::buildOutputTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_markdownToggle = new QCheckBox(tr("Render &Markdown"), page);
    m_outputStack = new QStackedWidget(page);
    m_output = new QPlainTextEdit(page);
    m_output->setReadOnly(true);
    m_markdown = new QTextBrowser(page);
    m_markdown->setOpenLinks(false);
    m_outputStack->addWidget(m_output);
    m_outputStack->addWidget(m_markdown);
    m_error = new QLabel(page);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expected = new QPlainTextEdit(page);
    m_expected->setReadOnly(true);
    connect(m_markdownToggle, &QCheckBox::toggled, this, &CaseDetailPane::setMarkdown);

    auto *outputBox = new QWidget(page);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_markdownToggle);
    outputLayout->addWidget(m_error);
    outputLayout->addWidget(m_outputStack, 1);
    auto *expectedBox = new QWidget(page);
    auto *expectedLayout = new QVBoxLayout(expectedBox);
    expectedLayout->setContentsMargins(0, 0, 0, 0);
    expectedLayout->addWidget(new QLabel(tr("Expected"), expectedBox));
    expectedLayout->addWidget(m_expected, 1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(outputBox);
    split->addWidget(expectedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    return page;
}

QWidget *CaseDetailPane::buildScoresTab()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    m_scores = makeTable({tr("Scorer"), tr("Value"), tr("Pass"), tr("Reason")}, split);
    m_measurements = makeTable({tr("Measurement"), tr("Value")}, split);
    split->addWidget(m_scores);
    split->addWidget(m_measurements);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    return split;
}

void CaseDetailPane::setDatabase(Database *db)
{
    m_db = db;
    clear();
}

void CaseDetailPane::clear()
{
    m_caseId = 0;
    m_header->setText(tr("Select a case to see its details."));
    m_output->clear();
    m_markdown->clear();
    m_error->hide();
    m_expected->clear();
    m_prompt->clear();
    m_scores->setRowCount(0);
    m_measurements->setRowCount(0);
    m_request->clear();
    m_response->clear();
}

void CaseDetailPane::reload()
{
    showCase(m_caseId);
}

void CaseDetailPane::showCase(qint64 caseId)
{
    if (!m_db || caseId <= 0) {
        clear();
        return;
    }
    QString error;
    const auto detail = CaseDetail::load(*m_db, caseId, &error);
    if (!detail) {
        clear();
        m_header->setText(error);
        return;
    }
    showDetail(*detail);
}

void CaseDetailPane::showDetail(const CaseDetail &d)
{
    m_caseId = d.caseId();
    const CaseDetailRecord &rec = d.record();
    QString verdict = tr("pending");
    if (d.isError())
        verdict = tr("error");
    else if (const auto pass = d.passed())
        verdict = *pass ? tr("passed") : tr("failed");
    else if (!d.isPending())
        verdict = tr("no verdict");
    QString row = tr("Row %1").arg(rec.work.rowPosition + 1);
    if (rec.work.repeat > 0)
        row = tr("Row %1, repeat %2").arg(rec.work.rowPosition + 1).arg(rec.work.repeat + 1);
    m_header->setText(tr("%1 · %2 · %3").arg(row, d.columnLabel(), verdict));

    m_output->setPlainText(d.output());
    m_markdown->setMarkdown(d.output());
    m_error->setVisible(d.isError());
    m_error->setText(d.isError() ? tr("The call failed: %1").arg(d.error()) : QString());
    m_expected->setPlainText(d.expectedText());

    QString html;
    if (!d.variables().isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(tr("Variables").toHtmlEscaped());
        for (const NamedValue &v : d.variables())
            html += QStringLiteral("<tr><td><b>%1</b></td><td style=\"white-space: pre-wrap\">%2</td></tr>")
                        .arg(v.name.toHtmlEscaped(), v.value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Messages sent").toHtmlEscaped());
    if (d.messages().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("The stored request holds no messages.").toHtmlEscaped());
    for (const SentMessage &m : d.messages())
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"white-space: pre-wrap\">%2</pre>")
                    .arg(m.role.toHtmlEscaped(), m.content.toHtmlEscaped());
    m_prompt->setHtml(html);

    fillScores(d);
    fillMeasurements(d);
    m_request->setJson(rec.result.request);
    m_response->setJson(rec.result.response);
}

void CaseDetailPane::fillScores(const CaseDetail &d)
{
    m_scores->setRowCount(0);
    const QLocale locale;
    for (const StoredScore &s : d.scores()) {
        const QString value = s.value ? locale.toString(*s.value, 'g', 4) : tr("—");
        const QString pass = s.pass ? (*s.pass ? tr("✓ pass") : tr("✗ fail")) : tr("—");
        addRow(m_scores, {s.scorer, value, pass, s.reason});
        if (s.pass)
            m_scores->item(m_scores->rowCount() - 1, 2)->setForeground(verdictColor(*s.pass, palette()));
    }
    m_scores->resizeColumnsToContents();
    m_scores->resizeRowsToContents();
}

void CaseDetailPane::fillMeasurements(const CaseDetail &d)
{
    m_measurements->setRowCount(0);
    if (d.isPending()) {
        addRow(m_measurements, {tr("Status"), tr("pending")});
        return;
    }
    const CaseResult &r = d.record().result;
    const QLocale locale;
    const auto ms = [&](double v) { return tr("%1 ms").arg(locale.toString(v, 'f', 0)); };
    const auto count = [&](qint64 v) { return v < 0 ? tr("not reported") : locale.toString(v); };
    addRow(m_measurements, {tr("Status"), r.ok ? tr("ok") : tr("error")});
    addRow(m_measurements, {tr("Latency"), ms(r.latencyMs)});
    addRow(m_measurements, {tr("Time to first token"), r.ttftMs < 0 ? tr("not measured") : ms(r.ttftMs)});
    addRow(m_measurements, {tr("Prompt tokens"), count(r.promptTokens)});
    addRow(m_measurements, {tr("Completion tokens"), count(r.completionTokens)});
    addRow(m_measurements, {tr("Cost"), r.cost < 0 ? tr("unknown") : locale.toString(r.cost, 'g', 6)});
    addRow(m_measurements, {tr("From cache"), r.cached ? tr("yes") : tr("no")});
    addRow(m_measurements, {tr("Attempts"), locale.toString(r.attempts)});
    addRow(m_measurements, {tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("—")});
    addRow(m_measurements, {tr("Finish reason"), r.finishReason.isEmpty() ? tr("—") : r.finishReason});
    addRow(m_measurements, {tr("Answered at"), d.record().answeredAt});
    if (const auto &review = d.review()) {
        if (review->rating)
            addRow(m_measurements, {tr("Reviewer rating"), tr("%1/5").arg(*review->rating)});
        if (!review->comment.isEmpty())
            addRow(m_measurements, {tr("Reviewer comment"), review->comment});
    }
    m_measurements->resizeColumnsToContents();
    m_measurements->resizeRowsToContents();
}

QSize CaseDetailPane::sizeHint() const
{
    const int tabs = m_tabs->tabBar()->sizeHint().width() + 24;
    return {std::max(tabs, fontMetrics().averageCharWidth() * 60), QWidget::sizeHint().height()};
}

bool CaseDetailPane::isMarkdown() const
{
    return m_markdownToggle->isChecked();
}

void CaseDetailPane::setMarkdown(bool on)
{
    if (m_markdownToggle->isChecked() != on) {
        m_markdownToggle->setChecked(on);   // calls back here through toggled()
        return;
    }
    m_outputStack->setCurrentWidget(on ? static_cast<QWidget *>(m_markdown) : m_output);
}

QString CaseDetailPane::headerText() const
{
    return m_header->text();
}

QString CaseDetailPane::outputText() const
{
    return m_output->toPlainText();
}

QString CaseDetailPane::expectedText() const
{
    return m_expected->toPlainText();
}

QString CaseDetailPane::errorText() const
{
    return m_error->isVisibleTo(const_cast<CaseDetailPane *>(this)) ? m_error->text() : QString();
}

QString CaseDetailPane::promptHtml() const
{
    return m_prompt->toHtml();
}

} // namespace lathe
