#include "comparisonquery.h"

#include "database.h"
#include "datasetstore.h"
#include "statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

ComparisonQuery::ComparisonQuery(Database &db)
    : m_db(db)
{
}

qint64 ComparisonQuery::rowCount(qint64 runId)
{
    Statement st(m_db, "SELECT count(*) FROM (SELECT DISTINCT row_position, repeat FROM run_cases WHERE run_id = ?)");
    st.bind(1, runId);
    return st.step() ? st.columnInt64(0) : 0;
}

QList<ComparisonRowRecord> ComparisonQuery::rows(qint64 runId, const QList<qint64> &columnIds, qint64 offset,
                                                 qint64 limit)
{
    QList<ComparisonRowRecord> out;
    QHash<std::pair<qint64, int>, qsizetype> index;   // (position, repeat) -> index in out
    {
        Statement st(m_db,
            "SELECT g.row_position, g.repeat, g.row_id, d.data FROM "
            "(SELECT row_position, repeat, min(row_id) AS row_id FROM run_cases WHERE run_id = ? "
            " GROUP BY row_position, repeat ORDER BY row_position, repeat LIMIT ? OFFSET ?) g "
            "JOIN dataset_rows d ON d.id = g.row_id ORDER BY g.row_position, g.repeat");
        st.bind(1, runId).bind(2, limit).bind(3, offset);
        while (st.step()) {
            ComparisonRowRecord row;
            row.position = st.columnInt64(0);
            row.repeat = st.columnInt(1);
            row.rowId = st.columnInt64(2);
            row.data = QJsonDocument::fromJson(st.columnBlob(3)).object();
            row.cells.resize(columnIds.size());
            index.insert({row.position, row.repeat}, out.size());
            out.append(row);
        }
    }
    if (out.isEmpty() || columnIds.isEmpty())
        return out;

    QJsonArray ids;
    for (const qint64 id : columnIds)
        ids.append(id);
    Statement st(m_db,
        "SELECT c.row_position, c.repeat, c.column_id, c.id, r.case_id IS NOT NULL, r.status = 'ok', "
        "coalesce(r.output, ''), coalesce(r.error, ''), "
        "CASE WHEN r.status = 'error' THEN 0 "
        "     ELSE (SELECT min(s.pass) FROM scores s WHERE s.case_id = c.id AND s.pass IS NOT NULL) END "
        "FROM run_cases c LEFT JOIN results r ON r.case_id = c.id "
        "WHERE c.run_id = ? AND c.row_position BETWEEN ? AND ? "
        "AND c.column_id IN (SELECT value FROM json_each(?))");
    st.bind(1, runId).bind(2, out.constFirst().position).bind(3, out.constLast().position)
        .bind(4, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (st.step()) {
        const auto at = index.constFind({st.columnInt64(0), st.columnInt(1)});
        if (at == index.constEnd())
            continue;   // a repeat of a boundary position outside the window
        const qsizetype column = columnIds.indexOf(st.columnInt64(2));
        ComparisonCell &cell = out[*at].cells[column];
        cell.caseId = st.columnInt64(3);
        cell.answered = st.columnInt(4) != 0;
        cell.ok = st.columnInt(5) != 0;
        cell.output = st.columnText(6);
        cell.error = st.columnText(7);
        if (!st.isNull(8))
            cell.pass = st.columnInt(8) != 0;
    }
    return out;
}

QList<DatasetColumn> ComparisonQuery::datasetColumns(qint64 runId)
{
    Statement st(m_db, "SELECT coalesce(dataset_version_id, 0) FROM runs WHERE id = ?");
    st.bind(1, runId);
    const qint64 versionId = st.step() ? st.columnInt64(0) : 0;
    return versionId > 0 ? DatasetStore(m_db).columns(versionId) : QList<DatasetColumn>();
}

} // namespace lathe
