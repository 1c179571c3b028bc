// lathe-cli dataset dedup|redact WORKSPACE NAME, and the finetune format of dataset export.
// Both commands preview by default and change the dataset only with --apply, which writes one
// new dataset version (the undo is going back to the version before) and an activity row.
#include "cleaningcommands.h"

#include "commandregistry.h"
#include "promptcommandsupport.h"

#include "cleaning/cleaningdata.h"
#include "cleaning/duplicatefinder.h"
#include "cleaning/finetuneexporter.h"
#include "cleaning/nearduplicatefinder.h"
#include "cleaning/piiredactor.h"
#include "dataset/datasetexporter.h"
#include "workspace/datasetstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace lathe::cli {
namespace {

using namespace Qt::StringLiterals;

const QCommandLineOption kJson(u"json"_s, u"Print machine-readable JSON."_s);
const QCommandLineOption kApply(u"apply"_s, u"Apply the changes as a new dataset version (default: preview only)."_s);
const QCommandLineOption kColumns(u"columns"_s, u"Comma-separated column names to look at."_s, u"A,B"_s);
constexpr int kShown = 20;   // items listed in a text preview

// Opens the workspace and loads the dataset's head; reports failures on ctx.err.
std::optional<CleaningData> load(CliContext &ctx, std::unique_ptr<Workspace> &ws, const QString &path,
                                 const QString &name, bool write)
{
    ws = openWorkspace(ctx, path, !write);
    if (!ws)
        return std::nullopt;
    if (write && ws->isReadOnly()) {
        ctx.fail(BadInput, ws->readOnlyReason());
        return std::nullopt;
    }
    WorkspaceError error;
    const auto info = DatasetStore(ws->database()).find(name, &error);
    if (!info) {
        ctx.fail(BadInput, error.message);
        return std::nullopt;
    }
    auto data = CleaningData::load(ws->database(), info->id, &error);
    if (!data)
        ctx.fail(BadInput, error.message);
    return data;
}

bool columnKeys(CliContext &ctx, const CleaningData &data, const QCommandLineParser &parser, QStringList *keys)
{
    if (!parser.isSet(kColumns))
        return true;
    QStringList unknown;
    *keys = data.keysForNames(parser.value(kColumns).split(u','), &unknown);
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const DatasetColumn &c : data.columns)
            names.append(c.name);
        ctx.fail(UsageError, u"no column named %1 (columns: %2)"_s.arg(unknown.join(u", "_s), names.join(u", "_s)));
        return false;
    }
    return true;
}

QString rowText(const CleaningData &data, qsizetype row, const QStringList &keys)
{
    QStringList cells;
    for (const QString &k : keys)
        cells.append(CleaningData::cellText(data.rows.at(row), k));
    QString s = cells.join(u" | "_s).replace(u'\n', u"\\n"_s);
    return s.size() > 70 ? s.left(69) + u'…' : s;
}

// Applies through `apply`, then reports the new version (or the failure).
template<typename Apply>
int applyAndReport(CliContext &ctx, QJsonObject &json, bool asJson, const CleaningData &data, qsizetype count,
                   const QString &what, Apply apply)
{
    if (count == 0) {
        json.insert(u"applied"_s, false);
        if (asJson)
            ctx.printJson(json);
        else
            ctx.out << "Nothing to change.\n";
        return Success;
    }
    WorkspaceError error;
    const auto edit = apply(&error);
    if (!edit)
        return ctx.fail(WorkFailed, error.message);
    json.insert(u"applied"_s, true);
    json.insert(u"new_version"_s, edit->versionNumber);
    if (asJson)
        ctx.printJson(json);
    else
        ctx.out << what << "; “" << data.datasetName << "” is now at version " << edit->versionNumber
                << " (version " << data.versionNumber << " is unchanged).\n";
    return Success;
}

int dedup(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Find duplicate rows (exact by default, similar with --near) and, with "
                                     "--apply, remove every copy but the first."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"DATASET"_s, u"The dataset name."_s);
    const QCommandLineOption nearOption(u"near"_s, u"Similarity threshold in (0, 1] for near duplicates."_s, u"THRESHOLD"_s);
    const QCommandLineOption metric(u"metric"_s, u"levenshtein (default) or indel, with --near."_s, u"METRIC"_s);
    const QCommandLineOption normalize(u"normalize"_s, u"Compare with white space collapsed and case ignored "
                                                       "(always on with --near)."_s);
    parser.addOptions({kColumns, nearOption, metric, normalize, kApply, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    double threshold = 0.0;
    if (parser.isSet(nearOption)) {
        bool ok = false;
        threshold = parser.value(nearOption).toDouble(&ok);
        if (!ok || threshold <= 0.0 || threshold > 1.0)
            return ctx.fail(UsageError, u"--near takes a threshold in (0, 1], e.g. 0.9"_s);
    }
    const auto m = SimilarityMetrics::fromName(parser.isSet(metric) ? parser.value(metric) : u"levenshtein"_s);
    if (!m)
        return ctx.fail(UsageError, u"--metric must be levenshtein or indel"_s);
    std::unique_ptr<Workspace> ws;
    const auto data = load(ctx, ws, parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                           parser.isSet(kApply));
    if (!data)
        return BadInput;
    QStringList keys;
    if (!columnKeys(ctx, *data, parser, &keys))
        return UsageError;
    const bool asJson = parser.isSet(kJson);
    QJsonObject json{{u"dataset"_s, data->datasetName}, {u"version"_s, data->versionNumber}};

    if (!parser.isSet(nearOption)) {
        DuplicateOptions options{keys, {parser.isSet(normalize), parser.isSet(normalize)}};
        const DuplicateReport report = DuplicateFinder::find(*data, options);
        const QList<qint64> remove = report.defaultRemovals(*data);
        QJsonArray groups;
        for (const DuplicateGroup &g : report.groups) {
            QJsonArray rows;
            for (qsizetype r : g.rows)
                rows.append(qint64(r + 1));
            groups.append(QJsonObject{{u"rows"_s, rows}});
        }
        QJsonArray columns;
        for (const QString &k : report.columnKeys)
            columns.append(data->columnName(k));
        json.insert(u"method"_s, u"exact"_s);
        json.insert(u"columns"_s, columns);
        json.insert(u"groups"_s, groups);
        json.insert(u"remove"_s, qint64(remove.size()));
        if (!asJson) {
            ctx.out << report.groups.size() << " group(s) of exact duplicates in “" << data->datasetName << "” v"
                    << data->versionNumber << "; " << remove.size() << " row(s) to remove.\n";
            for (qsizetype g = 0; g < std::min<qsizetype>(report.groups.size(), kShown); ++g) {
                QStringList rows;
                for (qsizetype r : report.groups.at(g).rows)
                    rows.append(QString::number(r + 1));
                ctx.out << "  rows " << rows.join(u", "_s) << ": " << rowText(*data, report.groups.at(g).rows.first(),
                                                                             report.columnKeys) << '\n';
            }
        }
        if (!parser.isSet(kApply)) {
            if (asJson)
                ctx.printJson(json);
            else if (!remove.isEmpty())
                ctx.out << "Preview only: run again with --apply to remove them.\n";
            return Success;
        }
        return applyAndReport(ctx, json, asJson, *data, remove.size(), u"Removed %1 row(s)"_s.arg(remove.size()),
                              [&](WorkspaceError *e) { return DuplicateFinder::apply(ws->database(), *data, report, remove, e); });
    }

    NearDuplicateOptions options;
    options.columnKeys = keys;
    options.threshold = threshold;
    options.metric = *m;
    const NearDuplicateReport report = NearDuplicateFinder::find(*data, options);
    QList<qint64> remove;
    QSet<qint64> seen;
    QJsonArray pairs;
    for (const NearDuplicatePair &p : report.pairs) {
        const qint64 id = data->rows.at(p.second).id;
        if (!seen.contains(id)) {
            seen.insert(id);
            remove.append(id);
        }
        pairs.append(QJsonObject{{u"first"_s, qint64(p.first + 1)}, {u"second"_s, qint64(p.second + 1)},
                                 {u"score"_s, p.score}});
    }
    QJsonArray columns;
    for (const QString &k : report.columnKeys)
        columns.append(data->columnName(k));
    json.insert(u"method"_s, u"near"_s);
    json.insert(u"metric"_s, SimilarityMetrics::name(*m));
    json.insert(u"threshold"_s, threshold);
    json.insert(u"columns"_s, columns);
    json.insert(u"pairs"_s, pairs);
    json.insert(u"truncated"_s, report.truncated);
    json.insert(u"remove"_s, qint64(remove.size()));
    if (!asJson) {
        ctx.out << report.pairs.size() << " pair(s) at least " << threshold << " similar (" << SimilarityMetrics::name(*m)
                << ") in “" << data->datasetName << "” v" << data->versionNumber << "; " << remove.size()
                << " row(s) to remove (the later of each pair).\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(report.pairs.size(), kShown); ++i) {
            const NearDuplicatePair &p = report.pairs.at(i);
            ctx.out << "  " << QString::number(p.score, 'f', 3) << "  row " << p.first + 1 << ": "
                    << rowText(*data, p.first, report.columnKeys) << "\n         row " << p.second + 1 << ": "
                    << rowText(*data, p.second, report.columnKeys) << '\n';
        }
    }
    if (!parser.isSet(kApply)) {
        if (asJson)
            ctx.printJson(json);
        else if (!remove.isEmpty())
            ctx.out << "Preview only: run again with --apply to remove them.\n";
        return Success;
    }
    return applyAndReport(ctx, json, asJson, *data, remove.size(), u"Removed %1 row(s)"_s.arg(remove.size()),
                          [&](WorkspaceError *e) { return NearDuplicateFinder::apply(ws->database(), *data, report, remove, e); });
}

int redact(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Find personal data (email, phone, card, iban, ip, rrn) in text columns and, with --apply, replace it by "
        "placeholders such as [EMAIL_1], numbered per distinct value. Previews show redacted text only."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    parser.addPositionalArgument(u"DATASET"_s, u"The dataset name."_s);
    const QCommandLineOption types(u"types"_s, u"Comma-separated types (default: all): email, phone, card, iban, ip, "
                                               "rrn."_s, u"TYPES"_s);
    parser.addOptions({types, kColumns, kApply, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    QStringList unknown;
    const PiiTypes chosen = PiiTypeInfo::fromNames(parser.value(types).split(u','), &unknown);
    if (!unknown.isEmpty())
        return ctx.fail(UsageError, u"unknown type %1 (email, phone, card, iban, ip, rrn)"_s.arg(unknown.join(u", "_s)));
    std::unique_ptr<Workspace> ws;
    const auto data = load(ctx, ws, parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                           parser.isSet(kApply));
    if (!data)
        return BadInput;
    QStringList keys;
    if (!columnKeys(ctx, *data, parser, &keys))
        return UsageError;
    const PiiReport report = PiiRedactor::scan(*data, chosen, keys);
    const bool asJson = parser.isSet(kJson);
    QJsonObject found;
    QJsonObject distinct;
    for (PiiType t : PiiTypeInfo::all()) {
        if (chosen & t) {
            found.insert(PiiTypeInfo::name(t), report.found.value(t));
            distinct.insert(PiiTypeInfo::name(t), report.distinct.value(t));
        }
    }
    QJsonArray cells;
    for (const PiiCell &c : report.cells)
        cells.append(QJsonObject{{u"row"_s, qint64(c.row + 1)}, {u"column"_s, data->columnName(c.columnKey)},
                                 {u"redacted"_s, c.redacted}});
    QJsonObject json{{u"dataset"_s, data->datasetName}, {u"version"_s, data->versionNumber},
                     {u"found"_s, found}, {u"distinct"_s, distinct}, {u"cells"_s, cells}};
    if (!asJson) {
        ctx.out << "Personal data in “" << data->datasetName << "” v" << data->versionNumber << ": "
                << report.cells.size() << " cell(s)\n";
        for (PiiType t : PiiTypeInfo::all()) {
            if (chosen & t)
                ctx.out << "  " << PiiTypeInfo::name(t).leftJustified(6) << ' ' << report.found.value(t)
                        << " found, " << report.distinct.value(t) << " distinct\n";
        }
        for (qsizetype i = 0; i < std::min<qsizetype>(report.cells.size(), kShown); ++i) {
            const PiiCell &c = report.cells.at(i);
            QString text = c.redacted;
            text.replace(u'\n', u"\\n"_s);
            ctx.out << "  row " << c.row + 1 << ", " << data->columnName(c.columnKey) << ": "
                    << (text.size() > 90 ? text.left(89) + u'…' : text) << '\n';
        }
    }
    if (!parser.isSet(kApply)) {
        if (asJson)
            ctx.printJson(json);
        else if (!report.cells.isEmpty())
            ctx.out << "Preview only: run again with --apply to redact them.\n";
        return Success;
    }
    QList<qsizetype> all;
    for (qsizetype i = 0; i < report.cells.size(); ++i)
        all.append(i);
    return applyAndReport(ctx, json, asJson, *data, all.size(), u"Redacted %1 cell(s)"_s.arg(all.size()),
                          [&](WorkspaceError *e) { return PiiRedactor::apply(ws->database(), *data, report, all, e); });
}

} // namespace

int exportFinetune(CliContext &ctx, Database &db, qint64 versionId, const QString &promptReference,
                   const QString &outputColumn, const QString &path, const QString &tag)
{
    if (promptReference.isEmpty() || outputColumn.isEmpty())
        return ctx.fail(UsageError, u"--format finetune needs --prompt PROMPT and --output-column COLUMN"_s);
    PromptStore prompts(db);
    const auto content = resolveContent(ctx, prompts, promptReference);
    if (!content)
        return BadInput;
    WorkspaceError error;
    const QList<DatasetColumn> columns = DatasetStore(db).columns(versionId, &error);
    const auto column = std::find_if(columns.cbegin(), columns.cend(),
                                     [&](const DatasetColumn &c) { return c.name == outputColumn; });
    if (column == columns.cend())
        return ctx.fail(UsageError, u"no column named %1"_s.arg(outputColumn));
    FinetuneOptions options{column->key, tag};
    FinetuneSummary summary;
    QString failure;
    bool ok = false;
    if (path == u"-"_s) {
        ctx.out.flush();
        QFile out;
        ok = out.open(stdout, QIODevice::WriteOnly)
             && FinetuneExporter::write(db, versionId, content->content, options, &out, &summary, &failure);
    } else {
        ok = FinetuneExporter::writeFile(db, versionId, content->content, options, path, &summary, &failure);
    }
    if (!ok)
        return ctx.fail(BadInput, failure);
    ctx.err << "lathe-cli " << ctx.commandName << ": wrote " << summary.written << " example(s) from "
            << content->label;
    if (summary.skipped > 0)
        ctx.err << "; skipped " << summary.skipped << " row(s) with an empty " << outputColumn;
    ctx.err << Qt::endl;
    return Success;
}

void registerCleaningCommands(CommandRegistry &registry)
{
    registry.add({u"dataset"_s, u"dedup"_s, u"Find (and with --apply remove) exact or near duplicate rows"_s, dedup});
    registry.add({u"dataset"_s, u"redact"_s, u"Find (and with --apply redact) personal data in text columns"_s, redact});
}

} // namespace lathe::cli
