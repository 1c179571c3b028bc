#include "csvreport.h"

#include "reporttext.h"

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QString known(double v, bool isKnown, int decimals)
{
    return isKnown ? ReportText::number(v, decimals) : QString();
}

QList<DatasetColumn> shownColumns(const ReportData &d)
{
    QList<DatasetColumn> out;
    for (const DatasetColumn &c : d.datasetColumns) {
        if (c.role != ColumnRole::Ignored)
            out.append(c);
    }
    return out;
}

} // namespace

QString CsvReport::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QStringList CsvReport::header(const ReportData &d)
{
    QStringList h{u"run_id"_s, u"case_id"_s, u"row_position"_s, u"row_id"_s, u"repeat"_s, u"column_position"_s,
                  u"column"_s, u"prompt"_s, u"prompt_version"_s, u"model"_s};
    for (const DatasetColumn &c : shownColumns(d))
        h << u"row:"_s + c.name;
    h << u"status"_s << u"pass"_s << u"output"_s << u"error"_s << u"http_status"_s << u"finish_reason"_s
      << u"latency_ms"_s << u"ttft_ms"_s << u"prompt_tokens"_s << u"completion_tokens"_s << u"cost"_s << u"cached"_s
      << u"attempts"_s;
    for (const QString &s : d.scorerNames)
        h << u"score:"_s + s << u"pass:"_s + s;
    h << u"diff"_s;
    return h;
}

QString CsvReport::render(const ReportData &d)
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += u',';
            out += field(fields[i]);
        }
        out += u"\r\n"_s;
    };
    line(header(d));
    const QList<DatasetColumn> dataColumns = shownColumns(d);
    for (const ReportRow &row : d.rows) {
        for (qsizetype i = 0; i < row.cases.size(); ++i) {
            const ReportCase &c = row.cases[i];
            if (c.caseId == 0)
                continue;
            const ReportColumn &col = d.columns[i];
            const CaseResult &r = c.result;
            const bool answered = c.state != ReportCaseState::Pending;
            QStringList f{QString::number(d.run.id), QString::number(c.caseId), QString::number(row.position),
                          QString::number(row.rowId), QString::number(row.repeat),
                          QString::number(col.info.position), col.label, col.info.promptName,
                          QString::number(col.info.promptVersion), col.info.model};
            for (const DatasetColumn &dc : dataColumns)
                f << ReportText::value(row.data.value(dc.key));
            f << ReportText::state(c.state) << ReportText::verdict(c.pass)
              << (c.state == ReportCaseState::Ok ? r.output : QString())
              << (c.state == ReportCaseState::Error ? r.error : QString())
              << (answered && r.httpStatus != 0 ? QString::number(r.httpStatus) : QString()) << r.finishReason
              << known(r.latencyMs, answered, 3) << known(r.ttftMs, answered && r.ttftMs >= 0, 3)
              << (answered && r.promptTokens >= 0 ? QString::number(r.promptTokens) : QString())
              << (answered && r.completionTokens >= 0 ? QString::number(r.completionTokens) : QString())
              << known(r.cost, answered && r.cost >= 0, 10) << (answered ? (r.cached ? u"1"_s : u"0"_s) : QString())
              << (answered ? QString::number(r.attempts) : QString());
            for (const QString &name : d.scorerNames) {
                QString value, pass;
                for (const ReportScoreRecord &s : c.scores) {
                    if (s.scorer != name)
                        continue;
                    value = s.value ? ReportText::number(*s.value, 10) : QString();
                    pass = ReportText::verdict(s.pass);
                }
                f << value << pass;
            }
            f << (c.diff ? c.diff->unifiedDiff(d.columns.constFirst().label, col.label) : QString());
            line(f);
        }
    }
    return out;
}

} // namespace lathe
