#include "runcomparisonquery.h"

#include "database.h"
#include "statement.h"

#include <QJsonDocument>

namespace lathe {

namespace {

constexpr const char *kRunSelect =
    "SELECT r.id, r.name, r.status, r.created_at, coalesce(v.dataset_id, 0), coalesce(d.name, ''), "
    "coalesce(v.number, 0), (SELECT count(*) FROM run_cases c WHERE c.run_id = r.id) "
    "FROM runs r LEFT JOIN dataset_versions v ON v.id = r.dataset_version_id "
    "LEFT JOIN datasets d ON d.id = v.dataset_id ";

ComparableRun readRun(const Statement &st)
{
    ComparableRun r;
    r.id = st.columnInt64(0);
    r.name = st.columnText(1);
    r.status = st.columnText(2);
    r.createdAt = st.columnText(3);
    r.datasetId = st.columnInt64(4);
    r.datasetName = st.columnText(5);
    r.datasetVersion = st.columnInt(6);
    r.cases = st.columnInt64(7);
    return r;
}

} // namespace

RunComparisonQuery::RunComparisonQuery(Database &db)
    : m_db(db)
{
}

QList<ComparableRun> RunComparisonQuery::runs()
{
    QList<ComparableRun> out;
    const QByteArray sql = QByteArray(kRunSelect) + "ORDER BY r.id DESC";
    Statement st(m_db, sql.constData());
    while (st.step())
        out.append(readRun(st));
    return out;
}

std::optional<ComparableRun> RunComparisonQuery::run(qint64 runId)
{
    const QByteArray sql = QByteArray(kRunSelect) + "WHERE r.id = ?1";
    Statement st(m_db, sql.constData());
    st.bind(1, runId);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

QList<ComparableCase> RunComparisonQuery::cases(qint64 runId, qint64 columnId)
{
    QList<ComparableCase> out;
    Statement st(m_db,
        "SELECT c.id, c.row_id, c.row_position, c.repeat, x.status, x.output, x.error, s.value, s.pass "
        "FROM run_cases c LEFT JOIN results x ON x.case_id = c.id "
        "LEFT JOIN scores s ON s.case_id = c.id AND s.scorer = '_case' "
        "WHERE c.run_id = ?1 AND c.column_id = ?2 ORDER BY c.row_position, c.repeat");
    st.bind(1, runId).bind(2, columnId);
    while (st.step()) {
        ComparableCase c;
        c.caseId = st.columnInt64(0);
        c.rowId = st.columnInt64(1);
        c.rowPosition = st.columnInt64(2);
        c.repeat = st.columnInt(3);
        if (!st.isNull(4))
            c.state = st.columnText(4) == QLatin1StringView("ok") ? ComparableCase::State::Ok
                                                                   : ComparableCase::State::Error;
        c.output = st.columnText(5);
        c.error = st.columnText(6);
        if (!st.isNull(7))
            c.score = st.columnDouble(7);
        if (!st.isNull(8))
            c.pass = st.columnInt(8) != 0;
        out.append(std::move(c));
    }
    return out;
}

QJsonObject RunComparisonQuery::rowValues(qint64 runId, qint64 rowId)
{
    QJsonObject data;
    {
        Statement st(m_db, "SELECT data FROM dataset_rows WHERE id = ?1");
        st.bind(1, rowId);
        if (!st.step())
            return {};
        data = QJsonDocument::fromJson(st.columnBlob(0)).object();
    }
    QJsonObject out;
    Statement st(m_db,
        "SELECT k.key, k.name FROM dataset_columns k JOIN runs r ON r.dataset_version_id = k.version_id "
        "WHERE r.id = ?1 AND k.role <> 'ignored' ORDER BY k.position");
    st.bind(1, runId);
    while (st.step()) {
        const QString key = st.columnText(0);
        if (data.contains(key))
            out.insert(st.columnText(1), data.value(key));
    }
    return out;
}

} // namespace lathe
