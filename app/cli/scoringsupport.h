#pragma once

#include "clicontext.h"

#include <QString>

#include <memory>

namespace lathe {
class Database;
class Workspace;
struct JudgeTarget;
struct ScorerSet;
}

namespace lathe::cli {

// Shared by the scoring commands (score --run, dataset scorers).

// Opens a workspace, reporting failure on ctx.err (BadInput). `readOnly`: never written.
std::unique_ptr<Workspace> openScoringWorkspace(CliContext &ctx, const QString &path, bool readOnly);

// Reads a scorer file (YAML or JSON; "-" is standard input) and checks every scorer: an
// unknown type or an unusable value (bad regex, schema, script syntax) fails with BadInput;
// types Lathe cannot run yet (LLM judges, python) are kept with a warning on ctx.err.
// Returns the exit code to stop with, or -1 on success.
int readScorerFile(CliContext &ctx, const QString &path, ScorerSet *set);

// Checks a judge given on the command line: its provider (when named) must be stored in the
// workspace ("NAME" or "NAME:MODEL"). Returns the exit code to stop with (BadInput), or -1.
int checkJudge(CliContext &ctx, Database &db, const JudgeTarget &judge);

} // namespace lathe::cli
