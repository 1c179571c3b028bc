#include "runlistloader.h"

#include "workspace/database.h"
#include "workspace/runresults.h"
#include "workspace/runstore.h"
#include "workspace/sqlerror.h"

namespace lathe {

RunListLoader::RunListLoader() = default;
RunListLoader::~RunListLoader() = default;

QList<RunListEntry> RunListLoader::read(Database &db)
{
    QList<RunListEntry> out;
    RunResults results(db);
    RunStore runs(db);
    for (const RunInfo &run : runs.list()) {
        const RunTotals t = results.totals(run.id);
        RunListEntry e;
        e.runId = run.id;
        e.name = run.name;
        e.status = run.status;
        e.createdAt = run.createdAt;
        e.config = run.config;
        for (const RunColumnInfo &c : runs.columns(run.id)) {
            const QString ref = c.providerSnapshot.value(QLatin1StringView("key_ref")).toString();
            if (!e.keyRefs.contains(ref))
                e.keyRefs << ref;
        }
        e.progress.runId = run.id;
        e.progress.total = t.cases;
        e.progress.done = t.done();
        e.progress.errors = t.errors;
        e.progress.cached = t.cached;
        e.progress.promptTokens = t.promptTokens;
        e.progress.completionTokens = t.completionTokens;
        e.progress.cost = t.cost;
        e.progress.unpriced = t.unpriced;
        out.append(e);
    }
    return out;
}

void RunListLoader::load(quint64 generation, const QString &workspacePath)
{
    try {
        if (!m_db || m_db->path() != workspacePath) {
            m_db.reset();
            auto db = std::make_unique<Database>();
            db->open(workspacePath, Database::Mode::ReadOnly);
            m_db = std::move(db);
        }
        Q_EMIT loaded(generation, read(*m_db), {});
    } catch (const SqlError &e) {
        m_db.reset();
        Q_EMIT loaded(generation, {}, e.message());
    }
}

} // namespace lathe
