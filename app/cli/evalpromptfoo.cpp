// lathe-cli eval --promptfoo CONFIG [WORKSPACE]: the config's prompts, providers and tests
// imported into the workspace (a temporary one when none is given), then run, scored and
// gated like any eval. What Lathe cannot run is listed on standard error and in --json.
#include "evalcommand.h"
#include "runreport.h"
#include "scoringsupport.h"

#include "promptfoo/promptfooconfigreader.h"
#include "promptfoo/promptfooimporter.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace lathe::cli {

using namespace Qt::StringLiterals;

int evalPromptfoo(CliContext &ctx, const QString &configPath, const QString &workspacePath, EvalSettings settings,
                  const RunOptions &options)
{
    QString error;
    const std::optional<PromptfooConfig> config = PromptfooConfigReader::read(configPath, &error);
    if (!config)
        return ctx.fail(BadInput, u"%1: %2"_s.arg(configPath, error));
    settings.unsupported = config->unsupported;
    for (const QString &line : config->unsupported)
        ctx.err << "lathe-cli eval: unsupported: " << line << '\n';
    ctx.err.flush();

    const QString title = config->description.isEmpty() ? QFileInfo(configPath).fileName() : config->description;
    QTemporaryDir temporary;
    std::unique_ptr<Workspace> ws;
    WorkspaceError wsError;
    if (workspacePath.isEmpty()) {
        if (!temporary.isValid())
            return ctx.fail(WorkFailed, u"cannot create a temporary folder: %1"_s.arg(temporary.errorString()));
        ws = Workspace::create(temporary.filePath(u"promptfoo.lathe"_s), title, &wsError);
    } else if (!QFileInfo::exists(workspacePath)) {
        ws = Workspace::create(workspacePath, title, &wsError);
    } else {
        ws = openWritable(ctx, workspacePath);
        if (!ws)
            return BadInput;
    }
    if (!ws)
        return ctx.fail(BadInput, wsError.message);

    StoreError storeError;
    const std::optional<PromptfooImport> imported =
        PromptfooImporter::import(ws->database(), *config, QFileInfo(configPath).completeBaseName(), &storeError);
    if (!imported)
        return ctx.fail(BadInput, storeError.message);
    if (const int code = checkJudge(ctx, ws->database(), settings.judge); code >= 0)
        return code;

    QJsonArray prompts;
    for (const PromptVersion &v : imported->versions)
        prompts.append(u"%1@%2"_s.arg(v.promptName).arg(v.number));
    QJsonArray providers;
    for (const PromptfooImport::Target &t : imported->targets)
        providers.append(QJsonObject{{u"name"_s, t.provider.name}, {u"kind"_s, t.provider.kind},
                                     {u"model"_s, t.model}, {u"key"_s, t.provider.keyRef}});
    settings.extra.insert(u"promptfoo"_s, QJsonObject{{u"config"_s, configPath}, {u"dataset"_s, imported->datasetName},
                                                      {u"tests"_s, config->tests.size()}, {u"prompts"_s, prompts},
                                                      {u"providers"_s, providers},
                                                      {u"temporary_workspace"_s, workspacePath.isEmpty()}});
    if (!settings.json)
        ctx.out << "promptfoo config " << configPath << ": " << config->prompts.size() << " prompts x "
                << config->providers.size() << " providers x " << config->tests.size() << " tests"
                << (workspacePath.isEmpty() ? u" (temporary workspace; pass WORKSPACE to keep the results)"_s
                                            : u" in "_s + ws->path())
                << '\n';

    RunSpec spec;
    spec.name = u"promptfoo: "_s + title;
    spec.datasetVersionId = imported->datasetVersionId;
    spec.columns = imported->columns();
    spec.useCache = options.useCache.value_or(true);
    spec.config = {{u"source"_s, u"lathe-cli eval --promptfoo"_s}, {u"promptfoo"_s, QFileInfo(configPath).fileName()},
                   {u"concurrency"_s, options.concurrency}};
    return runAndFinish(ctx, *ws, spec, options, settings);
}

} // namespace lathe::cli
