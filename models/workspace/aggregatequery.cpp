#include "aggregatequery.h"

#include "database.h"
#include "statement.h"

#include <QHash>
#include <QJsonDocument>

namespace lathe {

AggregateQuery::AggregateQuery(Database &db)
    : m_db(db)
{
}

QList<CaseFacts> AggregateQuery::cases(qint64 runId, qint64 columnId)
{
    QList<CaseFacts> out;
    QHash<qint64, qsizetype> index;
    {
        Statement st(m_db,
            "SELECT c.id, c.column_id, c.row_id, c.repeat, x.status, x.output, x.latency_ms, x.ttft_ms, "
            "x.prompt_tokens, x.completion_tokens, x.cost, coalesce(x.cached, 0) "
            "FROM run_cases c JOIN run_columns col ON col.id = c.column_id "
            "LEFT JOIN results x ON x.case_id = c.id "
            "WHERE c.run_id = ?1 AND (?2 = 0 OR c.column_id = ?2) "
            "ORDER BY col.position, c.row_position, c.repeat");
        st.bind(1, runId).bind(2, columnId);
        while (st.step()) {
            CaseFacts f;
            f.caseId = st.columnInt64(0);
            f.columnId = st.columnInt64(1);
            f.rowId = st.columnInt64(2);
            f.repeat = st.columnInt(3);
            if (!st.isNull(4))
                f.state = st.columnText(4) == QLatin1StringView("ok") ? CaseFacts::State::Ok : CaseFacts::State::Error;
            f.output = st.columnText(5);
            f.latencyMs = st.isNull(6) ? -1 : st.columnDouble(6);
            f.ttftMs = st.isNull(7) ? -1 : st.columnDouble(7);
            f.promptTokens = st.columnOptionalInt64(8).value_or(-1);
            f.completionTokens = st.columnOptionalInt64(9).value_or(-1);
            f.cost = st.isNull(10) ? -1 : st.columnDouble(10);
            f.cached = st.columnInt(11) != 0;
            index.insert(f.caseId, out.size());
            out.append(std::move(f));
        }
    }
    Statement st(m_db,
        "SELECT s.case_id, s.scorer, s.value, s.pass, s.reason, s.details FROM scores s "
        "JOIN run_cases c ON c.id = s.case_id WHERE c.run_id = ?1 AND (?2 = 0 OR c.column_id = ?2) ORDER BY s.id");
    st.bind(1, runId).bind(2, columnId);
    while (st.step()) {
        const auto it = index.constFind(st.columnInt64(0));
        if (it == index.cend())
            continue;
        StoredScore s;
        s.caseId = st.columnInt64(0);
        s.scorer = st.columnText(1);
        if (!st.isNull(2))
            s.value = st.columnDouble(2);
        if (!st.isNull(3))
            s.pass = st.columnInt(3) != 0;
        s.reason = st.columnText(4);
        s.details = QJsonDocument::fromJson(st.columnBlob(5)).object();
        out[*it].scores.append(std::move(s));
    }
    return out;
}

} // namespace lathe
