#include "commandregistry.h"

#include "core/buildinfo.h"

#include <QCoreApplication>

namespace lathe::cli {

const Command *CommandRegistry::find(const QString &group, const QString &verb) const
{
    for (const Command &c : m_commands) {
        if (c.group == group && c.verb == verb)
            return &c;
    }
    return nullptr;
}

bool CommandRegistry::hasGroup(const QString &group) const
{
    for (const Command &c : m_commands) {
        if (!c.group.isEmpty() && c.group == group)
            return true;
    }
    return false;
}

namespace {

void printHelp(const CommandRegistry &registry, QTextStream &out)
{
    out << "Usage: lathe-cli <command> [options]\n"
           "       lathe-cli <group> <verb> WORKSPACE [options]\n\n"
           "Lathe's engine without a window, for scripts and CI.\n\nCommands:\n";
    for (const Command &c : registry.commands()) {
        const QString name = c.group.isEmpty() ? c.verb : c.group + QLatin1Char(' ') + c.verb;
        out << "  " << name.leftJustified(20) << ' ' << c.summary << '\n';
    }
    out << "\nEvery command accepts --help; commands that print data accept --json.\n"
           "Exit codes: 0 success, 1 the work failed, 2 usage error, 3 bad input.\n";
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRegistry registry;
    registerWorkspaceCommands(registry);
    registerPromptCommands(registry);
    registerDatasetCommands(registry);
    registerProviderCommands(registry);
    registerRunCommands(registry);
    registerScoreCommand(registry);
    registerExportCommand(registry);
    registerEvalCommand(registry);
    registerDemoCommand(registry);

    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("help")) {
        printHelp(registry, first.isEmpty() ? err : out);
        return first.isEmpty() ? UsageError : Success;
    }
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out << "lathe-cli " << BuildInfo::versionString() << '\n';
        return Success;
    }

    const Command *command = registry.find(QString(), first);
    QStringList rest = arguments.mid(2);
    QString name = first;
    if (!command && registry.hasGroup(first)) {
        const QString verb = arguments.value(2);
        command = registry.find(first, verb);
        name = first + QLatin1Char(' ') + verb;
        rest = arguments.mid(3);
        // `lathe-cli run WORKSPACE ...` is `lathe-cli run start WORKSPACE ...`.
        if (!command && first == QLatin1StringView("run") && !verb.isEmpty()) {
            command = registry.find(first, QStringLiteral("start"));
            name = QStringLiteral("run start");
            rest = arguments.mid(2);
        }
        if (!command) {
            err << "lathe-cli " << first << ": unknown verb '" << verb << "'. Verbs:";
            for (const Command &c : registry.commands()) {
                if (c.group == first)
                    err << ' ' << c.verb;
            }
            err << Qt::endl;
            return UsageError;
        }
    }
    if (!command) {
        err << "lathe-cli: unknown command '" << first << "'; see lathe-cli --help" << Qt::endl;
        return UsageError;
    }
    CliContext ctx{name, QStringList{QStringLiteral("lathe-cli ") + name} + rest, out, err};
    return command->run(ctx);
}

} // namespace lathe::cli
