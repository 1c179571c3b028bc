// Top-level command: demo. Builds the demo workspace from its source folder (resources/demo),
// or copies the built one that ships with Lathe.
#include "commandregistry.h"

#include "demo/demobuilder.h"
#include "demo/demoworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

int demo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write the demo workspace to FILE: three prompts with versions, three datasets with scorers, runs of "
        "two made-up sample model configurations with scores, and human votes. With --source, build it from "
        "that folder (resources/demo in the source tree); without, copy the demo built with Lathe "
        "(../share/lathe/demo.lathe next to this program). No model is called."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The .lathe file to write."_s);
    const QCommandLineOption source(u"source"_s, u"Build from the demo source folder DIR (its demo.json)."_s, u"DIR"_s);
    const QCommandLineOption force(u"force"_s, u"Replace an existing file."_s);
    const QCommandLineOption json(u"json"_s, u"Print machine-readable JSON."_s);
    parser.addOptions({source, force, json});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    const QString path = parser.positionalArguments().constFirst();

    if (!parser.isSet(source)) {
        const QString built = DemoWorkspace::builtPath();
        if (built.isEmpty())
            return ctx.fail(BadInput, u"no built demo next to this program (%1); build one with --source DIR"_s.arg(
                                          QDir::toNativeSeparators(QCoreApplication::applicationDirPath()
                                                                   + u"/../share/lathe/demo.lathe"_s)));
        if (QFileInfo::exists(path) && !parser.isSet(force))
            return ctx.fail(BadInput, u"%1 already exists (replace it with --force)"_s.arg(path));
        QFile::remove(path);
        if (!QFile::copy(built, path))
            return ctx.fail(BadInput, u"cannot write %1"_s.arg(path));
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (parser.isSet(json))
            ctx.printJson({{u"path"_s, QFileInfo(path).absoluteFilePath()}, {u"copied_from"_s, built}});
        else
            ctx.out << "Copied the demo workspace to " << path << '\n';
        return Success;
    }

    QString error;
    const std::optional<DemoBuildReport> r = DemoBuilder(parser.value(source)).build(path, parser.isSet(force), &error);
    if (!r)
        return ctx.fail(BadInput, error);
    if (parser.isSet(json)) {
        ctx.printJson({{u"path"_s, r->path},
                       {u"prompts"_s, r->prompts},
                       {u"prompt_versions"_s, r->promptVersions},
                       {u"datasets"_s, r->datasets},
                       {u"dataset_rows"_s, double(r->datasetRows)},
                       {u"runs"_s, r->runs},
                       {u"results"_s, double(r->results)},
                       {u"scores"_s, double(r->scores)},
                       {u"judgements"_s, r->judgements},
                       {u"bytes"_s, double(r->bytes)},
                       {u"elapsed_ms"_s, double(r->elapsedMs)}});
        return Success;
    }
    ctx.out << u"Built the demo workspace %1\n"
               "  %2 prompts (%3 versions), %4 datasets (%5 rows)\n"
               "  %6 runs with %7 results and %8 scores, %9 human votes\n"_s.arg(r->path)
                   .arg(r->prompts)
                   .arg(r->promptVersions)
                   .arg(r->datasets)
                   .arg(r->datasetRows)
                   .arg(r->runs)
                   .arg(r->results)
                   .arg(r->scores)
                   .arg(r->judgements)
            << u"  %1 in %2 s\n"_s.arg(QLocale::c().formattedDataSize(r->bytes), QString::number(r->elapsedMs / 1000.0, 'f', 1));
    return Success;
}

} // namespace

void registerDemoCommand(CommandRegistry &registry)
{
    registry.add({{}, u"demo"_s, u"Write the demo workspace (stored sample runs, scores and votes)"_s, demo});
}

} // namespace lathe::cli
