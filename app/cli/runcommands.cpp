// lathe-cli run start|resume WORKSPACE [args], and `lathe-cli run WORKSPACE ...` as `run start`:
// runs with a progress bar and a summary. The other verbs are in runinfocommands.cpp.
#include "commandregistry.h"
#include "promptcommandsupport.h"
#include "runexecution.h"
#include "runreport.h"

#include "run/progresstext.h"
#include "run/runengine.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <unistd.h>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

const QCommandLineOption kConcurrency(u"concurrency"_s, u"Calls in flight at once (default: the provider's limit)."_s, u"N"_s);
const QCommandLineOption kNoCache(u"no-cache"_s, u"Neither read nor write the response cache."_s);
const QCommandLineOption kStream(u"stream"_s, u"Stream replies (records time to first token)."_s);

// Runs `begin` on a RunEngine to the end with a progress bar (a terminal) or progress lines;
// stops on Ctrl-C or when the run is marked cancelled by `run cancel`; prints the summary.
int execute(CliContext &ctx, Workspace &ws, bool json, const std::function<bool(RunEngine &)> &begin)
{
    const RunOutcome outcome = executeRun(ctx, ws, json ? nullptr : &ctx.out, !json && ::isatty(STDOUT_FILENO), begin);
    const std::optional<RunInfo> run = outcome.runId > 0 ? RunStore(ws.database()).find(outcome.runId) : std::nullopt;
    if (!run)
        return ctx.fail(WorkFailed, outcome.error);
    const bool clean = outcome.isCompleted() && outcome.progress.errors == 0;
    if (json) {
        RunResults results(ws.database());
        ctx.printJson({{u"run"_s, runJson(*run)}, {u"status"_s, outcome.status}, {u"error"_s, outcome.error},
                       {u"totals"_s, totalsJson(results.totals(run->id))}, {u"columns"_s, columnsJson(ws.database(), run->id, false)},
                       {u"currency"_s, currencyOf(ws.database())},
                       {u"elapsed_ms"_s, outcome.progress.elapsedMs}, {u"spent"_s, outcome.progress.spent}});
        return clean ? Success : WorkFailed;
    }
    printRun(ctx, ws.database(), *run,
             u"Run %1 %2 in %3"_s.arg(run->id).arg(outcome.status, ProgressText::duration(outcome.progress.elapsedMs)));
    if (!outcome.error.isEmpty())
        ctx.err << "lathe-cli " << ctx.commandName << ": " << outcome.error << Qt::endl;
    if (!outcome.isCompleted())
        ctx.out << "Resume with: lathe-cli run resume " << ws.path() << ' ' << run->id << '\n';
    else if (outcome.progress.errors > 0)
        ctx.out << "Retry the failed cases with: lathe-cli run resume " << ws.path() << ' ' << run->id
                << " --retry-failed\n";
    return clean ? Success : WorkFailed;
}

std::optional<RunOptions> readRunOptions(CliContext &ctx, const QCommandLineParser &parser)
{
    RunOptions options;
    const std::optional<int> concurrency = positiveInt(ctx, parser, kConcurrency, 0, 1024);
    if (!concurrency)
        return std::nullopt;
    options.concurrency = *concurrency;
    options.stream = parser.isSet(kStream);
    if (parser.isSet(kNoCache))
        options.useCache = false;
    return options;
}

int start(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Run prompt versions x models over a dataset's rows; prints a progress bar and a summary.\n"
        "`lathe-cli run WORKSPACE ...` is the same. Ctrl-C stops and keeps completed results;\n"
        "`lathe-cli run resume` finishes the rest. API keys come from the environment variable the\n"
        "provider names. Exit code 1 when a case failed or the run did not complete.\n"
        "Other verbs: run resume, list, show, cancel, pricing (each with --help)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    const QCommandLineOption prompt(u"prompt"_s, u"Prompt version: NAME, NAME@VERSION or NAME@LABEL; repeatable."_s, u"REF"_s);
    const QCommandLineOption dataset(u"dataset"_s, u"Dataset: NAME or NAME@VERSION (default: newest)."_s, u"REF"_s);
    const QCommandLineOption provider(u"provider"_s, u"Provider name (default: the only one)."_s, u"NAME"_s);
    const QCommandLineOption model(u"model"_s, u"Model; repeatable (default: each version's model)."_s, u"MODEL"_s);
    const QCommandLineOption tag(u"tag"_s, u"Only rows with this tag."_s, u"TAG"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Answer each case N times (1-100)."_s, u"N"_s);
    const QCommandLineOption param(u"param"_s, u"Override a model parameter KEY=VALUE; repeatable."_s, u"KEY=VALUE"_s);
    const QCommandLineOption name(u"name"_s, u"A name for the run."_s, u"NAME"_s);
    parser.addOptions({prompt, dataset, provider, model, tag, repeat, kConcurrency, kNoCache, kStream, param, name, kRunJson});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    if (!parser.isSet(prompt) || !parser.isSet(dataset))
        return ctx.fail(UsageError, u"--prompt and --dataset are required (see --help)"_s);
    const std::optional<int> repeats = positiveInt(ctx, parser, repeat, 1, 100);
    std::optional<RunOptions> options = readRunOptions(ctx, parser);
    QJsonObject overrides;
    for (const QString &p : parser.values(param)) {
        if (!applyParam(ctx, p, &overrides))
            return UsageError;
    }
    if (!repeats || !options)
        return UsageError;

    auto ws = openWritable(ctx, parser.positionalArguments().at(0));
    if (!ws)
        return BadInput;
    Database &db = ws->database();
    PromptStore prompts(db);
    QList<PromptVersion> versions;
    for (const QString &ref : parser.values(prompt)) {
        StoreError error;
        const std::optional<PromptVersion> v = prompts.resolve(ref, &error);
        if (!v)
            return ctx.fail(BadInput, error.message);
        versions.append(*v);
    }
    const std::optional<DatasetVersionInfo> dv = resolveDatasetVersion(ctx, db, parser.value(dataset));
    if (!dv)
        return BadInput;
    int code = Success;
    const std::optional<StoredProvider> p = resolveProvider(ctx, db, parser.value(provider), &code);
    if (!p)
        return code;

    RunSpec spec;
    spec.datasetVersionId = dv->id;
    spec.tag = parser.value(tag);
    spec.repeats = *repeats;
    spec.useCache = !parser.isSet(kNoCache);
    const QStringList models = parser.isSet(model) ? parser.values(model) : QStringList{QString()};
    QStringList labels;
    if (!addRunColumns(ctx, spec, versions, *p, models, overrides, &labels))
        return UsageError;
    spec.name = parser.isSet(name) ? parser.value(name) : labels.join(u" vs "_s);
    spec.config = {{u"concurrency"_s, options->concurrency}, {u"stream"_s, options->stream},
                   {u"provider"_s, p->name}, {u"source"_s, u"lathe-cli"_s}};
    return execute(ctx, *ws, parser.isSet(kRunJson), [&](RunEngine &e) { return e.start(spec, *options); });
}

int resume(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run the cases of a run that have no result yet (after a cancel or a crash)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"RUN"_s, u"Run number (see lathe-cli run list)."_s);
    const QCommandLineOption retryFailed(u"retry-failed"_s, u"Also run the cases whose result is an error again."_s);
    parser.addOptions({retryFailed, kConcurrency, kNoCache, kStream, kRunJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    const std::optional<qint64> runId = runIdArgument(ctx, parser.positionalArguments().at(1));
    std::optional<RunOptions> options = readRunOptions(ctx, parser);
    if (!runId || !options)
        return UsageError;
    options->retryFailed = parser.isSet(retryFailed);
    auto ws = openWritable(ctx, parser.positionalArguments().at(0));
    if (!ws)
        return BadInput;
    if (!RunStore(ws->database()).find(*runId))
        return ctx.fail(BadInput, u"there is no run %1 (see lathe-cli run list)"_s.arg(*runId));
    return execute(ctx, *ws, parser.isSet(kRunJson), [&](RunEngine &e) { return e.resume(*runId, *options); });
}

} // namespace

void registerRunCommands(CommandRegistry &registry)
{
    const QString g = u"run"_s;
    registry.add({g, u"start"_s, u"Run prompt versions x models over a dataset (also: run WORKSPACE ...)"_s, start});
    registry.add({g, u"resume"_s, u"Finish a cancelled or interrupted run; --retry-failed"_s, resume});
    registerRunInfoCommands(registry);
}

} // namespace lathe::cli
