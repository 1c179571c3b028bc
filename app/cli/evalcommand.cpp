// Top-level command: eval. Runs prompt versions over a dataset (the run engine of `run start`),
// scores the outputs, writes a report, prints the summary and exits 1 when the pass rate is
// below a threshold or, with --baseline, on a significant regression. `--promptfoo FILE`
// takes the prompts, providers and tests from a promptfoo config (evalpromptfoo.cpp).
#include "commandregistry.h"
#include "evalcommand.h"
#include "evalsummary.h"
#include "promptcommandsupport.h"
#include "runexecution.h"
#include "runreport.h"
#include "scoringsupport.h"

#include "run/runengine.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <unistd.h>

namespace lathe::cli {

using namespace Qt::StringLiterals;

namespace {

// NAME@vN is NAME@N (unless a label "vN" exists).
std::optional<PromptVersion> resolveVersion(CliContext &ctx, PromptStore &prompts, const QString &ref)
{
    StoreError error;
    if (std::optional<PromptVersion> v = prompts.resolve(ref, &error))
        return v;
    static const QRegularExpression numbered(u"^(.+)@v(\\d+)$"_s);
    if (const QRegularExpressionMatch m = numbered.match(ref); m.hasMatch()) {
        StoreError second;
        if (std::optional<PromptVersion> v = prompts.resolve(m.captured(1) + u'@' + m.captured(2), &second))
            return v;
    }
    ctx.fail(BadInput, error.message);
    return std::nullopt;
}

int evalWorkspace(CliContext &ctx, const QCommandLineParser &parser, const EvalOptions &o, EvalSettings settings,
                  const RunOptions &runOptions)
{
    if (!parser.isSet(o.prompt) || !parser.isSet(o.dataset))
        return ctx.fail(UsageError, u"--prompt and --dataset are required (or --promptfoo FILE; see --help)"_s);
    auto ws = openWritable(ctx, parser.positionalArguments().at(0));
    if (!ws)
        return BadInput;
    Database &db = ws->database();
    if (const int code = checkJudge(ctx, db, settings.judge); code >= 0)
        return code;
    PromptStore prompts(db);
    QList<PromptVersion> versions;
    for (const QString &ref : parser.values(o.prompt)) {
        const std::optional<PromptVersion> v = resolveVersion(ctx, prompts, ref);
        if (!v)
            return BadInput;
        versions.append(*v);
    }
    if (parser.isSet(o.baseline)) {
        const QString label = parser.value(o.baseline);
        const QString ref = label.contains(u'@') ? label : versions.constFirst().promptName + u'@' + label;
        const std::optional<PromptVersion> base = resolveVersion(ctx, prompts, ref);
        if (!base)
            return BadInput;
        versions.prepend(*base);
        settings.baselineLabel = u"%1@%2 (%3)"_s.arg(base->promptName).arg(base->number).arg(label);
    }
    const std::optional<DatasetVersionInfo> dv = resolveDatasetVersion(ctx, db, parser.value(o.dataset));
    if (!dv)
        return BadInput;
    int code = Success;
    const std::optional<StoredProvider> provider = resolveProvider(ctx, db, parser.value(o.provider), &code);
    if (!provider)
        return code;

    RunSpec spec;
    spec.datasetVersionId = dv->id;
    spec.tag = parser.value(o.tag);
    spec.useCache = runOptions.useCache.value_or(true);
    const QStringList models = parser.isSet(o.model) ? parser.values(o.model) : QStringList{QString()};
    QStringList labels;
    if (!addRunColumns(ctx, spec, versions, *provider, models, {}, &labels))
        return UsageError;
    if (parser.isSet(o.baseline))
        settings.baselineColumns = int(models.size());
    spec.name = u"eval: "_s + labels.join(u" vs "_s);
    spec.config = {{u"source"_s, u"lathe-cli eval"_s}, {u"provider"_s, provider->name},
                   {u"concurrency"_s, runOptions.concurrency}};
    return runAndFinish(ctx, *ws, spec, runOptions, settings);
}

int eval(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Evaluate prompt versions for CI: run them over a dataset (as lathe-cli run does), score the outputs with "
        "the dataset's scorers (defaults and each row's), write a report, print the summary table, and exit with\n"
        "  0  every candidate's pass rate reaches --min-pass-rate and, with --baseline, no significant regression;\n"
        "  1  a candidate's pass rate is below --min-pass-rate; or, with --baseline, a significant regression "
        "against the baseline version (run in the same eval, on the same rows and models), that is "_s
        + evalRegressionRule()
        + u"; also when the run did not complete or the report could not be written;\n"
          "  2  usage error;  3  bad input (workspace, prompt, label, dataset, provider or promptfoo file).\n"
          "Failed calls count as failed cases. With --promptfoo, prompts, providers, tests and asserts come from a "
          "promptfoo config (file:// paths relative to it); without WORKSPACE a temporary workspace is used. What "
          "Lathe cannot run (python asserts, transforms, unknown filters, other providers) is listed on standard "
          "error and under \"unsupported\" in --json, never dropped silently. API keys come from the environment "
          "variables the providers name (promptfoo's names: OPENAI_API_KEY, ANTHROPIC_API_KEY, ...). LLM judge "
          "scorers (llm-rubric, ...) use the provider and model named on the scorer, else --judge-provider and "
          "--judge-model; without either they are skipped."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file (optional with --promptfoo)."_s);
    const EvalOptions o;
    parser.addOptions({o.prompt, o.dataset, o.provider, o.model, o.tag, o.minPassRate, o.baseline, o.report, o.format,
                       o.promptfoo, o.concurrency, o.noCache, o.judgeProvider, o.judgeModel, o.seed, o.json});
    if (auto code = ctx.parse(parser, 0, 1))
        return *code;

    EvalSettings settings;
    settings.json = parser.isSet(o.json);
    bool ok = false;
    if (parser.isSet(o.minPassRate)) {
        settings.minPassRate = parser.value(o.minPassRate).toDouble(&ok);
        if (!ok || *settings.minPassRate < 0 || *settings.minPassRate > 1)
            return ctx.fail(UsageError, u"--min-pass-rate needs a number from 0 to 1"_s);
    }
    settings.judge = {parser.value(o.judgeProvider).trimmed(), parser.value(o.judgeModel).trimmed()};
    settings.bootstrap.seed = parser.value(o.seed).toULongLong(&ok);
    if (!ok)
        return ctx.fail(UsageError, u"--seed needs a whole number >= 0"_s);
    if (parser.isSet(o.format) && !parser.isSet(o.report))
        return ctx.fail(UsageError, u"--format needs --report FILE"_s);
    if (parser.isSet(o.report)) {
        settings.reportPath = parser.value(o.report);
        const std::optional<ReportWriter::Format> format = parser.isSet(o.format)
            ? ReportWriter::formatFromName(parser.value(o.format))
            : ReportWriter::formatFromPath(settings.reportPath);
        if (!format)
            return ctx.fail(UsageError, parser.isSet(o.format)
                                            ? u"unknown format '%1'; use one of: %2"_s.arg(parser.value(o.format),
                                                                                          ReportWriter::names().join(u", "_s))
                                            : u"cannot tell the report format from '%1'; add --format"_s.arg(settings.reportPath));
        settings.reportFormat = *format;
        if (*format == ReportWriter::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return ctx.fail(WorkFailed, u"PDF reports are not available in this process"_s);
    }
    RunOptions runOptions;
    const std::optional<int> concurrency = positiveInt(ctx, parser, o.concurrency, 0, 1024);
    if (!concurrency)
        return UsageError;
    runOptions.concurrency = *concurrency;
    if (parser.isSet(o.noCache))
        runOptions.useCache = false;

    if (parser.isSet(o.promptfoo)) {
        for (const QCommandLineOption *option : {&o.prompt, &o.dataset, &o.provider, &o.model, &o.baseline, &o.tag}) {
            if (parser.isSet(*option))
                return ctx.fail(UsageError, u"--%1 cannot be combined with --promptfoo (the config names them)"_s
                                                .arg(option->names().constFirst()));
        }
        return evalPromptfoo(ctx, parser.value(o.promptfoo), parser.positionalArguments().value(0), settings, runOptions);
    }
    if (parser.positionalArguments().isEmpty())
        return ctx.fail(UsageError, u"missing WORKSPACE (see --help)"_s);
    return evalWorkspace(ctx, parser, o, settings, runOptions);
}

} // namespace

int runAndFinish(CliContext &ctx, Workspace &ws, const RunSpec &spec, const RunOptions &options,
                 const EvalSettings &settings)
{
    QTextStream *progress = settings.json ? nullptr : &ctx.err;
    const RunOutcome outcome = executeRun(ctx, ws, progress, progress && ::isatty(STDERR_FILENO),
                                          [&](RunEngine &e) { return e.start(spec, options); });
    if (outcome.runId <= 0)
        return ctx.fail(WorkFailed, outcome.error.isEmpty() ? u"the run could not start"_s : outcome.error);
    if (!outcome.isCompleted()) {
        ctx.fail(WorkFailed, u"run %1 %2%3; resume it with lathe-cli run resume %4 %1"_s.arg(outcome.runId)
                                 .arg(outcome.status, outcome.error.isEmpty() ? QString() : u": "_s + outcome.error, ws.path()));
        return WorkFailed;
    }
    return finishEval(ctx, ws, outcome.runId, settings);
}

void registerEvalCommand(CommandRegistry &registry)
{
    registry.add({QString(), u"eval"_s,
                  u"Run, score and gate for CI: --min-pass-rate, --baseline, --report, --promptfoo"_s, eval});
}

} // namespace lathe::cli
