#pragma once
// Shared by the two forms of lathe-cli eval: a workspace's prompts (evalcommand.cpp) and a
// promptfoo config (evalpromptfoo.cpp).

#include "clicontext.h"
#include "evalsummary.h"

#include "run/runoptions.h"
#include "workspace/runstore.h"

#include <QCommandLineOption>

namespace lathe {
class Workspace;
}

namespace lathe::cli {

struct EvalOptions
{
    QCommandLineOption prompt{QStringLiteral("prompt"), QStringLiteral("Candidate: NAME, NAME@N, NAME@vN or NAME@LABEL; repeatable."), QStringLiteral("REF")};
    QCommandLineOption dataset{QStringLiteral("dataset"), QStringLiteral("Dataset: NAME or NAME@VERSION (default: newest)."), QStringLiteral("REF")};
    QCommandLineOption provider{QStringLiteral("provider"), QStringLiteral("Provider name (default: the only one)."), QStringLiteral("NAME")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model; repeatable (default: each version's model)."), QStringLiteral("MODEL")};
    QCommandLineOption tag{QStringLiteral("tag"), QStringLiteral("Only rows with this tag."), QStringLiteral("TAG")};
    QCommandLineOption minPassRate{QStringLiteral("min-pass-rate"), QStringLiteral("Exit 1 when a candidate's pass rate is below X (0-1)."), QStringLiteral("X")};
    QCommandLineOption baseline{QStringLiteral("baseline"), QStringLiteral("Also run the version with this label of the first --prompt (or NAME@LABEL) and exit 1 on a significant regression against it."), QStringLiteral("LABEL")};
    QCommandLineOption report{QStringLiteral("report"), QStringLiteral("Write the run's report to FILE."), QStringLiteral("FILE")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("Report format: html, pdf, md, csv, json or junit (default: from FILE's suffix)."), QStringLiteral("FORMAT")};
    QCommandLineOption promptfoo{QStringLiteral("promptfoo"), QStringLiteral("Take prompts, providers, tests and asserts from a promptfoo config."), QStringLiteral("FILE")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), QStringLiteral("Calls in flight at once (default: the provider's limit)."), QStringLiteral("N")};
    QCommandLineOption noCache{QStringLiteral("no-cache"), QStringLiteral("Neither read nor write the response cache.")};
    QCommandLineOption judgeProvider{QStringLiteral("judge-provider"), QStringLiteral("The stored provider that judges LLM scorers (llm-rubric, ...) naming none."), QStringLiteral("NAME")};
    QCommandLineOption judgeModel{QStringLiteral("judge-model"), QStringLiteral("The judge's model for LLM scorers naming none."), QStringLiteral("M")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Bootstrap seed (default 12345)."), QStringLiteral("N"), QStringLiteral("12345")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")};
};

// Runs `spec` (progress on standard error unless --json), then finishEval. A run that does
// not complete is WorkFailed.
int runAndFinish(CliContext &ctx, Workspace &ws, const RunSpec &spec, const RunOptions &options,
                 const EvalSettings &settings);

// lathe-cli eval --promptfoo CONFIG [WORKSPACE] (evalpromptfoo.cpp).
int evalPromptfoo(CliContext &ctx, const QString &configPath, const QString &workspacePath, EvalSettings settings,
                  const RunOptions &options);

} // namespace lathe::cli
