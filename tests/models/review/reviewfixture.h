#pragma once

// A stored three-column run for the review tests, built directly with PromptStore and RunStore
// (no model calls): dataset columns question (variable), answer (expected) and note
// (metadata); prompt "qa" versions 1-3 answered by model-a, model-b and model-c; every case
// answered with an OpenAI-style request and response body, except the error on row 1 of
// column C; "equals" (pass/fail with a reason) and "similarity" scores on every ok case.
//
// Row 0 is the planted case: expected "The capital is Paris.", A "The capital is Paris.",
// B "The capital is Lyon.", C "Paris". Rows from 3 on are generated ("Question N" / "answer N").
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/runstore.h"
#include "workspace/statement.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace reviewfixture {

struct Answer
{
    QString question;
    QString expected;
    QString outputs[3];   // empty: an error result
};

struct Run
{
    std::unique_ptr<lathe::Workspace> ws;
    qint64 runId = 0;
    QList<qint64> columns;                    // run_columns ids A, B, C
    QList<Answer> answers;                    // by dataset position
    QHash<std::pair<qint64, int>, qint64> cases;   // (position, column index) -> case id (repeat 0)

    qint64 caseAt(qint64 position, int column, int repeat = 0) const
    {
        if (repeat == 0)
            return cases.value({position, column});
        lathe::Statement st(ws->database(), "SELECT id FROM run_cases WHERE row_position = ? AND column_id = ? AND repeat = ?");
        st.bind(1, position).bind(2, columns.at(column)).bind(3, repeat);
        return st.step() ? st.columnInt64(0) : 0;
    }
};

inline QList<Answer> answers(int rows)
{
    QList<Answer> out{
        {QStringLiteral("Capital of France?"), QStringLiteral("The capital is Paris."),
         {QStringLiteral("The capital is Paris."), QStringLiteral("The capital is Lyon."), QStringLiteral("Paris")}},
        {QStringLiteral("2 + 2?"), QStringLiteral("4"), {QStringLiteral("4"), QStringLiteral("four"), QString()}},
        {QStringLiteral("Say hello in Korean"), QStringLiteral("안녕하세요"),
         {QStringLiteral("안녕하세요 😀"), QStringLiteral("**안녕하세요**"), QStringLiteral("Hello")}},
    };
    for (int i = int(out.size()); i < rows; ++i)
        out.append({QStringLiteral("Question %1").arg(i), QStringLiteral("answer %1").arg(i),
                    {QStringLiteral("answer %1").arg(i), QStringLiteral("the answer is %1").arg(i),
                     QStringLiteral("answer %1.").arg(i)}});
    return out;
}

inline QString requestBody(const QString &model, const QString &question)
{
    const QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("temperature"), 0.2},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("Answer briefly.")}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), question}}}}};
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

inline QString responseBody(const QString &output)
{
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                        {QStringLiteral("content"), output}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 21}, {QStringLiteral("completion_tokens"), 6}}}};
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Builds the run in a new workspace at `path` with `rows` dataset rows (at least 3) and
// `repeats` repeats; ws is null when a step failed.
inline Run create(const QString &path, int rows = 3, int repeats = 1)
{
    using namespace lathe;
    Run run;
    WorkspaceError wsError;
    run.ws = Workspace::create(path, QStringLiteral("Review"), &wsError, true);
    if (!run.ws)
        return run;
    Database &db = run.ws->database();
    db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'capitals', '2025-01-01T00:00:00Z');"
            "INSERT INTO dataset_versions (id, dataset_id, number, message, created_at) "
            "VALUES (1, 1, 1, 'import', '2025-01-01T00:00:00Z');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role, type) VALUES "
            "(1, 0, 'c0', 'question', 'variable', 'text'), (1, 1, 'c1', 'answer', 'expected', 'text'),"
            "(1, 2, 'c2', 'note', 'metadata', 'text');");
    run.answers = answers(rows);
    {
        Transaction tx(db);
        for (int i = 0; i < run.answers.size(); ++i) {
            Statement row(db, "INSERT INTO dataset_rows (id, data) VALUES (?, ?)");
            const QJsonObject data{{QStringLiteral("c0"), run.answers[i].question}, {QStringLiteral("c1"), run.answers[i].expected},
                                   {QStringLiteral("c2"), QStringLiteral("note %1").arg(i)}};
            row.bind(1, qint64(1000 + i)).bind(2, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))).exec();
            Statement link(db, "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, ?, ?)");
            link.bind(1, qint64(i)).bind(2, qint64(1000 + i)).exec();
        }
        tx.commit();
    }

    PromptStore prompts(db);
    StoreError error;
    RunSpec spec;
    spec.name = QStringLiteral("three versions");
    spec.datasetVersionId = 1;
    spec.repeats = repeats;
    const QStringList models{QStringLiteral("model-a"), QStringLiteral("model-b"), QStringLiteral("model-c")};
    for (int v = 0; v < 3; ++v) {
        PromptContent c;
        c.templateText = QStringLiteral("Answer %1: {{ question }}").arg(v + 1);
        const auto version = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("v%1").arg(v + 1), &error);
        if (!version)
            return {};
        spec.columns.append({version->id, 0, models[v], {}, {}});
    }
    RunStore runs(db);
    const auto runId = runs.createRun(spec, &error);
    if (!runId)
        return {};
    run.runId = *runId;
    for (const RunColumnInfo &c : runs.columns(*runId))
        run.columns.append(c.id);

    QList<CaseResult> results;
    Transaction tx(db);
    for (const CaseWork &w : runs.pendingCases(*runId, false)) {
        const int column = int(run.columns.indexOf(w.columnId));
        const Answer &a = run.answers.at(int(w.rowPosition));
        if (w.repeat == 0)
            run.cases.insert({w.rowPosition, column}, w.caseId);
        const QString output = a.outputs[column];
        CaseResult r;
        r.caseId = w.caseId;
        r.ok = !output.isEmpty();
        r.output = output;
        r.error = r.ok ? QString() : QStringLiteral("HTTP 503: overloaded");
        r.httpStatus = r.ok ? 200 : 503;
        r.finishReason = r.ok ? QStringLiteral("stop") : QString();
        r.latencyMs = 100.0 + 10.0 * column + double(w.rowPosition);
        r.ttftMs = 40.0 + column;
        r.promptTokens = 21;
        r.completionTokens = 6;
        r.cost = 0.0005 * (column + 1);
        r.request = requestBody(models[column], a.question);
        r.response = r.ok ? responseBody(output) : QStringLiteral("{\"error\":{\"message\":\"overloaded\"}}");
        results.append(r);
        if (!r.ok)
            continue;
        const bool pass = output == a.expected;
        Statement s(db, "INSERT INTO scores (case_id, scorer, value, pass, reason, created_at) VALUES "
                        "(?1, 'equals', ?2, ?3, ?4, 'now'), (?1, 'similarity', ?5, NULL, '', 'now')");
        s.bind(1, w.caseId).bind(2, pass ? 1.0 : 0.0).bind(3, qint64(pass ? 1 : 0))
            .bind(4, pass ? QStringLiteral("") : QStringLiteral("expected \"%1\"").arg(a.expected))
            .bind(5, pass ? 1.0 : 0.5).exec();
    }
    tx.commit();
    if (!runs.writeResults(results, &error))
        return {};
    runs.setStatus(*runId, QStringLiteral("completed"), &error);
    return run;
}

} // namespace reviewfixture
