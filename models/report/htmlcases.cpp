#include "htmlcases.h"

#include "reportcharts.h"
#include "reporttext.h"

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString span(const QString &cls, QStringView text)
{
    return u"<span class=\""_s + cls + u"\">"_s + esc(text.toString()) + u"</span>"_s;
}

// A line with its changed ranges wrapped in `cls` spans.
QString markedLine(QStringView line, const QList<WordRange> &ranges, const QString &cls)
{
    QString out;
    int at = 0;
    for (const WordRange &r : ranges) {
        out += esc(line.mid(at, r.start - at).toString());
        out += span(cls, line.mid(r.start, r.length));
        at = r.start + r.length;
    }
    return out + esc(line.mid(at).toString());
}

QString inputs(const ReportData &d, const ReportRow &row)
{
    QString out;
    for (const DatasetColumn &c : d.datasetColumns) {
        if (c.role != ColumnRole::Variable && c.role != ColumnRole::Metadata)
            continue;
        const QString value = ReportText::value(row.data.value(c.key));
        out += u"<div><b>"_s + esc(c.name) + u"</b>"_s + (c.role == ColumnRole::Metadata ? u" (metadata)"_s : QString())
            + u"</div><div class=\"out\">"_s + esc(value) + u"</div>"_s;
    }
    if (!row.tags.isEmpty())
        out += u"<div class=\"muted\">tags: "_s + esc(row.tags.join(u", "_s)) + u"</div>"_s;
    return out;
}

QString expected(const ReportData &d, const ReportRow &row)
{
    QString out;
    for (const DatasetColumn &c : d.columnsWithRole(ColumnRole::Expected)) {
        if (d.columnsWithRole(ColumnRole::Expected).size() > 1)
            out += u"<div><b>"_s + esc(c.name) + u"</b></div>"_s;
        out += u"<div class=\"out\">"_s + esc(ReportText::value(row.data.value(c.key))) + u"</div>"_s;
    }
    return out;
}

QString badge(const ReportCase &c)
{
    if (c.state == ReportCaseState::Pending)
        return u"<div class=\"badge pending\">PENDING</div>"_s;
    if (c.state == ReportCaseState::Error)
        return u"<div class=\"badge error\">ERROR</div>"_s;
    if (!c.pass)
        return u"<div class=\"badge muted\">OK</div>"_s;
    return *c.pass ? u"<div class=\"badge pass\">PASS</div>"_s : u"<div class=\"badge fail\">FAIL</div>"_s;
}

QString caseCell(const ReportData &d, const ReportCase &c)
{
    if (c.caseId == 0)
        return u"<td class=\"muted\">not planned</td>"_s;
    QString out = u"<td>"_s + badge(c);
    const CaseResult &r = c.result;
    if (c.state == ReportCaseState::Ok)
        out += u"<div class=\"out\">"_s + esc(r.output) + u"</div>"_s;
    if (c.state == ReportCaseState::Error)
        out += u"<div class=\"err\">"_s + esc(r.error) + u"</div>"_s;
    if (c.diff) {
        const DiffSummary s = c.diff->summary();
        out += u"<div class=\"sc\">vs "_s + esc(d.columns.constFirst().label) + u" (+"_s + QString::number(s.insertions)
            + u" -"_s + QString::number(s.deletions) + u" lines):</div>"_s + HtmlCases::diff(*c.diff);
    }
    for (const ReportScoreRecord &s : c.scores) {
        QString line = esc(s.scorer);
        if (s.value)
            line += u' ' + ReportText::number(*s.value);
        if (s.pass)
            line += *s.pass ? u" <span class=\"pass\">pass</span>"_s : u" <span class=\"fail\">fail</span>"_s;
        if (!s.reason.isEmpty())
            line += u" &middot; "_s + esc(s.reason);
        out += u"<div class=\"sc\">"_s + line + u"</div>"_s;
    }
    if (c.state != ReportCaseState::Pending) {
        QStringList m;
        if (r.latencyMs > 0)
            m << ReportCharts::milliseconds(r.latencyMs);
        if (r.promptTokens >= 0 || r.completionTokens >= 0)
            m << QString::number(std::max<qint64>(0, r.promptTokens)) + u'+'
                    + QString::number(std::max<qint64>(0, r.completionTokens)) + u" tokens"_s;
        if (r.cost >= 0)
            m << ReportText::cost(r.cost, d.currency);
        if (r.cached)
            m << u"cached"_s;
        if (r.httpStatus != 0 && r.httpStatus != 200)
            m << u"HTTP "_s + QString::number(r.httpStatus);
        out += u"<div class=\"sc muted\">"_s + esc(m.join(u" \u00b7 "_s)) + u"</div>"_s;
    }
    return out + u"</td>"_s;
}

} // namespace

QString HtmlCases::diff(const DiffResult &diff)
{
    QStringList lines;
    for (const DiffRow &row : diff.rows()) {
        switch (row.kind) {
        case DiffRow::Kind::Equal:
            lines << esc(diff.rightLine(row.right).toString());
            break;
        case DiffRow::Kind::Changed:
            lines << u"<span class=\"dl\">"_s + markedLine(diff.leftLine(row.left), row.leftRanges, u"del"_s)
                    + u"</span>"_s;
            lines << u"<span class=\"il\">"_s + markedLine(diff.rightLine(row.right), row.rightRanges, u"ins"_s)
                    + u"</span>"_s;
            break;
        case DiffRow::Kind::Removed:
            lines << span(u"del"_s, diff.leftLine(row.left));
            break;
        case DiffRow::Kind::Added:
            lines << span(u"ins"_s, diff.rightLine(row.right));
            break;
        }
    }
    return u"<div class=\"out diff\">"_s + lines.join(u'\n') + u"</div>"_s;
}

QString HtmlCases::unifiedDiff(const QString &text)
{
    QStringList lines;
    const QString trimmed = text.endsWith(u'\n') ? text.chopped(1) : text;
    for (const QString &line : trimmed.split(u'\n')) {
        if (line.startsWith(u"+++"_s) || line.startsWith(u"---"_s))
            lines << span(u"file"_s, line);
        else if (line.startsWith(u"@@"_s))
            lines << span(u"hunk"_s, line);
        else if (line.startsWith(u'+'))
            lines << span(u"ins"_s, line);
        else if (line.startsWith(u'-'))
            lines << span(u"del"_s, line);
        else
            lines << esc(line);
    }
    return u"<pre class=\"udiff\">"_s + lines.join(u'\n') + u"</pre>\n"_s;
}

QString HtmlCases::table(const ReportData &d)
{
    QString out = u"<h2 id=\"cases\">Cases</h2>\n<table class=\"cases\" width=\"100%\">\n<tr><th>#</th><th>Inputs</th>"_s;
    const bool hasExpected = !d.columnsWithRole(ColumnRole::Expected).isEmpty();
    if (hasExpected)
        out += u"<th>Expected</th>"_s;
    for (const ReportColumn &c : d.columns)
        out += u"<th>"_s + esc(c.label) + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const ReportRow &row : d.rows) {
        out += u"<tr><td class=\"n\">"_s + QString::number(row.position + 1);
        if (row.repeat > 0)
            out += u"<br><span class=\"muted\">repeat "_s + QString::number(row.repeat + 1) + u"</span>"_s;
        out += u"</td><td>"_s + inputs(d, row) + u"</td>"_s;
        if (hasExpected)
            out += u"<td>"_s + expected(d, row) + u"</td>"_s;
        for (const ReportCase &c : row.cases)
            out += caseCell(d, c);
        out += u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

} // namespace lathe
