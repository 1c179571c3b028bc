// lathe-cli prompt <verb> WORKSPACE [args]: list, show, commit, log, label, diff, render.
#include "commandregistry.h"
#include "promptcommandsupport.h"

#include "workspace/promptstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));

QJsonObject versionJson(const PromptVersion &v)
{
    QJsonObject o = v.content.toJson();
    o.insert(QStringLiteral("prompt"), v.promptName);
    o.insert(QStringLiteral("version"), v.number);
    o.insert(QStringLiteral("parent"), v.parentNumber);
    o.insert(QStringLiteral("message"), v.message);
    o.insert(QStringLiteral("content_hash"), v.contentHash);
    o.insert(QStringLiteral("created_at"), v.createdAt);
    o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(v.labels));
    return o;
}

int list(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the prompts of a workspace."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const QList<PromptInfo> prompts = store.list();
    if (parser.isSet(kJson)) {
        QJsonArray arr;
        for (const PromptInfo &p : prompts) {
            QJsonObject labels;
            const QMap<QString, int> l = store.labels(p.id);
            for (auto it = l.begin(); it != l.end(); ++it)
                labels.insert(it.key(), it.value());
            arr.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("versions"), p.versionCount},
                                   {QStringLiteral("latest"), p.latestNumber}, {QStringLiteral("labels"), labels},
                                   {QStringLiteral("updated_at"), p.updatedAt}});
        }
        ctx.printJson({{QStringLiteral("prompts"), arr}});
        return Success;
    }
    if (prompts.isEmpty())
        ctx.out << "No prompts yet. Commit one with: lathe-cli prompt commit WORKSPACE NAME --file FILE -m MESSAGE\n";
    for (const PromptInfo &p : prompts) {
        QStringList labels;
        const QMap<QString, int> l = store.labels(p.id);
        for (auto it = l.begin(); it != l.end(); ++it)
            labels << QStringLiteral("%1@%2").arg(it.key()).arg(it.value());
        ctx.out << p.name.leftJustified(24) << ' ' << QStringLiteral("%1 version(s)").arg(p.versionCount).leftJustified(14)
                << ' ' << labels.join(QStringLiteral(", ")) << '\n';
    }
    return Success;
}

int show(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show one prompt version (default: the latest)."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("NAME, NAME@VERSION, NAME@LABEL or NAME@draft."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const auto resolved = resolveContent(ctx, store, parser.positionalArguments().at(1));
    if (!resolved)
        return BadInput;
    if (parser.isSet(kJson)) {
        ctx.printJson(resolved->version ? versionJson(*resolved->version) : resolved->content.toJson());
        return Success;
    }
    if (resolved->version) {
        const PromptVersion &v = *resolved->version;
        ctx.out << "Prompt:   " << v.promptName << '@' << v.number
                << (v.labels.isEmpty() ? QString() : QStringLiteral(" (") + v.labels.join(QStringLiteral(", ")) + u')')
                << "\nMessage:  " << v.message << "\nCreated:  " << v.createdAt << "\nHash:     " << v.contentHash << '\n';
    } else {
        ctx.out << "Prompt:   " << resolved->label << " (uncommitted draft)\n";
    }
    ctx.out << "Params:   " << QString::fromUtf8(QJsonDocument(resolved->content.params).toJson(QJsonDocument::Compact)) << "\n\n";
    ctx.out << renderContentText(resolved->content);
    return Success;
}

int commit(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Commit a new version of a prompt from a file (creates the prompt if it is new).\n"
        "A text file is a template; with --chat the file is a JSON array of {\"role\", \"content\"}."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Prompt name."));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("Template file (- for stdin)."), QStringLiteral("FILE"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")}, QStringLiteral("Commit message."), QStringLiteral("TEXT"));
    const QCommandLineOption chat(QStringLiteral("chat"), QStringLiteral("The file holds chat messages as JSON."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("Model parameter KEY=VALUE (VALUE as JSON if it parses); repeatable."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption paramsFile(QStringLiteral("params-file"), QStringLiteral("JSON object of model parameters."), QStringLiteral("FILE"));
    parser.addOptions({file, message, chat, param, paramsFile, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    if (!parser.isSet(file))
        return ctx.fail(UsageError, QStringLiteral("--file is required"));
    if (!parser.isSet(message))
        return ctx.fail(UsageError, QStringLiteral("-m MESSAGE is required"));

    PromptContent content;
    if (!readContent(ctx, parser.value(file), parser.isSet(chat), &content))
        return BadInput;
    if (parser.isSet(paramsFile) && !readParamsFile(ctx, parser.value(paramsFile), &content.params))
        return BadInput;
    for (const QString &kv : parser.values(param)) {
        if (!applyParam(ctx, kv, &content.params))
            return UsageError;
    }
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), false);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    StoreError error;
    const auto v = store.commitContent(parser.positionalArguments().at(1), content, parser.value(message), &error);
    if (!v)
        return ctx.fail(error.code == StoreError::Unchanged ? WorkFailed : BadInput, error.message);
    if (parser.isSet(kJson))
        ctx.printJson(versionJson(*v));
    else
        ctx.out << "Committed " << v->promptName << '@' << v->number << " (" << v->contentHash.left(12) << ")\n";
    return Success;
}

int log(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the versions of a prompt, newest first."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Prompt name."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const auto info = store.find(parser.positionalArguments().at(1));
    if (!info)
        return ctx.fail(BadInput, QStringLiteral("there is no prompt named '%1'").arg(parser.positionalArguments().at(1)));
    const QList<PromptVersion> versions = store.history(info->id);
    if (parser.isSet(kJson)) {
        QJsonArray arr;
        for (const PromptVersion &v : versions)
            arr.append(versionJson(v));
        ctx.printJson({{QStringLiteral("prompt"), info->name}, {QStringLiteral("versions"), arr}});
        return Success;
    }
    for (const PromptVersion &v : versions) {
        ctx.out << QStringLiteral("@%1").arg(v.number).leftJustified(5) << ' ' << v.createdAt.left(19) << "  "
                << v.contentHash.left(10) << "  " << v.message
                << (v.labels.isEmpty() ? QString() : QStringLiteral("  [") + v.labels.join(QStringLiteral(", ")) + u']') << '\n';
    }
    return Success;
}

int label(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Point a label (e.g. production) at a version, or remove it."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("NAME@VERSION (or NAME with --remove)."));
    parser.addPositionalArgument(QStringLiteral("LABEL"), QStringLiteral("Label name."));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Remove the label."));
    parser.addOptions({remove, kJson});
    if (auto code = ctx.parse(parser, 3, 3))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), false);
    if (!ws)
        return BadInput;
    PromptStore store(ws->database());
    const QString ref = parser.positionalArguments().at(1);
    const QString labelName = parser.positionalArguments().at(2);
    StoreError error;
    if (parser.isSet(remove)) {
        const auto info = store.find(ref.section(u'@', 0, 0));
        if (!info)
            return ctx.fail(BadInput, QStringLiteral("there is no prompt named '%1'").arg(ref.section(u'@', 0, 0)));
        if (!store.removeLabel(info->id, labelName, &error))
            return ctx.fail(BadInput, error.message);
        ctx.out << "Removed label " << labelName << " from " << info->name << '\n';
        return Success;
    }
    const auto v = store.resolve(ref, &error);
    if (!v)
        return ctx.fail(BadInput, error.message);
    if (!store.setLabel(v->promptId, labelName, v->number, &error))
        return ctx.fail(BadInput, error.message);
    if (parser.isSet(kJson))
        ctx.printJson({{QStringLiteral("prompt"), v->promptName}, {QStringLiteral("label"), labelName},
                       {QStringLiteral("version"), v->number}});
    else
        ctx.out << labelName << " -> " << v->promptName << '@' << v->number << '\n';
    return Success;
}

} // namespace

void registerPromptCommands(CommandRegistry &registry)
{
    const QString g = QStringLiteral("prompt");
    registry.add({g, QStringLiteral("list"), QStringLiteral("List prompts with version counts and labels"), list});
    registry.add({g, QStringLiteral("show"), QStringLiteral("Show a prompt version, label or the draft"), show});
    registry.add({g, QStringLiteral("commit"), QStringLiteral("Commit a new version from a file"), commit});
    registry.add({g, QStringLiteral("log"), QStringLiteral("List a prompt's versions"), log});
    registry.add({g, QStringLiteral("label"), QStringLiteral("Move or remove a label"), label});
    registerPromptDiffRender(registry);
}

} // namespace lathe::cli
