// Top-level workspace commands: init, info.
#include "commandregistry.h"

#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonObject>

namespace lathe::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));

int init(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty workspace file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .lathe file to create."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Project name (default: the file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace an existing file."));
    parser.addOptions({name, force, kJson});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;

    const QString path = parser.positionalArguments().constFirst();
    WorkspaceError error;
    auto ws = Workspace::create(path, parser.value(name), &error, parser.isSet(force));
    if (!ws)
        return ctx.fail(BadInput, error.message);
    if (parser.isSet(kJson))
        ctx.printJson({{QStringLiteral("path"), ws->path()},
                       {QStringLiteral("project"), ws->projectName()},
                       {QStringLiteral("schema_version"), ws->schemaVersion()}});
    else
        ctx.out << "Created " << ws->path() << " (project \"" << ws->projectName() << "\")\n";
    return Success;
}

int info(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show a workspace's format version and contents."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;

    WorkspaceError error;
    Workspace::OpenOptions options;
    options.readOnly = true;  // info never writes
    auto ws = Workspace::open(parser.positionalArguments().constFirst(), options, &error);
    if (!ws)
        return ctx.fail(BadInput, error.message);
    const WorkspaceStats s = ws->stats();
    if (parser.isSet(kJson)) {
        ctx.printJson({{QStringLiteral("path"), ws->path()},
                       {QStringLiteral("project"), ws->projectName()},
                       {QStringLiteral("schema_version"), s.schemaVersion},
                       {QStringLiteral("prompts"), s.prompts},
                       {QStringLiteral("prompt_versions"), s.promptVersions},
                       {QStringLiteral("datasets"), s.datasets},
                       {QStringLiteral("dataset_rows"), s.datasetRows},
                       {QStringLiteral("runs"), s.runs},
                       {QStringLiteral("results"), s.results}});
        return Success;
    }
    ctx.out << "Workspace:        " << ws->path() << '\n'
            << "Project:          " << ws->projectName() << '\n'
            << "Schema version:   " << s.schemaVersion << '\n'
            << "Prompts:          " << s.prompts << '\n'
            << "Prompt versions:  " << s.promptVersions << '\n'
            << "Datasets:         " << s.datasets << '\n'
            << "Dataset rows:     " << s.datasetRows << '\n'
            << "Runs:             " << s.runs << '\n'
            << "Results:          " << s.results << '\n';
    return Success;
}

} // namespace

void registerWorkspaceCommands(CommandRegistry &registry)
{
    registry.add({{}, QStringLiteral("init"), QStringLiteral("Create a new workspace file"), init});
    registry.add({{}, QStringLiteral("info"), QStringLiteral("Show a workspace's format version and counts"), info});
}

} // namespace lathe::cli
