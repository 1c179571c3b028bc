#include "casedetailquery.h"

#include "database.h"
#include "datasetstore.h"
#include "statement.h"

#include <QJsonDocument>

namespace lathe {

CaseDetailQuery::CaseDetailQuery(Database &db)
    : m_db(db)
{
}

std::optional<CaseDetailRecord> CaseDetailQuery::find(qint64 caseId)
{
    Statement st(m_db,
        "SELECT c.id, c.column_id, c.row_id, c.row_position, c.repeat, c.run_id, coalesce(run.dataset_version_id, 0), "
        "r.case_id IS NOT NULL, r.status = 'ok', coalesce(r.output, ''), coalesce(r.error, ''), "
        "coalesce(r.http_status, 0), coalesce(r.finish_reason, ''), coalesce(r.latency_ms, 0), coalesce(r.ttft_ms, -1), "
        "coalesce(r.prompt_tokens, -1), coalesce(r.completion_tokens, -1), coalesce(r.cost, -1), coalesce(r.cached, 0), "
        "coalesce(r.attempts, 0), coalesce(r.request_hash, ''), coalesce(r.request, ''), coalesce(r.response, ''), "
        "coalesce(r.created_at, ''), d.data "
        "FROM run_cases c JOIN runs run ON run.id = c.run_id JOIN dataset_rows d ON d.id = c.row_id "
        "LEFT JOIN results r ON r.case_id = c.id WHERE c.id = ?");
    st.bind(1, caseId);
    if (!st.step())
        return std::nullopt;
    CaseDetailRecord rec;
    rec.work = {st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt64(3), st.columnInt(4)};
    rec.runId = st.columnInt64(5);
    const qint64 versionId = st.columnInt64(6);
    rec.answered = st.columnInt(7) != 0;
    CaseResult &r = rec.result;
    r.caseId = caseId;
    r.ok = st.columnInt(8) != 0;
    r.output = st.columnText(9);
    r.error = st.columnText(10);
    r.httpStatus = st.columnInt(11);
    r.finishReason = st.columnText(12);
    r.latencyMs = st.columnDouble(13);
    r.ttftMs = st.columnDouble(14);
    r.promptTokens = st.columnInt64(15);
    r.completionTokens = st.columnInt64(16);
    r.cost = st.columnDouble(17);
    r.cached = st.columnInt(18) != 0;
    r.attempts = st.columnInt(19);
    r.requestHash = st.columnText(20);
    r.request = st.columnText(21);
    r.response = st.columnText(22);
    rec.answeredAt = st.columnText(23);
    rec.rowData = QJsonDocument::fromJson(st.columnBlob(24)).object();

    for (const RunColumnInfo &c : RunStore(m_db).columns(rec.runId)) {
        if (c.id == rec.work.columnId)
            rec.column = c;
    }
    if (versionId > 0)
        rec.datasetColumns = DatasetStore(m_db).columns(versionId);
    rec.scores = ScoreStore(m_db).caseScores(caseId);
    return rec;
}

} // namespace lathe
