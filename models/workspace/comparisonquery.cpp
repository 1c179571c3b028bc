#include "comparisonquery.h"

#include "database.h"
#include "datasetstore.h"
#include "statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {
namespace {

QString idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ComparisonQuery::ComparisonQuery(Database &db)
    : m_db(db)
{
}

QList<ComparisonRowKey> ComparisonQuery::rowKeys(qint64 runId)
{
    QList<ComparisonRowKey> out;
    Statement st(m_db,
        "SELECT row_position, repeat, min(row_id) FROM run_cases WHERE run_id = ? "
        "GROUP BY row_position, repeat ORDER BY row_position, repeat");
    st.bind(1, runId);
    while (st.step())
        out.append({st.columnInt64(0), st.columnInt(1), st.columnInt64(2)});
    return out;
}

QList<ComparisonRowRecord> ComparisonQuery::rows(qint64 runId, const QList<qint64> &columnIds,
                                                 const QList<ComparisonRowKey> &keys)
{
    QList<ComparisonRowRecord> out;
    if (keys.isEmpty())
        return out;
    QHash<std::pair<qint64, int>, qsizetype> index;   // (position, repeat) -> index in out
    QList<qint64> rowIds;
    for (const ComparisonRowKey &k : keys) {
        ComparisonRowRecord row;
        row.position = k.position;
        row.repeat = k.repeat;
        row.rowId = k.rowId;
        row.cells.resize(columnIds.size());
        index.insert({k.position, k.repeat}, out.size());
        out.append(row);
        rowIds.append(k.rowId);
    }
    {
        QHash<qint64, QJsonObject> data;
        Statement st(m_db, "SELECT id, data FROM dataset_rows WHERE id IN (SELECT value FROM json_each(?))");
        st.bind(1, idList(rowIds));
        while (st.step())
            data.insert(st.columnInt64(0), QJsonDocument::fromJson(st.columnBlob(1)).object());
        for (ComparisonRowRecord &row : out)
            row.data = data.value(row.rowId);
    }
    if (columnIds.isEmpty())
        return out;

    Statement st(m_db,
        "SELECT c.row_position, c.repeat, c.column_id, c.id, r.case_id IS NOT NULL, r.status = 'ok', "
        "coalesce(r.output, ''), coalesce(r.error, ''), "
        "CASE WHEN r.status = 'error' THEN 0 "
        "     ELSE (SELECT min(s.pass) FROM scores s WHERE s.case_id = c.id AND s.pass IS NOT NULL) END "
        "FROM run_cases c LEFT JOIN results r ON r.case_id = c.id "
        "WHERE c.run_id = ? AND c.row_position BETWEEN ? AND ? "
        "AND c.column_id IN (SELECT value FROM json_each(?))");
    st.bind(1, runId).bind(2, keys.constFirst().position).bind(3, keys.constLast().position).bind(4, idList(columnIds));
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
