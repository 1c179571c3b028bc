#pragma once

// A stored two-column run for the report tests, built directly with RunStore and ResultWriter:
// 5 dataset rows (plus `extraRows` plain ones), prompt versions 1 and 2 of "qa", one error
// result, outputs holding markup, quotes, newlines and a control character, scores and
// judgements inserted with SQL.
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/resultwriter.h"
#include "workspace/runstore.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace reportfixture {

inline const QString kScript = QStringLiteral("<script>alert(1)</script>");
inline const QString kImg = QStringLiteral("<img src=x onerror=alert(1)>");
inline const QString kQuoted = QStringLiteral("He said \"hi\", then left\nsecond line");
inline const QString kControl = QStringLiteral("control \x01 char");
// Marks the page if it ever runs: a browser test looks for the mark.
inline const QString kPwn = QStringLiteral("<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>");

struct Run
{
    std::unique_ptr<lathe::Workspace> ws;
    qint64 runId = 0;
    int rows = 0;
};

// Outputs per row for columns A and B; an empty A output is an error result.
struct Answer
{
    QString question;
    QString expected;
    QString a;
    QString b;
    int passA;     // 1 pass, 0 fail, -1 no score
    int passB;
};

inline QList<Answer> answers(int extraRows)
{
    QList<Answer> out{
        {QStringLiteral("Capital of France?"), QStringLiteral("Paris"), QStringLiteral("Paris"),
         QStringLiteral("Paris, France"), 1, 0},
        {QStringLiteral("</td><script>alert(2)</script>"), QStringLiteral("<b>safe</b>"), kScript, kImg, 0, 0},
        {QStringLiteral("2 + 2?"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), 1, 1},
        {QStringLiteral("Colour of the sky?"), QStringLiteral("Blue"), QString(), QStringLiteral("Blue"), -1, 1},
        {QStringLiteral("What did he say?"), QStringLiteral("hi"), kQuoted, kControl, 0, 1},
    };
    for (int i = 0; i < extraRows; ++i)
        out.append({QStringLiteral("Question %1 with a longer text to fill the page").arg(i),
                    QStringLiteral("answer %1").arg(i), QStringLiteral("answer %1").arg(i),
                    QStringLiteral("the answer is %1").arg(i), 1, i % 2});
    return out;
}

inline Run create(const QString &path, int extraRows = 0)
{
    using namespace lathe;
    Run run;
    WorkspaceError wsError;
    run.ws = Workspace::create(path, QStringLiteral("Report <demo>"), &wsError, true);
    if (!run.ws)
        return run;
    Database &db = run.ws->database();
    db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'qa & more', '2025-01-01T00:00:00Z');"
            "INSERT INTO dataset_versions (id, dataset_id, number, message, created_at) "
            "VALUES (1, 1, 1, 'first import', '2025-01-01T00:00:00Z');"
            "INSERT INTO dataset_columns (version_id, position, key, name, role, type) VALUES "
            "(1, 0, 'c0', 'question', 'variable', 'text'), (1, 1, 'c1', 'answer', 'expected', 'text'),"
            "(1, 2, 'c2', 'note', 'metadata', 'text');");
    const QList<Answer> list = answers(extraRows);
    run.rows = int(list.size());
    for (int i = 0; i < list.size(); ++i) {
        Statement row(db, "INSERT INTO dataset_rows (id, data, tags) VALUES (?, ?, '[\"dev\"]')");
        const QJsonObject data{{QStringLiteral("c0"), list[i].question}, {QStringLiteral("c1"), list[i].expected},
                               {QStringLiteral("c2"), i == 1 ? kPwn : QStringLiteral("note %1").arg(i)}};
        row.bind(1, qint64(100 + i)).bind(2, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))).exec();
        Statement link(db, "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, ?, ?)");
        link.bind(1, qint64(i)).bind(2, qint64(100 + i)).exec();
    }

    PromptStore prompts(db);
    StoreError error;
    PromptContent c;
    c.templateText = QStringLiteral("Answer: {{ question }}");
    c.params = {{QStringLiteral("temperature"), 0.2}};
    const auto v1 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("first"), &error);
    c.templateText = QStringLiteral("Answer briefly, <b>one word</b>: {{ question }}");
    c.params = {{QStringLiteral("temperature"), 0.0}};
    const auto v2 = prompts.commitContent(QStringLiteral("qa"), c, QStringLiteral("shorter"), &error);
    if (!v1 || !v2)
        return run;

    RunSpec spec;
    spec.name = QStringLiteral("v1 vs v2 <compare>");
    spec.datasetVersionId = 1;
    const QJsonObject provider{{QStringLiteral("name"), QStringLiteral("mock")}, {QStringLiteral("kind"), QStringLiteral("openai")},
                               {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:1/v1")}};
    spec.columns = {{v1->id, 0, QStringLiteral("model-a"), v1->content.params, provider},
                    {v2->id, 0, QStringLiteral("model-b"), v2->content.params, provider}};
    RunStore runs(db);
    const auto runId = runs.createRun(spec, &error);
    if (!runId)
        return run;
    run.runId = *runId;
    runs.setStatus(*runId, QStringLiteral("running"), &error);

    const QList<CaseWork> pending = runs.pendingCases(*runId, false);   // row, then column
    const qint64 columnAId = runs.columns(*runId).constFirst().id;
    QList<lathe::CaseResult> results;
    for (const CaseWork &w : pending) {
        const Answer &a = list[int(w.rowPosition)];
        const bool columnA = w.columnId == columnAId;
        CaseResult r;
        r.caseId = w.caseId;
        const QString output = columnA ? a.a : a.b;
        r.ok = !output.isEmpty();
        r.output = output;
        r.error = r.ok ? QString() : QStringLiteral("HTTP 503: overloaded <retry later>");
        r.httpStatus = r.ok ? 200 : 503;
        r.finishReason = r.ok ? QStringLiteral("stop") : QString();
        r.latencyMs = 100.0 + 37.0 * double(w.rowPosition) + (columnA ? 0 : 250);
        r.promptTokens = 20;
        r.completionTokens = 5;
        r.cost = 0.00025;
        results.append(r);
        const int pass = columnA ? a.passA : a.passB;
        if (pass >= 0) {
            Statement s(db, "INSERT INTO scores (case_id, scorer, value, pass, reason, created_at) "
                            "VALUES (?, 'equals', ?, ?, coalesce(?, ''), 'now'), (?, 'similarity', ?, NULL, '', 'now')");
            s.bind(1, w.caseId).bind(2, double(pass)).bind(3, qint64(pass))
                .bind(4, pass ? QString() : QStringLiteral("expected \"%1\"").arg(a.expected))
                .bind(5, w.caseId).bind(6, pass ? 1.0 : 0.25).exec();
        }
    }
    {
        ResultWriter writer(path);
        for (const CaseResult &r : results)
            writer.submit(r);
        if (!writer.flush())
            return run;
    }
    runs.setStatus(*runId, QStringLiteral("completed"), &error);
    // A preference for column B on row 1 and a rating of column A on row 3.
    Statement j(db, "INSERT INTO judgements (run_id, kind, case_a, case_b, choice, rating, comment, created_at) VALUES "
                    "(?1, 'preference', ?2, ?3, 'b', NULL, 'B is <better>', '2025-01-02T00:00:00Z'),"
                    "(?1, 'rating', ?4, NULL, NULL, 4, 'fine', '2025-01-02T00:00:01Z')");
    j.bind(1, *runId).bind(2, pending[0].caseId).bind(3, pending[1].caseId).bind(4, pending[4].caseId).exec();
    return run;
}

} // namespace reportfixture
