// lathe-cli dataset scorers WORKSPACE NAME [--file FILE] [--json]: show or set a dataset's
// default scorers (promptfoo assert syntax). Registered by registerDatasetCommands.
#include "commandregistry.h"
#include "scoringsupport.h"

#include "eval/scorers/scorerset.h"
#include "workspace/datasetstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace lathe::cli {

namespace {

using namespace Qt::StringLiterals;

int scorers(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show a dataset's default scorers, or set them from a YAML or JSON file in promptfoo's assert syntax: "
        "a list of {type, value, threshold, weight, metric, config}, or a promptfoo config whose "
        "defaultTest.assert is taken. Every run over the dataset is scored with them (plus each row's own "
        "and the run's); re-score a run with lathe-cli score WORKSPACE --run ID."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"DATASET"_s, u"The dataset's name."_s);
    const QCommandLineOption file(u"file"_s, u"Set the scorers from FILE (- for standard input); [] clears them."_s,
                                  u"FILE"_s);
    const QCommandLineOption json(u"json"_s, u"Print machine-readable JSON."_s);
    parser.addOptions({file, json});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;

    const bool setting = parser.isSet(file);
    ScorerSet set;
    if (setting) {
        if (const int code = readScorerFile(ctx, parser.value(file), &set); code >= 0)
            return code;
        if (set.threshold)
            return ctx.fail(BadInput, u"%1: a threshold applies to a run, not to a dataset's scorers; use "
                                      "lathe-cli score WORKSPACE --run ID --threshold X"_s.arg(parser.value(file)));
    }
    auto ws = openScoringWorkspace(ctx, parser.positionalArguments().at(0), !setting);
    if (!ws)
        return BadInput;
    DatasetStore datasets(ws->database());
    WorkspaceError wsError;
    const std::optional<DatasetInfo> info = datasets.find(parser.positionalArguments().at(1), &wsError);
    if (!info)
        return ctx.fail(BadInput, wsError.message);
    ScoreStore store(ws->database());
    if (setting) {
        StoreError error;
        if (!store.setDatasetScorers(info->id, set.toJson(), &error))
            return ctx.fail(BadInput, error.message);
    } else {
        QString error;
        const std::optional<ScorerSet> stored = ScorerSet::fromJson(info->defaultScorers, &error);
        if (!stored)
            return ctx.fail(BadInput, u"the stored scorers of “%1” are invalid: %2"_s.arg(info->name, error));
        set = *stored;
    }
    const qint64 rowsWithOwn = store.rowsWithScorers(info->head.id);

    if (parser.isSet(json)) {
        ctx.printJson({{u"dataset"_s, info->name},
                       {u"scorers"_s, set.toJson()},
                       {u"rows_with_scorers"_s, double(rowsWithOwn)},
                       {u"set"_s, setting}});
        return Success;
    }
    if (setting) {
        ctx.out << u"Set %1 default scorer(s) on “%2”."_s.arg(set.specs.size()).arg(info->name) << '\n';
    } else if (set.specs.isEmpty()) {
        ctx.out << u"“%1” has no default scorers. Set them with: lathe-cli dataset scorers WORKSPACE %1 --file "
                   "scorers.yaml"_s.arg(info->name)
                << '\n';
    } else {
        ctx.out << set.toYaml();
    }
    if (rowsWithOwn > 0)
        ctx.out << (setting || set.specs.isEmpty() ? "" : "# ")
                << u"%1 row(s) of version %2 also carry scorers of their own."_s.arg(rowsWithOwn).arg(info->head.number)
                << '\n';
    return Success;
}

} // namespace

void registerDatasetScorersCommand(CommandRegistry &registry)
{
    registry.add({u"dataset"_s, u"scorers"_s, u"Show or set a dataset's default scorers (promptfoo assert syntax)"_s,
                  scorers});
}

} // namespace lathe::cli
