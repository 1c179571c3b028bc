#pragma once

#include "clicontext.h"

#include "prompt/promptcontent.h"
#include "workspace/promptstore.h"

#include <memory>
#include <optional>

namespace lathe {
class Workspace;
}

namespace lathe::cli {

// Opens a workspace for a command, reporting failure on ctx.err (the caller returns BadInput).
std::unique_ptr<Workspace> openWorkspace(CliContext &ctx, const QString &path, bool readOnly);

// A prompt reference resolved to content: a committed version, or NAME@draft.
struct ResolvedContent
{
    PromptContent content;
    std::optional<PromptVersion> version;   // empty for a draft
    QString label;                          // "name@3" or "name@draft"
};
std::optional<ResolvedContent> resolveContent(CliContext &ctx, PromptStore &store, const QString &reference);

// Reads a template file (or '-' for stdin); with chat, a JSON array of {role, content}.
bool readContent(CliContext &ctx, const QString &path, bool chat, PromptContent *content);
bool readParamsFile(CliContext &ctx, const QString &path, QJsonObject *params);
// Applies "key=value"; value is parsed as JSON when it parses, else taken as a string.
bool applyParam(CliContext &ctx, const QString &keyValue, QJsonObject *params);

class CommandRegistry;
void registerPromptDiffRender(CommandRegistry &registry);

// Human-readable content: the template, or each message under a "## role" heading.
QString renderContentText(const PromptContent &content);

} // namespace lathe::cli
