#include "runresults.h"

#include "database.h"
#include "statement.h"

namespace lathe {
namespace {

// Columns 0-8 of a totals query; the caller adds FROM/WHERE/GROUP BY.
constexpr const char *kTotals =
    "SELECT count(*), coalesce(sum(r.status = 'ok'), 0), coalesce(sum(r.status = 'error'), 0), "
    "coalesce(sum(r.cached), 0), coalesce(sum(r.prompt_tokens), 0), coalesce(sum(r.completion_tokens), 0), "
    "coalesce(sum(r.cost), 0), coalesce(sum(r.status = 'ok' AND r.cost IS NULL), 0), "
    "coalesce(avg(CASE WHEN r.status = 'ok' AND r.cached = 0 THEN r.latency_ms END), -1) ";

RunTotals readTotals(Statement &st)
{
    return RunTotals{st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt64(3), st.columnInt64(4),
                     st.columnInt64(5), st.columnDouble(6), st.columnInt64(7), st.columnDouble(8)};
}

} // namespace

RunResults::RunResults(Database &db)
    : m_db(db)
{
}

RunTotals RunResults::totals(qint64 runId)
{
    const QByteArray sql = QByteArray(kTotals)
        + "FROM run_cases c LEFT JOIN results r ON r.case_id = c.id WHERE c.run_id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, runId);
    return st.step() ? readTotals(st) : RunTotals{};
}

QMap<qint64, RunTotals> RunResults::columnTotals(qint64 runId)
{
    QMap<qint64, RunTotals> out;
    const QByteArray sql = QByteArray(kTotals)
        + ", c.column_id FROM run_cases c LEFT JOIN results r ON r.case_id = c.id WHERE c.run_id = ? "
          "GROUP BY c.column_id";
    Statement st(m_db, sql.constData());
    st.bind(1, runId);
    while (st.step())
        out.insert(st.columnInt64(9), readTotals(st));
    return out;
}

QList<CaseRecord> RunResults::cases(qint64 runId, qint64 offset, qint64 limit, bool withBodies)
{
    QList<CaseRecord> out;
    Statement st(m_db,
        "SELECT c.id, c.column_id, c.row_id, c.row_position, c.repeat, r.case_id IS NOT NULL, r.status = 'ok', "
        "coalesce(r.output, ''), coalesce(r.error, ''), coalesce(r.http_status, 0), coalesce(r.finish_reason, ''), "
        "coalesce(r.latency_ms, 0), coalesce(r.ttft_ms, -1), coalesce(r.prompt_tokens, -1), "
        "coalesce(r.completion_tokens, -1), coalesce(r.cost, -1), coalesce(r.cached, 0), coalesce(r.attempts, 0), "
        "coalesce(r.request_hash, ''), CASE WHEN ?4 THEN coalesce(r.request, '') END, "
        "CASE WHEN ?4 THEN coalesce(r.response, '') END, coalesce(r.created_at, '') "
        "FROM run_cases c JOIN run_columns col ON col.id = c.column_id LEFT JOIN results r ON r.case_id = c.id "
        "WHERE c.run_id = ?1 ORDER BY c.row_position, col.position, c.repeat LIMIT ?3 OFFSET ?2");
    st.bind(1, runId).bind(2, offset).bind(3, limit).bind(4, withBodies ? 1 : 0);
    while (st.step()) {
        CaseRecord rec;
        rec.work = {st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt64(3), st.columnInt(4)};
        rec.answered = st.columnInt(5) != 0;
        CaseResult &r = rec.result;
        r.caseId = rec.work.caseId;
        r.ok = st.columnInt(6) != 0;
        r.output = st.columnText(7);
        r.error = st.columnText(8);
        r.httpStatus = st.columnInt(9);
        r.finishReason = st.columnText(10);
        r.latencyMs = st.columnDouble(11);
        r.ttftMs = st.columnDouble(12);
        r.promptTokens = st.columnInt64(13);
        r.completionTokens = st.columnInt64(14);
        r.cost = st.columnDouble(15);
        r.cached = st.columnInt(16) != 0;
        r.attempts = st.columnInt(17);
        r.requestHash = st.columnText(18);
        r.request = st.columnText(19);
        r.response = st.columnText(20);
        rec.createdAt = st.columnText(21);
        out.append(rec);
    }
    return out;
}

} // namespace lathe
