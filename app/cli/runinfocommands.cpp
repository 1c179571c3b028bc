// lathe-cli run list|show|cancel|pricing WORKSPACE [args]: reading runs, cancelling one, prices.
#include "commandregistry.h"
#include "promptcommandsupport.h"
#include "runreport.h"

#include "workspace/pricingstore.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

int list(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the runs of a workspace, newest first."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addOption(kRunJson);
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    const QList<RunInfo> runs = RunStore(ws->database()).list();
    if (parser.isSet(kRunJson)) {
        QJsonArray a;
        for (const RunInfo &r : runs)
            a.append(runJson(r));
        ctx.printJson({{u"runs"_s, a}});
        return Success;
    }
    if (runs.isEmpty())
        ctx.out << "No runs yet. Start one with: lathe-cli run WORKSPACE --prompt NAME --dataset NAME --model M\n";
    else
        ctx.out << "  ID  STATUS     DONE/TOTAL  ERRORS  CREATED                   NAME\n";
    for (const RunInfo &r : runs)
        ctx.out << QString::number(r.id).rightJustified(4) << "  " << r.status.leftJustified(9) << "  "
                << u"%1/%2"_s.arg(r.okCases + r.errorCases).arg(r.totalCases).rightJustified(10) << "  "
                << QString::number(r.errorCases).rightJustified(6) << "  " << r.createdAt.leftJustified(24) << "  "
                << r.name << '\n';
    return Success;
}

int show(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show a run: status, totals per column, and with --results its cases."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"RUN"_s, u"Run number."_s);
    const QCommandLineOption resultsOpt(u"results"_s, u"List the cases with their outputs or errors."_s);
    const QCommandLineOption bodies(u"bodies"_s, u"With --json --results: include request and response JSON."_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N cases (default 50)."_s, u"N"_s, u"50"_s);
    const QCommandLineOption offset(u"offset"_s, u"Skip the first N cases."_s, u"N"_s, u"0"_s);
    parser.addOptions({resultsOpt, bodies, limit, offset, kRunJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    const std::optional<qint64> runId = runIdArgument(ctx, parser.positionalArguments().at(1));
    if (!runId)
        return UsageError;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    RunStore runs(ws->database());
    const std::optional<RunInfo> run = runs.find(*runId);
    if (!run)
        return ctx.fail(BadInput, u"there is no run %1 (see lathe-cli run list)"_s.arg(*runId));
    QHash<qint64, QString> labels;
    for (const RunColumnInfo &c : runs.columns(*runId))
        labels.insert(c.id, columnLabel(c));
    RunResults results(ws->database());
    const QList<CaseRecord> cases = parser.isSet(resultsOpt)
        ? results.cases(*runId, parser.value(offset).toLongLong(), parser.value(limit).toLongLong(), parser.isSet(bodies))
        : QList<CaseRecord>();
    if (parser.isSet(kRunJson)) {
        QJsonObject o{{u"run"_s, runJson(*run)}, {u"totals"_s, totalsJson(results.totals(*runId))},
                      {u"columns"_s, columnsJson(ws->database(), *runId, true)},
                      {u"currency"_s, currencyOf(ws->database())}};
        if (parser.isSet(resultsOpt)) {
            QJsonArray a;
            for (const CaseRecord &c : cases)
                a.append(caseJson(c, labels, parser.isSet(bodies)));
            o.insert(u"results"_s, a);
        }
        ctx.printJson(o);
        return Success;
    }
    ctx.out << "Run " << run->id << (run->name.isEmpty() ? QString() : u" \u201c"_s + run->name + u'\u201d') << ", "
            << run->status << ", created " << run->createdAt << '\n';
    printRun(ctx, ws->database(), *run, u"Totals"_s);
    for (const CaseRecord &c : cases) {
        const QString text = !c.answered ? u"(pending)"_s : c.result.ok ? c.result.output : u"ERROR "_s + c.result.error;
        ctx.out << "row " << c.work.rowPosition << (c.work.repeat ? u" #%1"_s.arg(c.work.repeat + 1) : QString()) << "  "
                << labels.value(c.work.columnId) << (c.result.cached ? u" (cached)"_s : QString()) << ": "
                << QString(text).replace(u'\n', u' ').left(200) << '\n';
    }
    return Success;
}

int cancel(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Mark a run cancelled. A lathe-cli process running it stops within a second and keeps its\n"
        "completed results; `lathe-cli run resume` finishes the rest later."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"RUN"_s, u"Run number."_s);
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    const std::optional<qint64> runId = runIdArgument(ctx, parser.positionalArguments().at(1));
    if (!runId)
        return UsageError;
    auto ws = openWritable(ctx, parser.positionalArguments().at(0));
    if (!ws)
        return BadInput;
    RunStore runs(ws->database());
    const std::optional<RunInfo> run = runs.find(*runId);
    if (!run)
        return ctx.fail(BadInput, u"there is no run %1 (see lathe-cli run list)"_s.arg(*runId));
    if (run->status == u"completed"_s || run->status == u"failed"_s)
        return ctx.fail(WorkFailed, u"run %1 is not running (it has %2)"_s.arg(*runId).arg(run->status));
    StoreError error;
    if (run->status != u"cancelled"_s && !runs.setStatus(*runId, u"cancelled"_s, &error))
        return ctx.fail(BadInput, error.message);
    ctx.out << "Run " << *runId << " is cancelled; " << run->okCases + run->errorCases << " of " << run->totalCases
            << " cases have results.\n";
    return Success;
}

int pricing(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List or edit the prices results are costed with (per 1M tokens)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    const QCommandLineOption set(u"set"_s, u"Set the price of a model or glob (e.g. 'gpt-4o*')."_s, u"MODEL"_s);
    const QCommandLineOption input(u"input"_s, u"With --set: price per 1M input tokens."_s, u"PRICE"_s);
    const QCommandLineOption output(u"output"_s, u"With --set: price per 1M output tokens."_s, u"PRICE"_s);
    const QCommandLineOption currency(u"currency"_s, u"With --set: currency code (default USD)."_s, u"CODE"_s, u"USD"_s);
    const QCommandLineOption remove(u"remove"_s, u"Remove the price of a model or glob."_s, u"MODEL"_s);
    parser.addOptions({set, input, output, currency, remove, kRunJson});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    const bool edit = parser.isSet(set) || parser.isSet(remove);
    auto ws = edit ? openWritable(ctx, parser.positionalArguments().at(0))
                   : openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PricingStore store(ws->database());
    StoreError error;
    if (parser.isSet(set)) {
        bool okIn = false;
        bool okOut = false;
        const ModelPrice price{parser.value(set), parser.value(input).toDouble(&okIn), parser.value(output).toDouble(&okOut),
                               parser.value(currency)};
        if (!okIn || !okOut)
            return ctx.fail(UsageError, u"--set needs --input and --output prices"_s);
        if (!store.save(price, &error))
            return ctx.fail(error.code == StoreError::Invalid ? UsageError : BadInput, error.message);
    }
    if (parser.isSet(remove) && !store.remove(parser.value(remove), &error))
        return ctx.fail(BadInput, error.message);
    const QList<ModelPrice> prices = store.list();
    if (parser.isSet(kRunJson)) {
        QJsonArray a;
        for (const ModelPrice &p : prices)
            a.append(QJsonObject{{u"model"_s, p.model}, {u"input_per_mtok"_s, p.inputPerMTok},
                                 {u"output_per_mtok"_s, p.outputPerMTok}, {u"currency"_s, p.currency}});
        ctx.printJson({{u"pricing"_s, a}});
        return Success;
    }
    if (prices.isEmpty())
        ctx.out << "No prices yet. Add one with: lathe-cli run pricing WORKSPACE --set MODEL --input 2.5 --output 10\n";
    for (const ModelPrice &p : prices)
        ctx.out << p.model.leftJustified(32) << ' ' << QString::number(p.inputPerMTok).rightJustified(10) << " in "
                << QString::number(p.outputPerMTok).rightJustified(10) << " out  " << p.currency << " per 1M tokens\n";
    return Success;
}

} // namespace

void registerRunInfoCommands(CommandRegistry &registry)
{
    const QString g = u"run"_s;
    registry.add({g, u"list"_s, u"List runs with their status and progress"_s, list});
    registry.add({g, u"show"_s, u"Show a run's totals per column and its results"_s, show});
    registry.add({g, u"cancel"_s, u"Mark a run cancelled (a running lathe-cli stops)"_s, cancel});
    registry.add({g, u"pricing"_s, u"List or edit model prices used for costs"_s, pricing});
}

} // namespace lathe::cli
