#include "scoringsupport.h"

#include "eval/judge/judgeclient.h"
#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/scorerset.h"
#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QFile>

namespace lathe::cli {

using namespace Qt::StringLiterals;

std::unique_ptr<Workspace> openScoringWorkspace(CliContext &ctx, const QString &path, bool readOnly)
{
    WorkspaceError error;
    Workspace::OpenOptions options;
    options.readOnly = readOnly;
    auto ws = Workspace::open(path, options, &error);
    if (!ws) {
        ctx.fail(BadInput, error.message);
        return nullptr;
    }
    if (!readOnly && ws->isReadOnly()) {
        ctx.fail(BadInput, ws->readOnlyReason());
        return nullptr;
    }
    return ws;
}

int readScorerFile(CliContext &ctx, const QString &path, ScorerSet *set)
{
    QFile file(path);
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return ctx.fail(BadInput, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QString error;
    const std::optional<ScorerSet> parsed = ScorerSet::parse(file.readAll(), &error);
    if (!parsed)
        return ctx.fail(BadInput, u"%1: %2"_s.arg(path, error));
    QStringList problems;
    for (qsizetype i = 0; i < parsed->specs.size(); ++i) {
        const ScorerSpec &spec = parsed->specs.at(i);
        const QString why = ScorerRegistry::check(spec);
        if (why.isEmpty())
            continue;
        const auto support = ScorerRegistry::support(spec.type);
        if (support == ScorerRegistry::Support::NeedsJudge || support == ScorerRegistry::Support::Unsupported)
            ctx.err << "lathe-cli " << ctx.commandName << ": warning: scorer " << (i + 1) << ": " << why
                    << "; it is kept and skipped when scoring\n";
        else
            problems.append(u"scorer %1: %2"_s.arg(i + 1).arg(why));
    }
    if (!problems.isEmpty())
        return ctx.fail(BadInput, u"%1: %2"_s.arg(path, problems.join(u"; "_s)));
    *set = *parsed;
    return -1;
}

int checkJudge(CliContext &ctx, Database &db, const JudgeTarget &judge)
{
    if (judge.provider.isEmpty())
        return -1;
    ProviderStore providers(db);
    if (providers.find(judge.provider) || providers.find(judge.provider.section(u':', 0, 0)))
        return -1;
    return ctx.fail(BadInput, u"--judge-provider: provider \"%1\" is not configured in this workspace (see lathe-cli "
                              "provider list)"_s.arg(judge.provider));
}

} // namespace lathe::cli
