#include "htmlreport.h"
#include "reportstats.h"

#include "htmlcases.h"
#include "reportcharts.h"
#include "reporttext.h"
#include "svgchart.h"

#include <QJsonArray>

#include <algorithm>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Browsers get the full style; QTextDocument (print layout) reads the same sheet and ignores
// what it does not support.
const QString kStyle = uR"css(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #222; margin: 24px; }
h1 { font-size: 18pt; margin: 0 0 4px 0; }
h2 { font-size: 14pt; margin-top: 24px; border-bottom: 1px solid #ccc; }
h3 { font-size: 11pt; margin-top: 16px; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; font-size: 9pt; }
th { background-color: #f0f0f0; }
td.n, th.n { text-align: right; }
.meta { color: #555; }
.muted { color: #777; }
.out, .err, pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; margin: 0; }
.out { max-height: 24em; overflow: auto; }
.err { color: #a00000; }
.badge { font-weight: bold; font-size: 8pt; }
.pass { color: #006b2d; }
.fail { color: #b00020; }
.error { color: #a00000; }
.pending { color: #777; }
.dl { background-color: #ffebe9; }
.il { background-color: #e6ffec; }
.del { background-color: #ffc1bd; color: #82071e; text-decoration: line-through; }
.ins { background-color: #abf2bc; color: #055d20; }
.hunk { color: #0550ae; }
.file { font-weight: bold; }
.sc { font-size: 8pt; color: #444; }
.chart { display: block; margin: 8px 0; max-width: 100%; height: auto; }
)css"_s;

QString th(const QString &text, bool numeric = false)
{
    return (numeric ? u"<th class=\"n\">"_s : u"<th>"_s) + esc(text) + u"</th>"_s;
}

QString td(const QString &text, bool numeric = false)
{
    return (numeric ? u"<td class=\"n\">"_s : u"<td>"_s) + esc(text) + u"</td>"_s;
}

QString header(const ReportData &d)
{
    QString out = u"<h1>"_s + esc(d.title) + u"</h1>\n<p class=\"meta\">"_s;
    QStringList parts;
    if (!d.projectName.isEmpty())
        parts << u"Project "_s + esc(d.projectName);
    parts << u"run #"_s + QString::number(d.run.id) << esc(d.run.status);
    if (d.dataset)
        parts << u"dataset "_s + esc(d.dataset->name) + u" v"_s + QString::number(d.dataset->versionNumber);
    parts << QString::number(d.rows.size()) + u" rows x "_s + QString::number(d.columns.size()) + u" columns"_s;
    parts << u"created "_s + esc(d.run.createdAt);
    if (!d.run.finishedAt.isEmpty())
        parts << u"finished "_s + esc(d.run.finishedAt);
    return out + parts.join(u" &middot; "_s) + u"</p>\n"_s;
}

QString summary(const ReportData &d)
{
    QString out = u"<h2 id=\"summary\">Summary</h2>\n<table class=\"summary\" width=\"100%\">\n<tr>"_s + th(u"Column"_s)
        + th(u"Pass rate"_s, true) + th(u"95% interval"_s, true) + th(u"Passed"_s, true) + th(u"OK"_s, true)
        + th(u"Errors"_s, true) + th(u"Pending"_s, true) + th(u"Latency p50 / p90"_s, true)
        + th(u"Tokens in / out"_s, true) + th(u"Cost"_s, true) + u"</tr>\n"_s;
    for (const ReportColumn &c : d.columns) {
        const ReportColumnStats &s = c.stats;
        const QString latency = s.latencyMs.count > 0
            ? ReportCharts::milliseconds(s.latencyMs.p50) + u" / "_s + ReportCharts::milliseconds(s.latencyMs.p90)
            : u"-"_s;
        out += u"<tr>"_s + td(c.label) + td(ReportText::percent(s.passRate), true)
            + td(ReportText::interval(s.passLow, s.passHigh), true)
            + td(QString::number(s.passed) + u'/' + QString::number(s.judged), true) + td(QString::number(s.ok), true)
            + td(QString::number(s.errors), true) + td(QString::number(s.pending), true) + td(latency, true)
            + td(QString::number(s.promptTokens) + u" / "_s + QString::number(s.completionTokens), true)
            + td(s.priced > 0 ? ReportText::cost(s.cost, d.currency) : u"-"_s, true) + u"</tr>\n"_s;
    }
    out += u"</table>\n<p class=\"muted\">A case passes when all of its pass/fail scores pass; an error result "
           "counts as a failure; cases without a verdict are left out of the rate. Latency: answered, uncached "
           "results.</p>\n"_s;
    if (d.scorerNames.isEmpty())
        return out + u"<p class=\"muted\">No scores were stored for this run.</p>\n"_s;
    out += u"<h3>Scores</h3>\n<table class=\"scores\">\n<tr>"_s + th(u"Scorer"_s);
    for (const ReportColumn &c : d.columns)
        out += th(c.label, true);
    out += u"</tr>\n"_s;
    for (const QString &name : d.scorerNames) {
        out += u"<tr>"_s + td(name);
        for (const ReportColumn &c : d.columns) {
            QString cell = u"-"_s;
            for (const ReportScorerStats &s : c.stats.scorers) {
                if (s.name != name)
                    continue;
                QStringList bits;
                if (s.count > 0)
                    bits << u"mean "_s + ReportText::number(s.mean);
                if (s.judged > 0)
                    bits << QString::number(s.passed) + u'/' + QString::number(s.judged) + u" pass"_s;
                cell = bits.join(u", "_s);
            }
            out += td(cell, true);
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString chartsSection(const ReportData &d, bool print)
{
    QString out = u"<h2 id=\"charts\">Charts</h2>\n"_s;
    for (const auto &[name, scene] : HtmlReport::charts(d)) {
        // Printed at full size up to the width of an A4 page's text (about 680 CSS pixels).
        const double scale = std::min(1.0, 660.0 / scene.width);
        if (print)
            out += u"<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n"_s.arg(
                name, QString::number(qRound(scene.width * scale)), QString::number(qRound(scene.height * scale)),
                esc(scene.title));
        else
            out += u"<figure>"_s + SvgChart::render(scene) + u"<figcaption class=\"muted\">"_s + esc(scene.title)
                + u"</figcaption></figure>\n"_s;
    }
    return out;
}

QString judgements(const ReportData &d)
{
    QString out = u"<h2 id=\"judgements\">Human judgements</h2>\n"_s;
    if (d.judgements.isEmpty())
        return out + u"<p class=\"muted\">No human judgements were recorded for this run.</p>\n"_s;
    out += u"<table width=\"100%\">\n<tr>"_s + th(u"Column"_s) + th(u"Ratings"_s, true) + th(u"Mean rating"_s, true)
        + th(u"Preferred"_s, true) + th(u"Not preferred"_s, true) + th(u"Tie or both bad"_s, true)
        + th(u"Win rate [95% CI]"_s, true) + u"</tr>\n"_s;
    for (const ReportColumn &c : d.columns) {
        const ReportColumnStats &s = c.stats;
        out += u"<tr>"_s + td(c.label) + td(QString::number(s.ratings), true)
            + td(s.ratings > 0 ? QString::number(s.meanRating, 'f', 2) : u"-"_s, true) + td(QString::number(s.wins), true)
            + td(QString::number(s.losses), true) + td(QString::number(s.ties), true)
            + td(ReportStats::winRateText(s), true) + u"</tr>\n"_s;
    }
    out += u"</table>\n<table width=\"100%\">\n<tr>"_s + th(u"Kind"_s) + th(u"Row"_s) + th(u"A"_s) + th(u"B"_s) + th(u"Verdict"_s)
        + th(u"Comment"_s) + th(u"When"_s) + u"</tr>\n"_s;
    auto label = [&d](int column) { return column >= 0 ? d.columns[column].label : QString(); };
    for (const ReportJudgement &j : d.judgements) {
        const ReportJudgementRecord &r = j.record;
        const QString row = j.rowIndex >= 0 ? QString::number(d.rows[j.rowIndex].position + 1) : u"-"_s;
        const QString verdict = r.kind == u"rating"_s ? QString::number(r.rating) + u"/5"_s : r.choice;
        out += u"<tr>"_s + td(r.kind) + td(row) + td(label(j.columnA)) + td(label(j.columnB)) + td(verdict)
            + td(r.comment) + td(r.createdAt) + u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString metadata(const ReportData &d)
{
    QString out = u"<h2 id=\"metadata\">Run metadata</h2>\n<table>\n"_s;
    auto row = [&out](const QString &key, const QString &value) {
        out += u"<tr>"_s + th(key) + td(value) + u"</tr>\n"_s;
    };
    row(u"Run"_s, u'#' + QString::number(d.run.id) + u' ' + d.run.name);
    row(u"Status"_s, d.run.status);
    row(u"Created"_s, d.run.createdAt);
    row(u"Started"_s, d.run.startedAt);
    row(u"Finished"_s, d.run.finishedAt);
    row(u"Cases"_s, QString::number(d.run.totalCases) + u" planned, "_s + QString::number(d.run.okCases) + u" ok, "_s
                        + QString::number(d.run.errorCases) + u" errors"_s);
    if (d.dataset)
        row(u"Dataset"_s, d.dataset->name + u" version "_s + QString::number(d.dataset->versionNumber) + u" ("_s
                              + QString::number(d.dataset->rowCount) + u" rows) "_s + d.dataset->versionMessage);
    out += u"<tr>"_s + th(u"Configuration"_s) + u"<td><pre>"_s + esc(ReportText::json(d.run.config, true))
        + u"</pre></td></tr>\n</table>\n"_s;

    out += u"<h3>Columns</h3>\n<table width=\"100%\">\n<tr>"_s + th(u"#"_s) + th(u"Prompt version"_s) + th(u"Model"_s)
        + th(u"Provider"_s) + th(u"Parameters"_s) + u"</tr>\n"_s;
    for (const ReportColumn &c : d.columns) {
        const QJsonObject &p = c.info.providerSnapshot;
        const QString provider = QStringList{p.value(u"name"_s).toString(), p.value(u"kind"_s).toString(),
                                             p.value(u"base_url"_s).toString()}
                                     .join(u' ')
                                     .trimmed();
        out += u"<tr>"_s + td(QString::number(c.info.position + 1)) + td(c.info.promptName + u'@'
                                                                        + QString::number(c.info.promptVersion))
            + td(c.info.model) + td(provider) + u"<td><pre>"_s + esc(ReportText::json(c.info.params, true))
            + u"</pre></td></tr>\n"_s;
    }
    out += u"</table>\n"_s;
    if (!d.datasetColumns.isEmpty()) {
        out += u"<h3>Dataset columns</h3>\n<table>\n<tr>"_s + th(u"Name"_s) + th(u"Role"_s) + th(u"Type"_s)
            + u"</tr>\n"_s;
        for (const DatasetColumn &c : d.datasetColumns)
            out += u"<tr>"_s + td(c.name) + td(DatasetColumn::roleName(c.role)) + td(DatasetColumn::typeName(c.type))
                + u"</tr>\n"_s;
        out += u"</table>\n"_s;
    }
    return out;
}

QString prompts(const ReportData &d)
{
    QString out = u"<h2 id=\"prompts\">Prompt versions</h2>\n"_s;
    QStringList seen;
    for (const ReportColumn &c : d.columns) {
        const QString name = c.info.promptName + u'@' + QString::number(c.info.promptVersion);
        if (seen.contains(name))
            continue;
        seen << name;
        out += u"<h3>"_s + esc(name) + u"</h3>\n<p class=\"muted\">"_s + esc(c.promptMessage) + u" &middot; "_s
            + esc(c.promptCreatedAt) + u"</p>\n"_s;
        if (c.prompt.kind == PromptContent::Kind::Text) {
            out += u"<pre>"_s + esc(c.prompt.templateText) + u"</pre>\n"_s;
        } else {
            for (const ChatMessage &m : c.prompt.messages)
                out += u"<p><b>"_s + esc(m.role) + u"</b></p>\n<pre>"_s + esc(m.content) + u"</pre>\n"_s;
        }
        if (!c.promptDiff.isEmpty())
            out += u"<p>Changes from "_s + esc(d.columns.constFirst().info.promptName) + u'@'
                + QString::number(d.columns.constFirst().info.promptVersion) + u":</p>\n"_s
                + HtmlCases::unifiedDiff(c.promptDiff);
    }
    return out;
}

} // namespace

QList<std::pair<QString, ChartScene>> HtmlReport::charts(const ReportData &data)
{
    return {{u"lathe-chart-pass-rate"_s, ReportCharts::passRates(data)},
            {u"lathe-chart-latency"_s, ReportCharts::latency(data)}};
}

QString HtmlReport::render(const ReportData &data, const Options &options)
{
    QString out = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    if (!options.printLayout)
        out += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
               "img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"Lathe "_s
            + esc(data.latheVersion) + u"\">\n"_s;
    out += u"<title>"_s + esc(data.title) + u" - Lathe report</title>\n<style>"_s + kStyle + u"</style>\n</head>\n<body>\n"_s;
    out += header(data) + summary(data) + chartsSection(data, options.printLayout) + judgements(data)
        + HtmlCases::table(data) + metadata(data) + prompts(data);
    out += u"<p class=\"muted\">Generated by Lathe "_s + esc(data.latheVersion) + u" at "_s + esc(data.generatedAt)
        + u" from the stored results; nothing was re-run.</p>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace lathe
