// lathe-cli dataset <verb> WORKSPACE [args]: list, show, import, export (dedup and redact live in
// cleaningcommands.cpp).
#include "cleaningcommands.h"
#include "commandregistry.h"

#include "dataset/datasetexporter.h"
#include "dataset/datasetimporter.h"
#include "workspace/datasetstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

const QCommandLineOption kJson(u"json"_s, u"Print machine-readable JSON."_s);

std::unique_ptr<Workspace> openFor(CliContext &ctx, const QString &path, bool readOnly)
{
    WorkspaceError error;
    Workspace::OpenOptions options;
    options.readOnly = readOnly;
    auto ws = Workspace::open(path, options, &error);
    if (!ws)
        ctx.fail(BadInput, error.message);
    else if (!readOnly && ws->isReadOnly()) {
        ctx.fail(BadInput, ws->readOnlyReason());
        return nullptr;
    }
    return ws;
}

QJsonArray columnsJson(const QList<DatasetColumn> &columns)
{
    QJsonArray a;
    for (const DatasetColumn &c : columns)
        a.append(QJsonObject{{u"key"_s, c.key}, {u"name"_s, c.name},
                             {u"role"_s, DatasetColumn::roleName(c.role)},
                             {u"type"_s, DatasetColumn::typeName(c.type)}});
    return a;
}

// "name (role)" for every column that is not a plain variable.
QString columnsText(const QList<DatasetColumn> &columns)
{
    QStringList parts;
    for (const DatasetColumn &c : columns)
        parts << (c.role == ColumnRole::Variable ? c.name : u"%1 (%2)"_s.arg(c.name, DatasetColumn::roleName(c.role)));
    return parts.join(u", "_s);
}

// NAME or NAME@VERSION (also NAME@vVERSION); a name may itself contain '@'.
struct Reference
{
    QString name;
    int version = 0;   // 0: the head
};

Reference parseReference(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at > 0) {
        QStringView v = QStringView(text).sliced(at + 1);
        if (v.startsWith(u'v'))
            v = v.sliced(1);
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok && n > 0)
            return {text.left(at), n};
    }
    return {text, 0};
}

// Resolves a reference to its dataset and version, reporting failure on ctx.err.
bool resolve(CliContext &ctx, DatasetStore &store, const QString &text, DatasetInfo *info, DatasetVersionInfo *version)
{
    const Reference ref = parseReference(text);
    WorkspaceError error;
    const auto found = store.find(ref.name, &error);
    if (!found) {
        ctx.fail(BadInput, error.message);
        return false;
    }
    const auto v = store.version(found->id, ref.version, &error);
    if (!v) {
        ctx.fail(BadInput, u"“%1” has no version %2 (it has %3)"_s.arg(ref.name).arg(ref.version).arg(found->versionCount));
        return false;
    }
    *info = *found;
    *version = *v;
    return true;
}

int list(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the datasets of a workspace."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    auto ws = openFor(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    DatasetStore store(ws->database());
    WorkspaceError error;
    const QList<DatasetInfo> datasets = store.list(&error);
    if (error)
        return ctx.fail(BadInput, error.message);
    if (parser.isSet(kJson)) {
        QJsonArray arr;
        for (const DatasetInfo &d : datasets)
            arr.append(QJsonObject{{u"name"_s, d.name}, {u"source"_s, d.source},
                                   {u"versions"_s, d.versionCount}, {u"version"_s, d.head.number},
                                   {u"frozen"_s, d.head.frozen}, {u"rows"_s, d.head.rowCount},
                                   {u"columns"_s, columnsJson(d.columns)}, {u"created_at"_s, d.createdAt}});
        ctx.printJson({{u"datasets"_s, arr}});
        return Success;
    }
    if (datasets.isEmpty())
        ctx.out << "No datasets yet. Import one with: lathe-cli dataset import WORKSPACE FILE --name NAME\n";
    for (const DatasetInfo &d : datasets)
        ctx.out << d.name.leftJustified(24) << ' ' << u"v%1"_s.arg(d.head.number).leftJustified(5) << ' '
                << u"%1 rows"_s.arg(d.head.rowCount).leftJustified(12) << ' ' << columnsText(d.columns) << '\n';
    return Success;
}

// One cell on one line: newlines and tabs shown as escapes, long values cut.
QString shortCell(const QJsonValue &value)
{
    QString s = DatasetExporter::cellText(value);
    s.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    return s.size() > 60 ? s.left(59) + u'…' : s;
}

int show(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show the rows of a dataset version (default: the newest)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"DATASET"_s, u"NAME or NAME@VERSION."_s);
    const QCommandLineOption limit(u"limit"_s, u"Show at most N rows (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption offset(u"offset"_s, u"Skip the first N rows."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tag(u"tag"_s, u"Only rows with this tag."_s, u"TAG"_s);
    parser.addOptions({limit, offset, tag, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    bool okLimit = false;
    bool okOffset = false;
    const qint64 n = parser.value(limit).toLongLong(&okLimit);
    const qint64 skip = parser.value(offset).toLongLong(&okOffset);
    if (!okLimit || !okOffset || n < 0 || skip < 0)
        return ctx.fail(UsageError, u"--limit and --offset take a number >= 0"_s);
    auto ws = openFor(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    DatasetStore store(ws->database());
    DatasetInfo info;
    DatasetVersionInfo version;
    if (!resolve(ctx, store, parser.positionalArguments().at(1), &info, &version))
        return BadInput;
    const QString tagFilter = parser.value(tag);
    WorkspaceError error;
    const QList<DatasetColumn> columns = store.columns(version.id, &error);
    const qint64 total = store.rowCount(version.id, tagFilter, &error);
    const QList<DatasetRow> rows = store.rows(version.id, skip, n, tagFilter, &error);
    if (error)
        return ctx.fail(BadInput, error.message);

    if (parser.isSet(kJson)) {
        QJsonArray arr;
        for (const DatasetRow &r : rows) {
            QJsonObject values;
            for (const DatasetColumn &c : columns) {
                if (r.data.contains(c.key))
                    values.insert(c.name, r.data.value(c.key));
            }
            arr.append(QJsonObject{{u"id"_s, r.id}, {u"values"_s, values},
                                   {u"tags"_s, QJsonArray::fromStringList(r.tags)}, {u"scorers"_s, r.scorers}});
        }
        ctx.printJson({{u"dataset"_s, info.name}, {u"version"_s, version.number}, {u"frozen"_s, version.frozen},
                       {u"versions"_s, info.versionCount}, {u"total"_s, total}, {u"offset"_s, skip},
                       {u"tag"_s, tagFilter}, {u"columns"_s, columnsJson(columns)}, {u"rows"_s, arr}});
        return Success;
    }
    ctx.out << "Dataset " << info.name << ", version " << version.number << " of " << info.versionCount
            << (version.frozen ? " (frozen)" : "") << ": " << total << " rows"
            << (tagFilter.isEmpty() ? QString() : u" tagged “%1”"_s.arg(tagFilter)) << '\n'
            << "Columns: " << columnsText(columns) << "\n\n";
    QStringList header{u"#"_s};
    for (const DatasetColumn &c : columns)
        header << c.name;
    ctx.out << header.join(u'\t') << '\n';
    qint64 index = skip;
    for (const DatasetRow &r : rows) {
        QStringList cells{QString::number(++index)};
        for (const DatasetColumn &c : columns)
            cells << shortCell(r.data.value(c.key));
        ctx.out << cells.join(u'\t') << (r.tags.isEmpty() ? QString() : u"\t[%1]"_s.arg(r.tags.join(u", "_s))) << '\n';
    }
    if (skip + rows.size() < total)
        ctx.out << "… " << total - skip - rows.size() << " more (use --offset and --limit)\n";
    return Success;
}

int importFile(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import a CSV, TSV, JSON, JSONL, promptfoo or OpenAI Evals file as a new dataset. "
        "Nothing is stored unless the whole file is valid."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The file to import."_s);
    const QCommandLineOption name(u"name"_s, u"Dataset name (default: the file name)."_s, u"NAME"_s);
    const QCommandLineOption format(u"format"_s, u"csv, tsv, json, jsonl, promptfoo or openai-evals "
                                                 "(default: from the file name and content)."_s, u"FORMAT"_s);
    const QCommandLineOption role(u"role"_s, u"Set a column's role: variable, expected, metadata or ignored "
                                             "(repeatable)."_s, u"COLUMN=ROLE"_s);
    parser.addOptions({name, format, role, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;

    ImportOptions options;
    options.name = parser.value(name);
    if (parser.isSet(format)) {
        const auto f = datasetFormatFromName(parser.value(format));
        if (!f)
            return ctx.fail(UsageError, u"unknown format '%1' (csv, tsv, json, jsonl, promptfoo, openai-evals)"_s
                                            .arg(parser.value(format)));
        options.format = *f;
    }
    for (const QString &spec : parser.values(role)) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        const auto r = eq > 0 ? DatasetColumn::roleFromName(spec.mid(eq + 1)) : std::nullopt;
        if (!r)
            return ctx.fail(UsageError, u"--role takes COLUMN=ROLE with ROLE one of variable, expected, "
                                        "metadata, ignored (got '%1')"_s.arg(spec));
        options.overrides.append({spec.left(eq), {}, r, std::nullopt});
    }
    const QString file = parser.positionalArguments().at(1);
    if (!QFileInfo(file).isFile())
        return ctx.fail(BadInput, u"%1: no such file"_s.arg(file));
    auto ws = openFor(ctx, parser.positionalArguments().at(0), false);
    if (!ws)
        return BadInput;
    ImportError error;
    const auto result = DatasetImporter::importFile(ws->database(), file, options, &error);
    if (!result)
        return ctx.fail(BadInput, error.toString());
    const QString datasetName = options.name.trimmed().isEmpty() ? QFileInfo(file).completeBaseName()
                                                                 : options.name.trimmed();
    if (parser.isSet(kJson)) {
        ctx.printJson({{u"dataset"_s, datasetName}, {u"version"_s, 1}, {u"rows"_s, result->rows},
                       {u"format"_s, datasetFormatName(result->format)}, {u"columns"_s, columnsJson(result->columns)}});
        return Success;
    }
    ctx.out << "Imported " << result->rows << " rows into “" << datasetName << "” (version 1, "
            << datasetFormatName(result->format) << ")\nColumns: " << columnsText(result->columns) << '\n';
    return Success;
}

int exportFile(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export a dataset version as CSV, JSONL, or chat fine-tuning JSONL "
                                     "(--format finetune with --prompt and --output-column)."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"DATASET"_s, u"NAME or NAME@VERSION."_s);
    const QCommandLineOption format(u"format"_s, u"csv, jsonl or finetune (default: from the output file name)."_s,
                                    u"FORMAT"_s);
    const QCommandLineOption prompt(u"prompt"_s, u"finetune: the prompt rendered per row (NAME, NAME@N, NAME@label, "
                                                 "NAME@draft)."_s, u"PROMPT"_s);
    const QCommandLineOption outputColumn(u"output-column"_s, u"finetune: the column holding the assistant's answer."_s,
                                          u"COLUMN"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The file to write, or - for standard output."_s, u"FILE"_s);
    const QCommandLineOption tag(u"tag"_s, u"Only rows with this tag."_s, u"TAG"_s);
    parser.addOptions({format, output, tag, prompt, outputColumn});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    if (!parser.isSet(output))
        return ctx.fail(UsageError, u"missing -o FILE (see --help)"_s);
    const QString path = parser.value(output);
    const QString fmt = parser.isSet(format) ? parser.value(format).toLower() : QFileInfo(path).suffix().toLower();
    if (fmt == u"finetune"_s) {
        auto ws = openFor(ctx, parser.positionalArguments().at(0), true);
        if (!ws)
            return BadInput;
        DatasetStore store(ws->database());
        DatasetInfo info;
        DatasetVersionInfo version;
        if (!resolve(ctx, store, parser.positionalArguments().at(1), &info, &version))
            return BadInput;
        return exportFinetune(ctx, ws->database(), version.id, parser.value(prompt), parser.value(outputColumn), path,
                              parser.value(tag));
    }
    DatasetExporter::Format f;
    if (fmt == u"csv"_s)
        f = DatasetExporter::Format::Csv;
    else if (fmt == u"jsonl"_s || fmt == u"ndjson"_s)
        f = DatasetExporter::Format::Jsonl;
    else
        return ctx.fail(UsageError, u"--format must be csv, jsonl or finetune"_s);
    auto ws = openFor(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    DatasetStore store(ws->database());
    DatasetInfo info;
    DatasetVersionInfo version;
    if (!resolve(ctx, store, parser.positionalArguments().at(1), &info, &version))
        return BadInput;
    QString error;
    bool ok = false;
    if (path == u"-"_s) {
        ctx.out.flush();
        QFile out;
        ok = out.open(stdout, QIODevice::WriteOnly)
             && DatasetExporter::write(ws->database(), version.id, f, &out, parser.value(tag), &error);
    } else {
        ok = DatasetExporter::writeFile(ws->database(), version.id, f, path, parser.value(tag), &error);
    }
    if (!ok)
        return ctx.fail(BadInput, error);
    return Success;
}

} // namespace

void registerDatasetScorersCommand(CommandRegistry &registry);   // scorercommands.cpp

void registerDatasetCommands(CommandRegistry &registry)
{
    registry.add({u"dataset"_s, u"list"_s, u"List datasets with their versions, rows and columns"_s, list});
    registry.add({u"dataset"_s, u"show"_s, u"Show a window of a dataset version's rows"_s, show});
    registry.add({u"dataset"_s, u"import"_s, u"Import a CSV/TSV/JSON/JSONL/promptfoo/OpenAI Evals file"_s, importFile});
    registry.add({u"dataset"_s, u"export"_s, u"Export a dataset version as CSV, JSONL or fine-tuning JSONL"_s, exportFile});
    registerDatasetScorersCommand(registry);
    registerCleaningCommands(registry);
}

} // namespace lathe::cli
