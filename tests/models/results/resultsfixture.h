#pragma once

// Workspaces holding a stored run for the results tests and the case-matrix benchmark.
//  - planted(): 12 dataset rows x 3 columns (A, B, C) with the verdicts of kPattern, written
//    through RunStore::writeResults and ScoreStore::replaceScores.
//  - bulk(): rows x columns results written with direct bulk inserts (INSERT ... SELECT over
//    the stored plan), for a million results in seconds; verdicts follow bulkPass().
#include "prompt/promptcontent.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/statement.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace resultsfixture {

// One cell of the planted pattern: P pass, F fail, E error, N answered without a verdict,
// - pending.
inline const QStringList kPattern{
    QStringLiteral("PPP"), QStringLiteral("PFP"), QStringLiteral("FPP"), QStringLiteral("PEP"), QStringLiteral("FFF"), QStringLiteral("PPF"),
    QStringLiteral("EPP"), QStringLiteral("P-P"), QStringLiteral("PNP"), QStringLiteral("PFF"), QStringLiteral("PPP"), QStringLiteral("FFP"),
};

inline QChar stateAt(int row, int column)
{
    return kPattern.at(row).at(column);
}

// The output of a planted cell; row 5 in column B holds the search words "Zebra", "Ärger"
// and "얼룩말".
inline QString plantedOutput(int row, int column)
{
    if (row == 5 && column == 1)
        return QStringLiteral("A Zebra crossed row %1: Ärger, 얼룩말").arg(row);
    return QStringLiteral("answer %1 from %2").arg(row).arg(QChar(u'A' + column));
}

// Case total and scorer values of a planted cell: distinct per row so sorting is checkable.
inline double plantedScore(int row, int column)
{
    return stateAt(row, column) == u'P' ? 0.5 + row / 100.0 + column / 1000.0 : row / 100.0 + column / 1000.0;
}

inline QStringList plantedTags(int row)
{
    QStringList tags{row < 6 ? QStringLiteral("easy") : QStringLiteral("hard")};
    if (row == 1 || row == 9)
        tags.append(QStringLiteral("flaky"));
    return tags;
}

struct Run
{
    std::unique_ptr<lathe::Workspace> ws;
    qint64 runId = 0;
    QList<qint64> columnIds;
};

// A dataset of `rows` rows (question = variable, answer = expected); rows are created with
// SQL (recursive CTE), tags from plantedTags() for the first 12 and "bulk" after.
inline void createDataset(lathe::Database &db, qint64 rows)
{
    using namespace lathe;
    db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'qa', '2026-01-01T00:00:00Z');"
            "INSERT INTO dataset_versions (id, dataset_id, number, message, created_at) "
            "VALUES (1, 1, 1, 'import', '2026-01-01T00:00:00Z');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role, type) VALUES "
            "(1, 0, 'c0', 'question', 'variable', 'text'), (1, 1, 'c1', 'answer', 'expected', 'text');");
    Statement fill(db, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1)"
                       " INSERT INTO dataset_rows (id, data, tags)"
                       " SELECT i + 1, json_object('c0', 'question ' || i, 'c1', 'expected ' || (i % 97)), '[\"bulk\"]' FROM n");
    fill.bind(1, rows).exec();
    Statement link(db, "INSERT INTO dataset_version_rows (version_id, position, row_id) SELECT 1, id - 1, id FROM dataset_rows");
    link.exec();
    for (int r = 0; r < std::min<qint64>(rows, kPattern.size()); ++r) {
        QStringList quoted;
        for (const QString &t : plantedTags(r))
            quoted.append(u'"' + t + u'"');
        Statement tags(db, "UPDATE dataset_rows SET tags = ? WHERE id = ?");
        tags.bind(1, u'[' + quoted.join(u',') + u']').bind(2, qint64(r + 1)).exec();
    }
}

// A run of `columns` columns (prompt versions 1 and 2 of "qa" x models) over the dataset.
inline bool createRun(Run &run, int columns)
{
    using namespace lathe;
    Database &db = run.ws->database();
    PromptStore prompts(db);
    StoreError error;
    PromptContent c;
    c.templateText = QStringLiteral("Answer: {{ question }}");
    const auto v1 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("first"), &error);
    c.templateText = QStringLiteral("Answer briefly: {{ question }}");
    const auto v2 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("second"), &error);
    if (!v1 || !v2)
        return false;
    RunSpec spec;
    spec.name = QStringLiteral("results test");
    spec.datasetVersionId = 1;
    for (int i = 0; i < columns; ++i)
        spec.columns.append({i % 2 == 0 ? v1->id : v2->id, 0, QStringLiteral("model-%1").arg(QChar(u'a' + i / 2)), {}, {}});
    RunStore runs(db);
    const auto runId = runs.createRun(spec, &error);
    if (!runId)
        return false;
    run.runId = *runId;
    for (const RunColumnInfo &info : runs.columns(*runId))
        run.columnIds.append(info.id);
    return true;
}

inline Run planted(const QString &path)
{
    using namespace lathe;
    Run run;
    WorkspaceError wsError;
    run.ws = Workspace::create(path, QStringLiteral("Results"), &wsError);
    if (!run.ws)
        return run;
    Database &db = run.ws->database();
    createDataset(db, kPattern.size());
    if (!createRun(run, 3))
        return {};
    RunStore runs(db);
    QList<CaseResult> results;
    QList<StoredScore> scores;
    QList<qint64> scored;
    for (const CaseWork &w : runs.pendingCases(run.runId, false)) {
        const int row = int(w.rowPosition);
        const int column = int(run.columnIds.indexOf(w.columnId));
        const QChar state = stateAt(row, column);
        if (state == u'-')
            continue;
        CaseResult r;
        r.caseId = w.caseId;
        r.ok = state != u'E';
        r.output = r.ok ? plantedOutput(row, column) : QString();
        r.error = r.ok ? QString() : QStringLiteral("HTTP 503: overloaded");
        r.latencyMs = 100 + row * 10 + column;
        results.append(r);
        if (!r.ok || state == u'N')
            continue;
        const bool pass = state == u'P';
        const double value = plantedScore(row, column);
        scored.append(w.caseId);
        scores.append({w.caseId, QStringLiteral("_case"), value, pass, {}, {}});
        scores.append({w.caseId, QStringLiteral("equals"), pass ? 1.0 : 0.0, pass, {}, {}});
        scores.append({w.caseId, QStringLiteral("length"), double(row * 2 + column), std::nullopt, {}, {}});
    }
    StoreError error;
    if (!runs.writeResults(results, &error) || !ScoreStore(db).replaceScores(scored, scores, &error))
        return {};
    runs.setStatus(run.runId, QStringLiteral("completed"), &error);
    return run;
}

// Whether bulk() makes the case of (position, column) pass: it fails every 7th row in column
// 0, every 5th in column 1, and so on; every 50th row of the last column is an error.
inline bool bulkPass(qint64 position, int column)
{
    return position % (7 - column % 5) != 0;
}

inline Run bulk(const QString &path, qint64 rows, int columns)
{
    using namespace lathe;
    Run run;
    WorkspaceError wsError;
    run.ws = Workspace::create(path, QStringLiteral("Bulk"), &wsError);
    if (!run.ws)
        return run;
    Database &db = run.ws->database();
    {
        Transaction tx(db);
        createDataset(db, rows);
        tx.commit();
    }
    if (!createRun(run, columns))
        return {};
    Transaction tx(db);
    const qint64 last = run.columnIds.constLast();
    // Results: one per case; scores: the case total, pass per bulkPass().
    Statement results(db,
        "INSERT INTO results (case_id, status, output, error, latency_ms, prompt_tokens, completion_tokens, cost, created_at)"
        " SELECT k.id, CASE WHEN k.column_id = ?2 AND k.row_position % 50 = 49 THEN 'error' ELSE 'ok' END,"
        "  'answer ' || k.row_position || ' of column ' || c.position || ': the refund was sent to your account',"
        "  CASE WHEN k.column_id = ?2 AND k.row_position % 50 = 49 THEN 'HTTP 503' END,"
        "  100 + (k.row_position * 7 + c.position * 13) % 900, 20, 12, 0.0001, '2026-01-01T00:00:00Z'"
        " FROM run_cases k JOIN run_columns c ON c.id = k.column_id WHERE k.run_id = ?1");
    results.bind(1, run.runId).bind(2, last).exec();
    Statement scores(db,
        "INSERT INTO scores (case_id, scorer, value, pass, created_at)"
        " SELECT k.id, '_case', ((k.row_position * 31 + c.position * 17) % 1000) / 1000.0,"
        "  k.row_position % (7 - c.position % 5) <> 0, '2026-01-01T00:00:00Z'"
        " FROM run_cases k JOIN run_columns c ON c.id = k.column_id JOIN results r ON r.case_id = k.id"
        " WHERE k.run_id = ?1 AND r.status = 'ok'");
    scores.bind(1, run.runId).exec();
    tx.commit();
    // One large transaction leaves the whole run in the WAL; a run's writer commits in batches
    // that SQLite checkpoints as it goes, so do what it would have done.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    StoreError error;
    RunStore(db).setStatus(run.runId, QStringLiteral("completed"), &error);
    return run;
}

} // namespace resultsfixture
