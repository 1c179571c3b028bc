#pragma once

// Two stored runs of dataset "capitals" (prompt "qa" v1 in the first, v2 in the second, one
// column each) and a run of another dataset, with results and case totals, built with SQL,
// RunStore and ScoreStore: no model is called. Verdicts per row: 'P' pass, 'F' fail, 'E' an
// error result, '-' no result, 'U' answered but not scored.
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/workspace.h"

#include <memory>

namespace comparefixture {

struct Runs
{
    std::unique_ptr<lathe::Workspace> ws;
    qint64 first = 0;
    qint64 second = 0;
    qint64 other = 0;
};

inline const QStringList kCountries{QStringLiteral("France"), QStringLiteral("Japan"), QStringLiteral("Peru"),
                                    QStringLiteral("Kenya"), QStringLiteral("Chile")};

inline qint64 makeRun(lathe::Database &db, qint64 datasetVersion, qint64 versionId, const QString &verdicts,
                      const QString &prefix)
{
    using namespace lathe;
    RunStore runs(db);
    ScoreStore scores(db);
    StoreError err;
    RunSpec spec;
    spec.name = prefix;
    spec.datasetVersionId = datasetVersion;
    spec.columns = {{versionId, 0, QStringLiteral("mock-small"), {}, {}}};
    const auto id = runs.createRun(spec, &err);
    if (!id)
        return 0;
    QList<CaseResult> results;
    QList<StoredScore> stored;
    QList<qint64> ids;
    for (const CaseWork &w : runs.pendingCases(*id, false)) {
        const QChar v = verdicts.at(w.rowPosition - 1);   // positions count from 1, as imports store them
        ids.append(w.caseId);
        if (v == u'-')
            continue;
        CaseResult r;
        r.caseId = w.caseId;
        r.ok = v != u'E';
        r.output = QStringLiteral("%1 answer for %2").arg(prefix, kCountries.value(int(w.rowPosition - 1)));
        r.error = r.ok ? QString() : QStringLiteral("HTTP 500: overloaded");
        results.append(r);
        if (r.ok && v != u'U')
            stored.append({w.caseId, QStringLiteral("_case"), v == u'P' ? 1.0 : 0.0, v == u'P', QString(), {}});
    }
    if (!runs.writeResults(results, &err) || !scores.replaceScores(ids, stored, &err))
        return 0;
    runs.setStatus(*id, QStringLiteral("completed"), &err);
    return *id;
}

// first: PPFPU, second: FPPE- (row 1 regressed, row 3 improved, row 2 unchanged, row 4
// regressed by an error, row 5 not judged).
inline Runs create(const QString &path)
{
    using namespace lathe;
    Runs out;
    WorkspaceError wsError;
    out.ws = Workspace::create(path, QStringLiteral("compare"), &wsError, true);
    if (!out.ws)
        return out;
    Database &db = out.ws->database();
    db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'capitals', 'n'), (2, 'other', 'n');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n'), (2, 2, 1, 'n');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
            " (1, 0, 'c0', 'country', 'variable'), (2, 0, 'c0', 'q', 'variable');"
            "INSERT INTO dataset_rows (id, data) VALUES (10, '{\"c0\":\"France\"}'), (11, '{\"c0\":\"Japan\"}'),"
            " (12, '{\"c0\":\"Peru\"}'), (13, '{\"c0\":\"Kenya\"}'), (14, '{\"c0\":\"Chile\"}'), (20, '{\"c0\":\"x\"}');"
            "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 1, 10), (1, 2, 11), (1, 3, 12),"
            " (1, 4, 13), (1, 5, 14), (2, 1, 20);");
    PromptStore prompts(db);
    StoreError err;
    PromptContent c;
    c.templateText = QStringLiteral("Capital of {{ country }}?");
    const auto v1 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("1"), &err);
    c.templateText = QStringLiteral("What is the capital city of {{ country }}? One word.");
    const auto v2 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("2"), &err);
    if (!v1 || !v2)
        return out;
    out.first = makeRun(db, 1, v1->id, QStringLiteral("PPFPU"), QStringLiteral("v1"));
    out.second = makeRun(db, 1, v2->id, QStringLiteral("FPPE-"), QStringLiteral("v2"));
    out.other = makeRun(db, 2, v1->id, QStringLiteral("P"), QStringLiteral("other"));
    return out;
}

} // namespace comparefixture
