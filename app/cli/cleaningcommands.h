#pragma once

#include "clicontext.h"

namespace lathe {
class Database;
}

namespace lathe::cli {

class CommandRegistry;

// lathe-cli dataset dedup|redact: registered from registerDatasetCommands.
void registerCleaningCommands(CommandRegistry &registry);

// `dataset export --format finetune`: chat fine-tuning JSONL of version `versionId` built from
// the prompt `promptReference` (NAME, NAME@N, NAME@label or NAME@draft) and the column named
// `outputColumn`; `path` "-" is standard output. Returns the exit code.
int exportFinetune(CliContext &ctx, Database &db, qint64 versionId, const QString &promptReference,
                   const QString &outputColumn, const QString &path, const QString &tag);

} // namespace lathe::cli
