#pragma once

// Planted runs for the chart tests, written with SQL so every figure is known by hand.
//
// Run 1 "baseline" (2025-01-02): five rows, two columns of prompt "qa" with model-a.
//   column 11 qa@1: row 1 pass, row 2 fail, row 3 pass (cached), row 4 error, row 5 pending.
//     latency 100, 200, (300 cached), error 50; cost 0.001 on the three ok results.
//     pass rate 2 / (3 + 1) = 0.5; mean score 2/3; cost 0.003, per 1,000 cases 1.0.
//     scorer "equals": 1, 0, 1.
//   column 12 qa@2: five ok results, case totals 1, 1, 1, 1, 0.5 (the last fails).
//     latency 400, 600, 800, 1000, 1200; cost 0.002 each: 0.01, per 1,000 cases 2.0.
//     pass rate 4/5; mean score 4.5/5 = 0.9.
//     scorer "equals": 1, 1, 1, 1, 0; "similarity": 0.9, 0.8, 0.7, 0.2, skipped;
//     "bleu": 12.5, 47 (rows 1 and 2).
// Run 2 "later" (2025-01-05): column 21 qa@2 model-a (2 rows, both pass), column 22 qa@2
//   model-b (1 row, fails), column 23 other@1 model-a (no results).
// Run 3 "planned" (2025-01-03): column 31 qa@1 model-a, nothing answered.
#include "workspace/database.h"
#include "workspace/workspace.h"
#include "workspace/workspaceerror.h"

#include <QString>

#include <memory>

namespace chartfixture {

inline std::unique_ptr<lathe::Workspace> create(const QString &path)
{
    lathe::WorkspaceError error;
    auto ws = lathe::Workspace::create(path, QStringLiteral("Charts"), &error, true);
    if (!ws)
        return ws;
    lathe::Database &db = ws->database();
    db.exec(R"SQL(
INSERT INTO datasets (id, name, created_at) VALUES (1, 'qa', '2025-01-01T00:00:00Z');
INSERT INTO dataset_versions (id, dataset_id, number, frozen, created_at) VALUES (1, 1, 1, 1, '2025-01-01T00:00:00Z');
INSERT INTO dataset_rows (id, data) VALUES (101, '{}'), (102, '{}'), (103, '{}'), (104, '{}'), (105, '{}');
INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 101), (1, 1, 102), (1, 2, 103), (1, 3, 104), (1, 4, 105);
INSERT INTO prompts (id, name, created_at, updated_at) VALUES (1, 'qa', 'x', 'x'), (2, 'other', 'x', 'x');
INSERT INTO prompt_versions (id, prompt_id, number, kind, message, content_hash, created_at) VALUES
  (1, 1, 1, 'text', 'first', 'h1', 'x'), (2, 1, 2, 'text', 'second', 'h2', 'x'), (3, 2, 1, 'text', 'o', 'h3', 'x');
INSERT INTO runs (id, name, status, dataset_version_id, created_at) VALUES
  (1, 'baseline', 'completed', 1, '2025-01-02T00:00:00Z'),
  (2, 'later', 'completed', 1, '2025-01-05T00:00:00Z'),
  (3, 'planned', 'planned', 1, '2025-01-03T00:00:00Z');
INSERT INTO run_columns (id, run_id, position, prompt_version_id, model) VALUES
  (11, 1, 0, 1, 'model-a'), (12, 1, 1, 2, 'model-a'),
  (21, 2, 0, 2, 'model-a'), (22, 2, 1, 2, 'model-b'), (23, 2, 2, 3, 'model-a'),
  (31, 3, 0, 1, 'model-a');
INSERT INTO run_cases (id, run_id, column_id, row_id, row_position) VALUES
  (1101, 1, 11, 101, 0), (1102, 1, 11, 102, 1), (1103, 1, 11, 103, 2), (1104, 1, 11, 104, 3), (1105, 1, 11, 105, 4),
  (1201, 1, 12, 101, 0), (1202, 1, 12, 102, 1), (1203, 1, 12, 103, 2), (1204, 1, 12, 104, 3), (1205, 1, 12, 105, 4),
  (2101, 2, 21, 101, 0), (2102, 2, 21, 102, 1), (2201, 2, 22, 101, 0), (2301, 2, 23, 101, 0),
  (3101, 3, 31, 101, 0);
INSERT INTO results (case_id, status, latency_ms, cost, cached, created_at) VALUES
  (1101, 'ok', 100, 0.001, 0, 'x'), (1102, 'ok', 200, 0.001, 0, 'x'), (1103, 'ok', 300, 0.001, 1, 'x'),
  (1201, 'ok', 400, 0.002, 0, 'x'), (1202, 'ok', 600, 0.002, 0, 'x'), (1203, 'ok', 800, 0.002, 0, 'x'),
  (1204, 'ok', 1000, 0.002, 0, 'x'), (1205, 'ok', 1200, 0.002, 0, 'x'),
  (2101, 'ok', 500, NULL, 0, 'x'), (2102, 'ok', 700, NULL, 0, 'x'), (2201, 'ok', 900, NULL, 0, 'x');
INSERT INTO results (case_id, status, error, latency_ms, created_at) VALUES (1104, 'error', 'HTTP 503', 50, 'x');
INSERT INTO scores (case_id, scorer, value, pass, details, created_at) VALUES
  (1101, 'equals', 1, 1, '{}', 'x'), (1101, '_case', 1, 1, '{}', 'x'),
  (1102, 'equals', 0, 0, '{}', 'x'), (1102, '_case', 0, 0, '{}', 'x'),
  (1103, 'equals', 1, 1, '{}', 'x'), (1103, '_case', 1, 1, '{}', 'x'),
  (1201, 'equals', 1, 1, '{}', 'x'), (1201, 'similarity', 0.9, NULL, '{}', 'x'), (1201, 'bleu', 12.5, NULL, '{}', 'x'), (1201, '_case', 1, 1, '{}', 'x'),
  (1202, 'equals', 1, 1, '{}', 'x'), (1202, 'similarity', 0.8, NULL, '{}', 'x'), (1202, 'bleu', 47, NULL, '{}', 'x'), (1202, '_case', 1, 1, '{}', 'x'),
  (1203, 'equals', 1, 1, '{}', 'x'), (1203, 'similarity', 0.7, NULL, '{}', 'x'), (1203, '_case', 1, 1, '{}', 'x'),
  (1204, 'equals', 1, 1, '{}', 'x'), (1204, 'similarity', 0.2, NULL, '{}', 'x'), (1204, '_case', 1, 1, '{}', 'x'),
  (1205, 'equals', 0, 0, '{}', 'x'), (1205, 'similarity', NULL, NULL, '{"status":"skipped"}', 'x'), (1205, '_case', 0.5, 0, '{}', 'x'),
  (2101, '_case', 1, 1, '{}', 'x'), (2102, '_case', 1, 1, '{}', 'x'), (2201, '_case', 0, 0, '{}', 'x');
)SQL");
    return ws;
}

} // namespace chartfixture
