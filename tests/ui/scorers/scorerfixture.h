#pragma once

// A workspace with a dataset "capitals" (country: variable, answer: expected; default scorer
// icontains) and a finished run of two prompt versions over its four rows with stored
// results, built with SQL and the stores: no model is called.
#include "prompt/promptcontent.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QTest>

namespace lathe::test {

using namespace Qt::StringLiterals;

inline qint64 addCapitals(Database &db)
{
    db.exec("INSERT INTO datasets (id, name, created_at, default_scorers) VALUES (1, 'capitals', 'n', "
            " '[{\"type\":\"icontains\"}]');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
            " (1, 1, 'c0', 'country', 'variable'), (1, 2, 'c1', 'answer', 'expected');"
            "INSERT INTO dataset_rows (id, data) VALUES"
            " (10, '{\"c0\":\"France\",\"c1\":\"Paris\"}'), (11, '{\"c0\":\"Japan\",\"c1\":\"Tokyo\"}'),"
            " (12, '{\"c0\":\"Peru\",\"c1\":\"Lima\"}'), (13, '{\"c0\":\"Kenya\",\"c1\":\"Nairobi\"}');"
            "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 10), (1, 1, 11),"
            " (1, 2, 12), (1, 3, 13);");
    return 1;
}

// Column 1 answers in lower case ("paris"), column 2 exactly; 8 cases. Returns the run id.
inline qint64 addRun(Database &db)
{
    PromptStore prompts(db);
    StoreError err;
    PromptContent c;
    c.templateText = u"Capital of {{ country }}?"_s;
    const auto v1 = prompts.commitContent(u"capital"_s, c, u"1"_s, &err);
    c.templateText = u"What is the capital city of {{ country }}? One word."_s;
    const auto v2 = prompts.commitContent(u"capital"_s, c, u"2"_s, &err);
    if (!v1 || !v2)
        return 0;
    RunSpec spec;
    spec.name = u"v1 vs v2"_s;
    spec.datasetVersionId = 1;
    spec.columns = {{v1->id, 0, u"model-a"_s, {}, {}}, {v2->id, 0, u"model-a"_s, {}, {}}};
    RunStore runs(db);
    const auto id = runs.createRun(spec, &err);
    if (!id)
        return 0;
    const QList<RunColumnInfo> columns = runs.columns(*id);
    const QHash<qint64, QString> truth{{10, u"Paris"_s}, {11, u"Tokyo"_s}, {12, u"Lima"_s}, {13, u"Nairobi"_s}};
    QList<CaseResult> results;
    for (const CaseWork &w : runs.pendingCases(*id, false)) {
        CaseResult r;
        r.caseId = w.caseId;
        r.ok = true;
        r.output = w.columnId == columns.first().id ? truth.value(w.rowId).toLower() : truth.value(w.rowId);
        r.latencyMs = 120;
        results.append(r);
    }
    if (!runs.writeResults(results, &err))
        return 0;
    return *id;
}

} // namespace lathe::test
