#pragma once
// Shared by the run verbs (runcommands.cpp, runinfocommands.cpp): argument helpers and the
// text and JSON views of a stored run.

#include "clicontext.h"

#include "workspace/runresults.h"
#include "workspace/runstore.h"

#include <QCommandLineOption>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace lathe {
class Database;
class Workspace;
}

namespace lathe::cli {

class CommandRegistry;

inline const QCommandLineOption kRunJson(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));

// The value of `option` as a whole number in [1, max], `fallback` when it is not set; reports
// a usage error on ctx.err and returns nullopt when it is not such a number.
std::optional<int> positiveInt(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &option,
                               int fallback, int max);
// A RUN argument; reports a usage error and returns nullopt when it is not a run number.
std::optional<qint64> runIdArgument(CliContext &ctx, const QString &text);
// Opens a workspace that will be written; reports failure (the caller returns BadInput).
std::unique_ptr<Workspace> openWritable(CliContext &ctx, const QString &path);

QJsonObject totalsJson(const RunTotals &totals);
QJsonObject runJson(const RunInfo &run);
QString columnLabel(const RunColumnInfo &column);    // "name@2 model"
QJsonObject caseJson(const CaseRecord &record, const QHash<qint64, QString> &labels, bool bodies);
// Columns with their totals; with `details` also parameters and the provider snapshot.
QJsonArray columnsJson(Database &db, qint64 runId, bool details);
// The currency of the pricing table (its first entry), or empty.
QString currencyOf(Database &db);
// Totals, the per-column table and the first errors of a run, as text under `heading`.
void printRun(CliContext &ctx, Database &db, const RunInfo &run, const QString &heading);

// list, show, cancel and pricing (runinfocommands.cpp).
void registerRunInfoCommands(CommandRegistry &registry);

} // namespace lathe::cli
