#pragma once

#include "clicontext.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QCoreApplication;

namespace lathe::cli {

// The grammar every command follows:
//   lathe-cli <command> [args]                   top-level: init, info, score, export, eval
//   lathe-cli <group> <verb> WORKSPACE [args]    prompt, dataset, provider, run
// Each group registers its verbs from its own file (one file per group).
struct Command
{
    QString group;      // empty for top-level commands
    QString verb;
    QString summary;
    std::function<int(CliContext &)> run;
};

class CommandRegistry final
{
public:
    void add(Command command) { m_commands.append(std::move(command)); }
    const Command *find(const QString &group, const QString &verb) const;
    bool hasGroup(const QString &group) const;
    QList<Command> commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

void registerWorkspaceCommands(CommandRegistry &registry);
void registerPromptCommands(CommandRegistry &registry);
void registerDatasetCommands(CommandRegistry &registry);
void registerProviderCommands(CommandRegistry &registry);
void registerRunCommands(CommandRegistry &registry);
void registerScoreCommand(CommandRegistry &registry);
void registerExportCommand(CommandRegistry &registry);
void registerEvalCommand(CommandRegistry &registry);
void registerDemoCommand(CommandRegistry &registry);

// The application object for a command line: a QGuiApplication on the offscreen platform when
// `export` writes a PDF (QtGui lays out its text), a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

// Runs the command line; returns the process exit code.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace lathe::cli
