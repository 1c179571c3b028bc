#pragma once
// Shared by `run start|resume` (runcommands.cpp) and `eval` (evalcommand.cpp): resolving the
// dataset, provider and columns of a run, and executing it on a RunEngine with progress.

#include "clicontext.h"

#include "run/runoptions.h"
#include "run/runoutcome.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"

#include <functional>
#include <optional>

namespace lathe {
class Database;
class RunEngine;
class Workspace;
}

namespace lathe::cli {

// A dataset reference NAME or NAME@VERSION (default: the newest version); reports BadInput.
std::optional<DatasetVersionInfo> resolveDatasetVersion(CliContext &ctx, Database &db, const QString &reference);

// The provider called `name`, or with an empty name the workspace's only provider. Reports
// the failure and sets *code (BadInput, or UsageError when several could be meant).
std::optional<StoredProvider> resolveProvider(CliContext &ctx, Database &db, const QString &name, int *code);

// Appends one column per version x model to spec (an empty model: the version's own) and its
// label "name@N model" to *labels. Reports a version without a model (UsageError) and
// returns false.
bool addRunColumns(CliContext &ctx, RunSpec &spec, const QList<PromptVersion> &versions, const StoredProvider &provider,
                   const QStringList &models, const QJsonObject &overrides, QStringList *labels);

// Runs `begin` on a RunEngine to the end, writing a progress bar (a terminal) or a progress
// line every 2 s to `progress` (null: silent); stops on Ctrl-C or when the run is marked
// cancelled by `run cancel`, keeping completed results. API keys come from the environment.
RunOutcome executeRun(CliContext &ctx, Workspace &ws, QTextStream *progress, bool progressIsTerminal,
                      const std::function<bool(RunEngine &)> &begin);

} // namespace lathe::cli
