#pragma once

#include "clicontext.h"

namespace lathe::cli {

// lathe-cli score WORKSPACE --run ID: re-scores a stored run from its outputs and prints the
// summary per prompt version x model. Called by the score command when --run is given.
int rescoreRun(CliContext &ctx);

// True when the arguments select that form (a --run option).
bool isRescore(const QStringList &args);

} // namespace lathe::cli
