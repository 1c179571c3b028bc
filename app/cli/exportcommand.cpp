// Top-level command: export. A report of a stored run (every column of it, so a comparison of
// prompt versions or models) in one of six formats, from the stored results; nothing is re-run.
#include "commandregistry.h"
#include "promptcommandsupport.h"

#include "pdfreport.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

const QCommandLineOption kJson(u"json"_s, u"Print what was written as JSON."_s);

// True when the command line asks `export` or `eval` for a PDF: the format, or an output file
// ending in .pdf. Errs on the side of yes (a QGuiApplication on the offscreen platform is harmless).
bool wantsPdf(int argc, char **argv)
{
    if (argc < 2 || (std::strcmp(argv[1], "export") != 0 && std::strcmp(argv[1], "eval") != 0))
        return false;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]).toLower();
        if (arg == u"pdf"_s || arg == u"--format=pdf"_s || arg.endsWith(u".pdf"_s))
            return true;
    }
    return false;
}

// Writes `bytes` (or, for a PDF, the rendered pages) to `path` atomically, or to standard
// output for "-". Returns the page count for a PDF, 0 otherwise; empty on failure.
std::optional<int> writeReport(CliContext &ctx, ReportWriter::Format format, const ReportData &data,
                               const QString &path, qint64 *bytes)
{
    QSaveFile file(path);
    QFile standardOutput;
    QIODevice *device = &file;
    QString error;
    if (path == u"-"_s) {
        ctx.out.flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            ctx.fail(WorkFailed, u"cannot write to standard output"_s);
            return std::nullopt;
        }
        device = &standardOutput;
    } else if (!file.open(QIODevice::WriteOnly)) {
        ctx.fail(WorkFailed, u"cannot write %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    int pages = 0;
    if (format == ReportWriter::Format::Pdf) {
        const std::optional<int> written = PdfReport::write(data, device, &error);
        if (!written) {
            ctx.fail(WorkFailed, error);
            return std::nullopt;
        }
        pages = *written;
    } else {
        const QByteArray text = ReportWriter::render(format, data);
        if (device->write(text) != text.size()) {
            ctx.fail(WorkFailed, u"cannot write %1: %2"_s.arg(path, device->errorString()));
            return std::nullopt;
        }
    }
    *bytes = device->pos();
    if (device == &file && !file.commit()) {
        ctx.fail(WorkFailed, u"cannot write %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    return pages;
}

int exportRun(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export a report of a stored run: summary, charts, every case with its output, scores and diffs, "
        "human judgements and the run's metadata. Reads the stored results; nothing is re-run. Formats: html "
        "(one self-contained file), pdf, md, csv (one row per case and column), json (see docs/REPORT-JSON.md), "
        "junit (one testcase per case and column, for CI)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    const QCommandLineOption run(u"run"_s, u"The run to report (see lathe-cli run list)."_s, u"ID"_s);
    const QCommandLineOption format(u"format"_s, u"html, pdf, md, csv, json or junit (default: from FILE's suffix)."_s,
                                    u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The file to write; - for standard output."_s, u"FILE"_s);
    parser.addOptions({run, format, output, kJson});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    if (!parser.isSet(run) || !parser.isSet(output))
        return ctx.fail(UsageError, u"--run ID and -o FILE are required (see --help)"_s);
    bool ok = false;
    const qint64 runId = parser.value(run).toLongLong(&ok);
    if (!ok || runId <= 0)
        return ctx.fail(UsageError, u"--run must be a run number, not '%1' (see lathe-cli run list)"_s.arg(parser.value(run)));
    const QString path = parser.value(output);
    const std::optional<ReportWriter::Format> chosen = parser.isSet(format)
        ? ReportWriter::formatFromName(parser.value(format))
        : ReportWriter::formatFromPath(path);
    if (!chosen)
        return ctx.fail(UsageError, parser.isSet(format)
                                        ? u"unknown format '%1'; use one of: %2"_s.arg(parser.value(format),
                                                                                      ReportWriter::names().join(u", "_s))
                                        : u"cannot tell the format from '%1'; add --format"_s.arg(path));
    if (*chosen == ReportWriter::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.fail(WorkFailed, u"PDF export is not available in this process"_s);

    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    QString error;
    const std::optional<ReportData> data = ReportBuilder::build(ws->database(), runId, &error);
    if (!data)
        return ctx.fail(BadInput, error);
    qint64 bytes = 0;
    const std::optional<int> pages = writeReport(ctx, *chosen, *data, path, &bytes);
    if (!pages)
        return WorkFailed;
    if (path == u"-"_s)
        return Success;
    if (parser.isSet(kJson)) {
        QJsonObject o{{u"path"_s, path}, {u"format"_s, ReportWriter::name(*chosen)}, {u"run"_s, runId},
                      {u"rows"_s, data->rows.size()}, {u"columns"_s, data->columns.size()},
                      {u"cases"_s, data->caseCount()}, {u"bytes"_s, bytes}};
        if (*chosen == ReportWriter::Format::Pdf)
            o.insert(u"pages"_s, *pages);
        ctx.printJson(o);
    } else {
        ctx.out << "Wrote " << path << " (" << ReportWriter::name(*chosen) << ", run " << runId << ": "
                << data->rows.size() << " rows x " << data->columns.size() << " columns";
        if (*chosen == ReportWriter::Format::Pdf)
            ctx.out << ", " << *pages << (*pages == 1 ? " page" : " pages");
        ctx.out << ")\n";
    }
    return Success;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (wantsPdf(argc, argv)) {
        // The PDF is laid out with QtGui's fonts, which need a QGuiApplication; the offscreen
        // platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

void registerExportCommand(CommandRegistry &registry)
{
    registry.add({QString(), u"export"_s, u"Export a run's report: html, pdf, md, csv, json, junit"_s, exportRun});
}

} // namespace lathe::cli
