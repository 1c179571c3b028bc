#include "markdownreport.h"
#include "reportstats.h"

#include "reportcharts.h"
#include "reporttext.h"

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString row(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

QString separator(qsizetype textColumns, qsizetype numericColumns)
{
    QStringList s;
    for (qsizetype i = 0; i < textColumns; ++i)
        s << u"---"_s;
    for (qsizetype i = 0; i < numericColumns; ++i)
        s << u"---:"_s;
    return row(s);
}

QString summary(const ReportData &d)
{
    QString out = u"## Summary\n\n"_s
        + row({u"Column"_s, u"Pass rate"_s, u"95% interval"_s, u"Passed"_s, u"OK"_s, u"Errors"_s, u"Pending"_s,
               u"Latency p50"_s, u"p90"_s, u"Tokens in"_s, u"Tokens out"_s, u"Cost"_s})
        + separator(1, 11);
    for (const ReportColumn &c : d.columns) {
        const ReportColumnStats &s = c.stats;
        const bool timed = s.latencyMs.count > 0;
        out += row({MarkdownReport::cell(c.label), ReportText::percent(s.passRate),
                    ReportText::interval(s.passLow, s.passHigh),
                    QString::number(s.passed) + u'/' + QString::number(s.judged), QString::number(s.ok),
                    QString::number(s.errors), QString::number(s.pending),
                    timed ? ReportCharts::milliseconds(s.latencyMs.p50) : u"-"_s,
                    timed ? ReportCharts::milliseconds(s.latencyMs.p90) : u"-"_s, QString::number(s.promptTokens),
                    QString::number(s.completionTokens),
                    s.priced > 0 ? MarkdownReport::cell(ReportText::cost(s.cost, d.currency)) : u"-"_s});
    }
    out += u"\nA case passes when all of its pass/fail scores pass; an error result counts as a failure; cases "
           "without a verdict are left out of the rate.\n\n"_s;
    if (d.scorerNames.isEmpty())
        return out;
    QStringList head{u"Scorer"_s};
    for (const ReportColumn &c : d.columns)
        head << MarkdownReport::cell(c.label);
    out += u"### Scores\n\n"_s + row(head) + separator(1, d.columns.size());
    for (const QString &name : d.scorerNames) {
        QStringList cells{MarkdownReport::cell(name)};
        for (const ReportColumn &c : d.columns) {
            QStringList bits;
            for (const ReportScorerStats &s : c.stats.scorers) {
                if (s.name != name)
                    continue;
                if (s.count > 0)
                    bits << u"mean "_s + ReportText::number(s.mean);
                if (s.judged > 0)
                    bits << QString::number(s.passed) + u'/' + QString::number(s.judged) + u" pass"_s;
            }
            cells << (bits.isEmpty() ? u"-"_s : bits.join(u", "_s));
        }
        out += row(cells);
    }
    return out + u'\n';
}

QString judgements(const ReportData &d)
{
    if (d.judgements.isEmpty())
        return {};
    QString out = u"## Human judgements\n\n"_s
        + row({u"Column"_s, u"Ratings"_s, u"Mean rating"_s, u"Preferred"_s, u"Not preferred"_s, u"Tie or both bad"_s,
               u"Win rate [95% CI]"_s})
        + separator(1, 6);
    for (const ReportColumn &c : d.columns) {
        const ReportColumnStats &s = c.stats;
        out += row({MarkdownReport::cell(c.label), QString::number(s.ratings),
                    s.ratings > 0 ? QString::number(s.meanRating, 'f', 2) : u"-"_s, QString::number(s.wins),
                    QString::number(s.losses), QString::number(s.ties), ReportStats::winRateText(s)});
    }
    out += u'\n' + row({u"Kind"_s, u"Row"_s, u"A"_s, u"B"_s, u"Verdict"_s, u"Comment"_s}) + separator(6, 0);
    auto label = [&d](int column) { return column >= 0 ? MarkdownReport::cell(d.columns[column].label) : QString(); };
    for (const ReportJudgement &j : d.judgements) {
        const ReportJudgementRecord &r = j.record;
        out += row({r.kind, j.rowIndex >= 0 ? QString::number(d.rows[j.rowIndex].position + 1) : u"-"_s,
                    label(j.columnA), label(j.columnB),
                    r.kind == u"rating"_s ? QString::number(r.rating) + u"/5"_s : MarkdownReport::cell(r.choice),
                    MarkdownReport::cell(r.comment)});
    }
    return out + u'\n';
}

QString caseText(const ReportCase &c)
{
    if (c.caseId == 0)
        return u"*not planned*"_s;
    QString out;
    switch (c.state) {
    case ReportCaseState::Pending: return u"*pending*"_s;
    case ReportCaseState::Error: return u"**ERROR** "_s + MarkdownReport::cell(c.result.error);
    case ReportCaseState::Ok:
        out = (c.pass ? (*c.pass ? u"**PASS** "_s : u"**FAIL** "_s) : QString()) + MarkdownReport::cell(c.result.output);
        break;
    }
    QStringList scores;
    for (const ReportScoreRecord &s : c.scores)
        scores << s.scorer + (s.value ? u' ' + ReportText::number(*s.value) : QString())
                + (s.pass ? (*s.pass ? u" pass"_s : u" fail"_s) : QString());
    if (!scores.isEmpty())
        out += u"<br>*"_s + MarkdownReport::cell(scores.join(u", "_s)) + u'*';
    return out;
}

QString cases(const ReportData &d)
{
    const QList<DatasetColumn> expected = d.columnsWithRole(ColumnRole::Expected);
    QStringList head{u"#"_s, u"Inputs"_s};
    if (!expected.isEmpty())
        head << u"Expected"_s;
    for (const ReportColumn &c : d.columns)
        head << MarkdownReport::cell(c.label);
    QString out = u"## Cases\n\n"_s + row(head) + separator(head.size(), 0);
    QString diffs;
    for (const ReportRow &r : d.rows) {
        const QString id = QString::number(r.position + 1) + (r.repeat > 0 ? u'.' + QString::number(r.repeat + 1) : QString());
        QStringList inputs;
        for (const DatasetColumn &c : d.columnsWithRole(ColumnRole::Variable))
            inputs << u"**"_s + MarkdownReport::cell(c.name) + u"**: "_s + MarkdownReport::cell(ReportText::value(r.data.value(c.key)));
        QStringList cells{id, inputs.join(u"<br>"_s)};
        if (!expected.isEmpty()) {
            QStringList values;
            for (const DatasetColumn &c : expected)
                values << MarkdownReport::cell(ReportText::value(r.data.value(c.key)));
            cells << values.join(u"<br>"_s);
        }
        for (qsizetype i = 0; i < r.cases.size(); ++i) {
            cells << caseText(r.cases[i]);
            if (r.cases[i].diff)
                diffs += u"Row "_s + id + u", "_s + MarkdownReport::cell(d.columns[i].label) + u":\n\n"_s
                    + MarkdownReport::fenced(r.cases[i].diff->unifiedDiff(d.columns.constFirst().label, d.columns[i].label),
                                             u"diff"_s);
        }
        out += row(cells);
    }
    if (!diffs.isEmpty())
        out += u"\n### Output differences from "_s + MarkdownReport::cell(d.columns.constFirst().label) + u"\n\n"_s + diffs;
    return out + u'\n';
}

QString metadata(const ReportData &d)
{
    QString out = u"## Run metadata\n\n"_s;
    out += u"- Run: #"_s + QString::number(d.run.id) + u' ' + MarkdownReport::cell(d.run.name) + u" ("_s + d.run.status
        + u")\n- Created: "_s + d.run.createdAt + u"\n- Started: "_s + d.run.startedAt + u"\n- Finished: "_s
        + d.run.finishedAt + u'\n';
    if (d.dataset)
        out += u"- Dataset: "_s + MarkdownReport::cell(d.dataset->name) + u" version "_s
            + QString::number(d.dataset->versionNumber) + u" ("_s + QString::number(d.dataset->rowCount) + u" rows)\n"_s;
    out += u"- Configuration:\n\n"_s + MarkdownReport::fenced(ReportText::json(d.run.config, true), u"json"_s);
    for (const ReportColumn &c : d.columns) {
        const QJsonObject &p = c.info.providerSnapshot;
        out += u"### Column "_s + QString::number(c.info.position + 1) + u": "_s + MarkdownReport::cell(c.label)
            + u"\n\n- Model: "_s + MarkdownReport::cell(c.info.model) + u"\n- Provider: "_s
            + MarkdownReport::cell(p.value(u"name"_s).toString() + u' ' + p.value(u"kind"_s).toString()) + u"\n- Prompt: "_s
            + MarkdownReport::cell(c.info.promptName) + u" version "_s + QString::number(c.info.promptVersion) + u" ("_s
            + MarkdownReport::cell(c.promptMessage) + u")\n- Parameters:\n\n"_s
            + MarkdownReport::fenced(ReportText::json(c.info.params, true), u"json"_s);
        if (c.prompt.kind == PromptContent::Kind::Text) {
            out += MarkdownReport::fenced(c.prompt.templateText, u"text"_s);
        } else {
            for (const ChatMessage &m : c.prompt.messages)
                out += u"**"_s + MarkdownReport::cell(m.role) + u"**\n\n"_s + MarkdownReport::fenced(m.content, u"text"_s);
        }
        if (!c.promptDiff.isEmpty())
            out += u"Prompt changes from the first column:\n\n"_s + MarkdownReport::fenced(c.promptDiff, u"diff"_s);
    }
    return out;
}

} // namespace

QString MarkdownReport::cell(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        switch (ch.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break;
            out += u"<br>"_s;
            break;
        case u'\n': out += u"<br>"_s; break;
        case u'\\': case u'|': case u'`': case u'*': case u'_': case u'[': case u']': case u'~': case u'#':
        case u'!':
            out += u'\\';
            out += ch;
            break;
        default: out += ch;
        }
    }
    return out;
}

QString MarkdownReport::fenced(const QString &text, const QString &info)
{
    int longest = 0, run = 0;
    for (const QChar ch : text) {
        run = ch == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    return fence + info + u'\n' + text + (text.endsWith(u'\n') || text.isEmpty() ? QString() : u"\n"_s) + fence + u"\n\n"_s;
}

QString MarkdownReport::render(const ReportData &d)
{
    QString out = u"# "_s + cell(d.title) + u"\n\n"_s;
    QStringList meta;
    if (!d.projectName.isEmpty())
        meta << u"Project "_s + cell(d.projectName);
    meta << u"run #"_s + QString::number(d.run.id) << d.run.status;
    if (d.dataset)
        meta << u"dataset "_s + cell(d.dataset->name) + u" v"_s + QString::number(d.dataset->versionNumber);
    meta << QString::number(d.rows.size()) + u" rows x "_s + QString::number(d.columns.size()) + u" columns"_s;
    out += meta.join(u" \u00b7 "_s) + u"\n\n"_s;
    out += summary(d) + judgements(d) + cases(d) + metadata(d);
    out += u"---\n\nGenerated by Lathe "_s + d.latheVersion + u" at "_s + d.generatedAt
        + u" from the stored results; nothing was re-run.\n"_s;
    return out;
}

} // namespace lathe
