#include "runexecution.h"

#include "runreport.h"

#include "providers/envkeyresolver.h"
#include "run/progresstext.h"
#include "run/runengine.h"
#include "run/runplan.h"
#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <csignal>

namespace lathe::cli {

using namespace Qt::StringLiterals;

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL);   // a second Ctrl-C ends the process at once
}

} // namespace

std::optional<DatasetVersionInfo> resolveDatasetVersion(CliContext &ctx, Database &db, const QString &reference)
{
    DatasetStore datasets(db);
    WorkspaceError wsError;
    const qsizetype at = reference.lastIndexOf(u'@');
    bool numbered = false;
    const int number = at > 0 ? QStringView(reference).sliced(at + 1).toInt(&numbered) : 0;
    const std::optional<DatasetInfo> ds = datasets.find(numbered ? reference.left(at) : reference, &wsError);
    const std::optional<DatasetVersionInfo> dv = ds ? datasets.version(ds->id, numbered ? number : 0, &wsError)
                                                    : std::nullopt;
    if (!dv)
        ctx.fail(BadInput, wsError.message.isEmpty() ? u"dataset %1 has no such version"_s.arg(reference) : wsError.message);
    return dv;
}

std::optional<StoredProvider> resolveProvider(CliContext &ctx, Database &db, const QString &name, int *code)
{
    ProviderStore providers(db);
    if (!name.isEmpty()) {
        std::optional<StoredProvider> p = providers.find(name);
        if (!p)
            *code = ctx.fail(BadInput, u"there is no provider named '%1' (see lathe-cli provider list)"_s.arg(name));
        return p;
    }
    const QList<StoredProvider> all = providers.list();
    if (all.size() == 1)
        return all.constFirst();
    *code = all.isEmpty() ? ctx.fail(BadInput, u"the workspace has no provider; add one with lathe-cli provider add"_s)
                          : ctx.fail(UsageError, u"name the provider with --provider (the workspace has %1)"_s.arg(all.size()));
    return std::nullopt;
}

bool addRunColumns(CliContext &ctx, RunSpec &spec, const QList<PromptVersion> &versions, const StoredProvider &provider,
                   const QStringList &models, const QJsonObject &overrides, QStringList *labels)
{
    for (const PromptVersion &v : versions) {
        for (const QString &m : models) {
            spec.columns.append(RunPlan::columnSpec(v, provider, m, overrides));
            if (spec.columns.constLast().model.isEmpty()) {
                ctx.fail(UsageError, u"%1@%2 names no model; pass --model"_s.arg(v.promptName).arg(v.number));
                return false;
            }
            labels->append(u"%1@%2 %3"_s.arg(v.promptName).arg(v.number).arg(spec.columns.constLast().model));
        }
    }
    return true;
}

RunOutcome executeRun(CliContext &ctx, Workspace &ws, QTextStream *progress, bool progressIsTerminal,
                      const std::function<bool(RunEngine &)> &begin)
{
    const EnvKeyResolver keys;
    RunEngine engine(ws.path(), keys);
    QEventLoop loop;
    RunOutcome outcome;
    bool started = false;
    bool cancelling = false;
    QElapsedTimer lastLine;
    QObject::connect(&engine, &RunEngine::started, &loop, [&] { started = true; });
    QObject::connect(&engine, &RunEngine::progress, &loop, [&](const RunProgress &p) {
        if (!progress)
            return;
        if (progressIsTerminal) {
            *progress << '\r' << ProgressText::bar(p.fraction(), 28) << ' ' << ProgressText::line(p) << "\x1b[K";
            progress->flush();
        } else if (!lastLine.isValid() || lastLine.elapsed() >= 2000) {
            lastLine.start();
            *progress << ProgressText::line(p) << '\n';
            progress->flush();
        }
    });
    QObject::connect(&engine, &RunEngine::finished, &loop, [&](const RunOutcome &o) {
        outcome = o;
        loop.quit();
    });
    int ticks = 0;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelling)
            return;
        if (g_interrupted) {
            cancelling = true;
            ctx.err << "\nInterrupted: stopping; completed results are kept." << Qt::endl;
            engine.cancel();
        } else if (started && ++ticks % 10 == 0) {
            try {
                const std::optional<RunInfo> run = RunStore(ws.database()).find(engine.runId());
                if (run && run->status == u"cancelled"_s) {
                    cancelling = true;
                    ctx.err << "\nRun " << run->id << " was cancelled; stopping. Completed results are kept."
                            << Qt::endl;
                    engine.cancel();
                }
            } catch (const SqlError &) {
                // A busy read: ask again next second.
            }
        }
    });
    g_interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    if (begin(engine)) {
        poll.start();
        loop.exec();
    }
    std::signal(SIGINT, previous);
    if (progress && progressIsTerminal)
        *progress << '\n';
    return outcome;
}

} // namespace lathe::cli
