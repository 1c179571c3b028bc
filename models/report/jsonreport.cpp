#include "jsonreport.h"

#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

QJsonValue orNull(double v, bool known)
{
    return known && !std::isnan(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(std::optional<bool> b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonObject measureJson(const ReportMeasure &m)
{
    const bool any = m.count > 0;
    return {{u"count"_s, m.count}, {u"mean"_s, orNull(m.mean, any)}, {u"p50"_s, orNull(m.p50, any)},
            {u"p90"_s, orNull(m.p90, any)}, {u"min"_s, orNull(m.min, any)}, {u"max"_s, orNull(m.max, any)}};
}

QJsonObject promptJson(const ReportColumn &c)
{
    QJsonArray messages;
    for (const ChatMessage &m : c.prompt.messages)
        messages.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    const bool chat = c.prompt.kind == PromptContent::Kind::Chat;
    return {{u"name"_s, c.info.promptName}, {u"version"_s, c.info.promptVersion},
            {u"version_id"_s, c.info.promptVersionId}, {u"kind"_s, PromptContent::kindName(c.prompt.kind)},
            {u"template"_s, chat ? QJsonValue(QJsonValue::Null) : QJsonValue(c.prompt.templateText)},
            {u"messages"_s, chat ? QJsonValue(messages) : QJsonValue(QJsonValue::Null)},
            {u"params"_s, c.prompt.params}, {u"message"_s, c.promptMessage}, {u"content_hash"_s, c.promptHash},
            {u"created_at"_s, c.promptCreatedAt}};
}

QJsonObject summaryJson(const ReportColumnStats &s)
{
    QJsonArray scorers;
    for (const ReportScorerStats &x : s.scorers)
        scorers.append(QJsonObject{{u"name"_s, x.name}, {u"count"_s, x.count}, {u"mean"_s, orNull(x.mean, x.count > 0)},
                                   {u"judged"_s, x.judged}, {u"passed"_s, x.passed}});
    const bool judged = s.passRate.has_value();
    return {{u"cases"_s, s.cases}, {u"ok"_s, s.ok}, {u"errors"_s, s.errors}, {u"pending"_s, s.pending},
            {u"cached"_s, s.cached}, {u"judged"_s, s.judged}, {u"passed"_s, s.passed},
            {u"pass_rate"_s, orNull(s.passRate.value_or(0), judged)},
            {u"pass_interval"_s, judged ? QJsonValue(QJsonArray{s.passLow, s.passHigh}) : QJsonValue(QJsonValue::Null)},
            {u"scorers"_s, scorers}, {u"latency_ms"_s, measureJson(s.latencyMs)},
            {u"prompt_tokens"_s, s.promptTokens}, {u"completion_tokens"_s, s.completionTokens},
            {u"cost"_s, orNull(s.cost, s.priced > 0)}, {u"priced"_s, s.priced},
            {u"judgements"_s, QJsonObject{{u"ratings"_s, s.ratings}, {u"mean_rating"_s, orNull(s.meanRating, s.ratings > 0)},
                                          {u"wins"_s, s.wins}, {u"losses"_s, s.losses}, {u"ties"_s, s.ties},
                                          {u"win_rate"_s, orNull(s.winRate(), s.wins + s.losses > 0)},
                                          {u"win_interval"_s, s.wins + s.losses > 0 ? QJsonValue(QJsonArray{s.winLow, s.winHigh})
                                                                                   : QJsonValue(QJsonValue::Null)}}}};
}

QJsonObject caseJson(const ReportData &d, qsizetype column, const ReportCase &c)
{
    const CaseResult &r = c.result;
    const bool answered = c.state != ReportCaseState::Pending;
    QJsonArray scores;
    for (const ReportScoreRecord &s : c.scores)
        scores.append(QJsonObject{{u"scorer"_s, s.scorer}, {u"value"_s, orNull(s.value.value_or(0), s.value.has_value())},
                                  {u"pass"_s, orNull(s.pass)}, {u"reason"_s, s.reason}, {u"details"_s, s.details}});
    return {{u"case_id"_s, c.caseId}, {u"column_id"_s, c.columnId}, {u"status"_s, ReportText::state(c.state)},
            {u"pass"_s, orNull(c.pass)},
            {u"output"_s, c.state == ReportCaseState::Ok ? QJsonValue(r.output) : QJsonValue(QJsonValue::Null)},
            {u"error"_s, c.state == ReportCaseState::Error ? QJsonValue(r.error) : QJsonValue(QJsonValue::Null)},
            {u"http_status"_s, orNull(r.httpStatus, answered && r.httpStatus != 0)},
            {u"finish_reason"_s, orNull(r.finishReason)}, {u"latency_ms"_s, orNull(r.latencyMs, answered)},
            {u"ttft_ms"_s, orNull(r.ttftMs, answered && r.ttftMs >= 0)},
            {u"prompt_tokens"_s, orNull(double(r.promptTokens), answered && r.promptTokens >= 0)},
            {u"completion_tokens"_s, orNull(double(r.completionTokens), answered && r.completionTokens >= 0)},
            {u"cost"_s, orNull(r.cost, answered && r.cost >= 0)}, {u"cached"_s, r.cached},
            {u"attempts"_s, answered ? r.attempts : 0}, {u"answered_at"_s, orNull(c.answeredAt)},
            {u"scores"_s, scores},
            {u"diff"_s, c.diff ? QJsonValue(c.diff->unifiedDiff(d.columns.constFirst().label, d.columns[column].label))
                               : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QJsonObject JsonReport::toJson(const ReportData &d)
{
    QJsonArray columns;
    for (const ReportColumn &c : d.columns)
        columns.append(QJsonObject{{u"id"_s, c.info.id}, {u"position"_s, c.info.position}, {u"label"_s, c.label},
                                   {u"model"_s, c.info.model}, {u"params"_s, c.info.params},
                                   {u"provider"_s, c.info.providerSnapshot}, {u"prompt"_s, promptJson(c)},
                                   {u"prompt_diff"_s, orNull(c.promptDiff)}, {u"summary"_s, summaryJson(c.stats)}});
    QJsonArray rows;
    for (const ReportRow &row : d.rows) {
        QJsonArray cases;
        for (qsizetype i = 0; i < row.cases.size(); ++i)
            cases.append(caseJson(d, i, row.cases[i]));
        rows.append(QJsonObject{{u"row_id"_s, row.rowId}, {u"position"_s, row.position}, {u"repeat"_s, row.repeat},
                                {u"data"_s, row.data}, {u"tags"_s, QJsonArray::fromStringList(row.tags)},
                                {u"cases"_s, cases}});
    }
    QJsonArray judgements;
    for (const ReportJudgement &j : d.judgements) {
        const ReportJudgementRecord &r = j.record;
        const bool rating = r.kind == u"rating"_s;
        judgements.append(QJsonObject{
            {u"id"_s, r.id}, {u"kind"_s, r.kind}, {u"case_a"_s, r.caseA},
            {u"case_b"_s, r.caseB > 0 ? QJsonValue(r.caseB) : QJsonValue(QJsonValue::Null)},
            {u"column_a"_s, j.columnA >= 0 ? QJsonValue(d.columns[j.columnA].info.id) : QJsonValue(QJsonValue::Null)},
            {u"column_b"_s, j.columnB >= 0 ? QJsonValue(d.columns[j.columnB].info.id) : QJsonValue(QJsonValue::Null)},
            {u"row_id"_s, j.rowIndex >= 0 ? QJsonValue(d.rows[j.rowIndex].rowId) : QJsonValue(QJsonValue::Null)},
            {u"choice"_s, rating ? QJsonValue(QJsonValue::Null) : orNull(r.choice)},
            {u"rating"_s, rating ? QJsonValue(r.rating) : QJsonValue(QJsonValue::Null)}, {u"comment"_s, r.comment},
            {u"created_at"_s, r.createdAt}});
    }
    QJsonArray datasetColumns;
    for (const DatasetColumn &c : d.datasetColumns)
        datasetColumns.append(QJsonObject{{u"key"_s, c.key}, {u"name"_s, c.name},
                                          {u"role"_s, DatasetColumn::roleName(c.role)},
                                          {u"type"_s, DatasetColumn::typeName(c.type)}});
    QJsonValue dataset = QJsonValue::Null;
    if (d.dataset)
        dataset = QJsonObject{{u"id"_s, d.dataset->datasetId}, {u"name"_s, d.dataset->name},
                              {u"version"_s, d.dataset->versionNumber}, {u"version_id"_s, d.dataset->versionId},
                              {u"message"_s, d.dataset->versionMessage}, {u"created_at"_s, d.dataset->versionCreatedAt},
                              {u"row_count"_s, d.dataset->rowCount}, {u"columns"_s, datasetColumns}};
    const RunInfo &run = d.run;
    return {{u"format"_s, u"lathe-report"_s}, {u"version"_s, kVersion}, {u"generated_at"_s, d.generatedAt},
            {u"lathe_version"_s, d.latheVersion}, {u"project"_s, d.projectName}, {u"title"_s, d.title},
            {u"currency"_s, orNull(d.currency)},
            {u"run"_s, QJsonObject{{u"id"_s, run.id}, {u"name"_s, run.name}, {u"status"_s, run.status},
                                   {u"config"_s, run.config}, {u"created_at"_s, run.createdAt},
                                   {u"started_at"_s, orNull(run.startedAt)}, {u"finished_at"_s, orNull(run.finishedAt)},
                                   {u"total_cases"_s, run.totalCases}, {u"ok_cases"_s, run.okCases},
                                   {u"error_cases"_s, run.errorCases}}},
            {u"dataset"_s, dataset}, {u"scorers"_s, QJsonArray::fromStringList(d.scorerNames)},
            {u"columns"_s, columns}, {u"rows"_s, rows}, {u"judgements"_s, judgements}};
}

QByteArray JsonReport::render(const ReportData &data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}

} // namespace lathe
