#pragma once
// lathe-cli eval, after the run: scoring, the summary table, the baseline comparisons, the
// report and the verdict that decides the exit code (evalcommand.cpp, evalpromptfoo.cpp).

#include "clicontext.h"

#include "eval/judge/judgeclient.h"
#include "eval/stats/bootstrap.h"
#include "report/reportwriter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {
class Workspace;
}

namespace lathe::cli {

struct EvalSettings
{
    std::optional<double> minPassRate;   // of every candidate column
    // With a baseline the run's first `baselineColumns` columns answer the baseline version
    // (one per model); each later column is compared with the baseline column of its model
    // (position modulo baselineColumns). 0: no baseline.
    int baselineColumns = 0;
    QString baselineLabel;               // e.g. "greet@production", for messages
    QString reportPath;                  // empty: no report
    ReportWriter::Format reportFormat = ReportWriter::Format::Html;
    bool json = false;
    Bootstrap::Options bootstrap;
    JudgeTarget judge;                   // for LLM judge scorers naming no provider or model
    QStringList unsupported;             // promptfoo features left out
    QJsonObject extra;                   // more members for --json (promptfoo: the imported names)
};

// The exit-code rule of --baseline, for --help and messages.
QString evalRegressionRule();

// Scores run `runId` (RunScorer), aggregates it, compares candidates with the baseline
// (RunComparison), writes the report, prints the summary (or JSON) and returns the exit code:
// WorkFailed when a candidate's pass rate is below the minimum (no pass rate counts as below)
// or a comparison is a significant regression (evalRegressionRule), or scoring or the report
// failed; Success otherwise.
int finishEval(CliContext &ctx, Workspace &ws, qint64 runId, const EvalSettings &settings);

} // namespace lathe::cli
