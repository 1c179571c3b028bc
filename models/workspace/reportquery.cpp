#include "reportquery.h"

#include "database.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

ReportQuery::ReportQuery(Database &db)
    : m_db(db)
{
}

QString ReportQuery::projectName()
{
    Statement st(m_db, "SELECT name FROM project LIMIT 1");
    return st.step() ? st.columnText(0) : QString();
}

QString ReportQuery::currency()
{
    Statement st(m_db, "SELECT currency FROM pricing ORDER BY model LIMIT 1");
    return st.step() ? st.columnText(0) : QString();
}

QList<ReportScoreRecord> ReportQuery::scores(qint64 runId)
{
    QList<ReportScoreRecord> out;
    Statement st(m_db,
        "SELECT s.case_id, s.scorer, s.value, s.pass, s.reason, s.details FROM scores s "
        "JOIN run_cases c ON c.id = s.case_id WHERE c.run_id = ? ORDER BY s.case_id, s.id");
    st.bind(1, runId);
    while (st.step()) {
        ReportScoreRecord s;
        s.caseId = st.columnInt64(0);
        s.scorer = st.columnText(1);
        if (!st.isNull(2))
            s.value = st.columnDouble(2);
        if (!st.isNull(3))
            s.pass = st.columnInt(3) != 0;
        s.reason = st.columnText(4);
        s.details = QJsonDocument::fromJson(st.columnText(5).toUtf8()).object();
        out.append(s);
    }
    return out;
}

QList<ReportJudgementRecord> ReportQuery::judgements(qint64 runId)
{
    QList<ReportJudgementRecord> out;
    Statement st(m_db,
        "SELECT id, kind, case_a, coalesce(case_b, 0), coalesce(choice, ''), coalesce(rating, 0), comment, created_at "
        "FROM judgements WHERE run_id = ? ORDER BY created_at, id");
    st.bind(1, runId);
    while (st.step())
        out.append({st.columnInt64(0), st.columnText(1), st.columnInt64(2), st.columnInt64(3), st.columnText(4),
                    st.columnInt(5), st.columnText(6), st.columnText(7)});
    return out;
}

std::optional<ReportDatasetRecord> ReportQuery::dataset(qint64 versionId)
{
    Statement st(m_db,
        "SELECT d.id, d.name, v.id, v.number, v.message, v.created_at, "
        "(SELECT count(*) FROM dataset_version_rows r WHERE r.version_id = v.id) "
        "FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id WHERE v.id = ?");
    st.bind(1, versionId);
    if (!st.step())
        return std::nullopt;
    return ReportDatasetRecord{st.columnInt64(0), st.columnText(1), st.columnInt64(2), st.columnInt(3),
                               st.columnText(4), st.columnText(5), st.columnInt64(6)};
}

QHash<qint64, ReportRowRecord> ReportQuery::rows(qint64 runId)
{
    QHash<qint64, ReportRowRecord> out;
    Statement st(m_db,
        "SELECT r.id, r.data, r.tags FROM dataset_rows r "
        "WHERE r.id IN (SELECT DISTINCT row_id FROM run_cases WHERE run_id = ?)");
    st.bind(1, runId);
    while (st.step()) {
        ReportRowRecord row;
        row.id = st.columnInt64(0);
        row.data = QJsonDocument::fromJson(st.columnText(1).toUtf8()).object();
        for (const QJsonValue &tag : QJsonDocument::fromJson(st.columnText(2).toUtf8()).array())
            row.tags.append(tag.toString());
        out.insert(row.id, row);
    }
    return out;
}

std::optional<std::pair<qint64, int>> ReportQuery::promptVersionKey(qint64 versionId)
{
    Statement st(m_db, "SELECT prompt_id, number FROM prompt_versions WHERE id = ?");
    st.bind(1, versionId);
    if (!st.step())
        return std::nullopt;
    return std::pair<qint64, int>{st.columnInt64(0), st.columnInt(1)};
}

} // namespace lathe
