#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <QTextStream>

namespace lathe::cli {

// Exit codes shared by every command (documented in README.md).
enum ExitCode : int {
    Success = 0,
    WorkFailed = 1,   // the work ran but failed, e.g. an eval below its threshold
    UsageError = 2,   // bad arguments
    BadInput = 3,     // unreadable or invalid file, workspace or template
};

// What a command gets: its own arguments (after "group verb") and the output streams.
// Data goes to `out`; diagnostics go to `err` prefixed with the program name.
struct CliContext
{
    QString commandName;  // e.g. "info" or "prompt commit", for messages
    QStringList args;     // argv[0]-style program name first, then the command's arguments
    QTextStream &out;
    QTextStream &err;

    int fail(int code, const QString &message) const;

    // Parses args with `parser` (adds --help). Returns an exit code when the command should
    // stop now (help printed, or a usage error reported), std::nullopt to go on.
    std::optional<int> parse(QCommandLineParser &parser, int minPositional, int maxPositional) const;

    // Writes `object` as indented JSON to out.
    void printJson(const QJsonObject &object) const;
};

} // namespace lathe::cli
