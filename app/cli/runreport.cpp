#include "runreport.h"

#include "promptcommandsupport.h"

#include "run/progresstext.h"
#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace lathe::cli {

using namespace Qt::StringLiterals;

std::optional<int> positiveInt(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &option,
                               int fallback, int max)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1 || n > max) {
        ctx.fail(UsageError, u"--%1 expects a whole number from 1 to %2"_s.arg(option.names().constFirst()).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> runIdArgument(CliContext &ctx, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.fail(UsageError, u"RUN must be a run number, not '%1' (see lathe-cli run list)"_s.arg(text));
        return std::nullopt;
    }
    return id;
}

std::unique_ptr<Workspace> openWritable(CliContext &ctx, const QString &path)
{
    auto ws = openWorkspace(ctx, path, false);
    if (ws && ws->isReadOnly()) {
        ctx.fail(BadInput, ws->readOnlyReason());
        return nullptr;
    }
    return ws;
}

QJsonObject totalsJson(const RunTotals &t)
{
    return {{u"cases"_s, t.cases}, {u"ok"_s, t.ok}, {u"errors"_s, t.errors}, {u"pending"_s, t.cases - t.done()},
            {u"cached"_s, t.cached}, {u"prompt_tokens"_s, t.promptTokens},
            {u"completion_tokens"_s, t.completionTokens}, {u"cost"_s, t.cost}, {u"unpriced"_s, t.unpriced},
            {u"mean_latency_ms"_s, t.meanLatencyMs >= 0 ? QJsonValue(t.meanLatencyMs) : QJsonValue()}};
}

QJsonObject runJson(const RunInfo &r)
{
    return {{u"id"_s, r.id}, {u"name"_s, r.name}, {u"status"_s, r.status},
            {u"dataset_version_id"_s, r.datasetVersionId}, {u"config"_s, r.config},
            {u"created_at"_s, r.createdAt}, {u"started_at"_s, r.startedAt}, {u"finished_at"_s, r.finishedAt},
            {u"total"_s, r.totalCases}, {u"ok"_s, r.okCases}, {u"errors"_s, r.errorCases}};
}

QString columnLabel(const RunColumnInfo &c)
{
    return u"%1@%2 %3"_s.arg(c.promptName).arg(c.promptVersion).arg(c.model);
}

QJsonObject caseJson(const CaseRecord &c, const QHash<qint64, QString> &labels, bool bodies)
{
    QJsonObject o{{u"case_id"_s, c.work.caseId}, {u"row_id"_s, c.work.rowId}, {u"row_position"_s, c.work.rowPosition},
                  {u"repeat"_s, c.work.repeat}, {u"column"_s, labels.value(c.work.columnId)},
                  {u"status"_s, c.answered ? (c.result.ok ? u"ok"_s : u"error"_s) : u"pending"_s}};
    if (!c.answered)
        return o;
    const CaseResult &r = c.result;
    o.insert(u"output"_s, r.output);
    if (!r.ok)
        o.insert(u"error"_s, r.error);
    const auto optional = [](double v) { return v >= 0 ? QJsonValue(v) : QJsonValue(); };
    o.insert(u"http_status"_s, r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue());
    o.insert(u"finish_reason"_s, r.finishReason);
    o.insert(u"latency_ms"_s, r.latencyMs);
    o.insert(u"prompt_tokens"_s, optional(double(r.promptTokens)));
    o.insert(u"completion_tokens"_s, optional(double(r.completionTokens)));
    o.insert(u"cost"_s, optional(r.cost));
    o.insert(u"cached"_s, r.cached);
    o.insert(u"attempts"_s, r.attempts);
    if (bodies) {
        o.insert(u"request"_s, r.request);
        o.insert(u"response"_s, r.response);
    }
    return o;
}

QJsonArray columnsJson(Database &db, qint64 runId, bool details)
{
    QJsonArray columns;
    const QMap<qint64, RunTotals> perColumn = RunResults(db).columnTotals(runId);
    for (const RunColumnInfo &c : RunStore(db).columns(runId)) {
        QJsonObject o{{u"id"_s, c.id}, {u"label"_s, columnLabel(c)}, {u"prompt"_s, c.promptName},
                      {u"version"_s, c.promptVersion}, {u"model"_s, c.model},
                      {u"totals"_s, totalsJson(perColumn.value(c.id))}};
        if (details) {
            o.insert(u"params"_s, c.params);
            o.insert(u"provider"_s, c.providerSnapshot);
        }
        columns.append(o);
    }
    return columns;
}

QString currencyOf(Database &db)
{
    const QList<ModelPrice> prices = PricingStore(db).list();
    return prices.isEmpty() ? QString() : prices.constFirst().currency;
}

// Run header, per-column table and the first errors, as text.
void printRun(CliContext &ctx, Database &db, const RunInfo &run, const QString &heading)
{
    RunResults results(db);
    const RunTotals t = results.totals(run.id);
    const QString currency = currencyOf(db);
    ctx.out << heading << ": " << t.cases << " cases, " << t.ok << " ok, " << t.errors << " errors";
    if (t.cached)
        ctx.out << ", " << t.cached << " cached";
    if (t.done() < t.cases)
        ctx.out << ", " << t.cases - t.done() << " pending";
    ctx.out << ".\nTokens " << ProgressText::tokens(t.promptTokens) << " in, " << ProgressText::tokens(t.completionTokens)
            << " out; cost " << ProgressText::cost(t.cost, currency);
    if (t.unpriced)
        ctx.out << " (" << t.unpriced << " results without a price: lathe-cli run pricing)";
    ctx.out << ".\n";
    const QList<RunColumnInfo> columns = RunStore(db).columns(run.id);
    const QMap<qint64, RunTotals> perColumn = results.columnTotals(run.id);
    QHash<qint64, QString> labels;
    ctx.out << "  " << u"column"_s.leftJustified(32) << "      ok  errors  latency  cost\n";
    for (const RunColumnInfo &c : columns) {
        labels.insert(c.id, columnLabel(c));
        const RunTotals ct = perColumn.value(c.id);
        ctx.out << "  " << columnLabel(c).leftJustified(32) << QString::number(ct.ok).rightJustified(8)
                << QString::number(ct.errors).rightJustified(8)
                << (ct.meanLatencyMs >= 0 ? u"%1 ms"_s.arg(qRound(ct.meanLatencyMs)) : u"-"_s).rightJustified(9) << "  "
                << ProgressText::cost(ct.cost, currency) << '\n';
    }
    if (t.errors == 0)
        return;
    ctx.out << "Errors (" << qMin<qint64>(5, t.errors) << " of " << t.errors << "):\n";
    int shown = 0;
    for (qint64 offset = 0; shown < 5 && offset < t.cases; offset += 1000) {
        for (const CaseRecord &c : results.cases(run.id, offset, 1000, false)) {
            if (c.answered && !c.result.ok && shown++ < 5)
                ctx.out << "  row " << c.work.rowPosition << ", " << labels.value(c.work.columnId) << ": "
                        << c.result.error << '\n';
        }
    }
}

} // namespace lathe::cli
