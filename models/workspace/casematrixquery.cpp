#include "casematrixquery.h"

#include "database.h"
#include "datasetstore.h"
#include "sqlerror.h"
#include "progressguard.h"
#include "statement.h"
#include "textsearch.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>


namespace lathe {

namespace {

WorkspaceError fromSqlError(const SqlError &e, const Database &db)
{
    const QString path = QDir::toNativeSeparators(db.path());
    if (e.primaryCode() == SQLITE_BUSY || e.primaryCode() == SQLITE_LOCKED)
        return WorkspaceError::make(WorkspaceError::Locked, db.path(),
                                    CaseMatrixQuery::tr("“%1” is locked by another process; try again when it "
                                                        "has finished.").arg(path));
    return WorkspaceError::make(WorkspaceError::Database, db.path(),
                                CaseMatrixQuery::tr("Reading the results in “%1” failed: %2.").arg(path, e.message()));
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// The verdict of case `x`: 1 pass, 0 fail, NULL none (needs results `r` joined on x).
constexpr const char *kVerdict =
    "coalesce((SELECT s.pass FROM scores s WHERE s.case_id = x.id AND s.scorer = '_case'),"
    "         (SELECT min(s.pass) FROM scores s WHERE s.case_id = x.id))";

// `inner` evaluated on the case `x` (with its result `r`) of run column `columnId` for the row
// of the driving case `k`.
QByteArray onCell(qint64 columnId, const QByteArray &inner)
{
    return "(SELECT " + inner + " FROM run_cases x LEFT JOIN results r ON r.case_id = x.id WHERE x.column_id = "
        + number(columnId) + " AND x.row_id = k.row_id AND x.repeat = k.repeat)";
}

// 1 pass, 0 fail or error, NULL no verdict.
QByteArray verdictOf(qint64 columnId)
{
    return onCell(columnId, QByteArray("CASE WHEN r.case_id IS NULL THEN NULL WHEN r.status = 'error' THEN 0 ELSE ")
                                + kVerdict + " END");
}

// CellState as a number.
QByteArray stateOf(qint64 columnId)
{
    return onCell(columnId, QByteArray("CASE WHEN r.case_id IS NULL THEN 0 WHEN r.status = 'error' THEN 4 "
                                       "ELSE coalesce(3 - 2 * ") + kVerdict + ", 2) END");
}

// Some case of the row of `k` satisfies `condition` (on `x` and its result `r`).
QByteArray anyCell(const QByteArray &condition)
{
    return "EXISTS (SELECT 1 FROM run_cases x LEFT JOIN results r ON r.case_id = x.id WHERE x.run_id = ?1"
           " AND x.row_position = k.row_position AND x.repeat = k.repeat AND (" + condition + "))";
}

std::optional<double> optionalDouble(const Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<double>(st.columnDouble(column));
}

std::optional<bool> optionalBool(const Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<bool>(st.columnInt(column) != 0);
}

} // namespace

CaseMatrixQuery::CaseMatrixQuery(Database &db) : m_db(db)
{
    TextSearch::registerContains(m_db);
    // The connection is this query's own: a larger page cache keeps a run's pages between
    // filters and sorts; the view order and sorters stay in memory.
    m_db.exec("PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;");
}

CaseMatrixQuery::~CaseMatrixQuery() = default;

std::optional<CaseMatrixLayout> CaseMatrixQuery::layout(Database &db, qint64 runId, WorkspaceError *error)
{
    try {
        CaseMatrixLayout layout;
        layout.runId = runId;
        Statement run(db, "SELECT coalesce(dataset_version_id, 0), coalesce(json_extract(config, '$.repeats'), 1)"
                          " FROM runs WHERE id = ?");
        run.bind(1, runId);
        if (!run.step()) {
            if (error)
                *error = WorkspaceError::make(WorkspaceError::NotFound, db.path(), tr("There is no run %1.").arg(runId));
            return std::nullopt;
        }
        layout.datasetVersionId = run.columnInt64(0);
        layout.repeats = std::max(1, run.columnInt(1));
        layout.columns = RunStore(db).columns(runId);
        WorkspaceError columnsError;
        layout.datasetColumns = DatasetStore(db).columns(layout.datasetVersionId, &columnsError);
        if (columnsError) {
            if (error)
                *error = columnsError;
            return std::nullopt;
        }
        Statement scorers(db, "SELECT s.scorer FROM scores s WHERE s.case_id IN"
                              " (SELECT id FROM run_cases WHERE run_id = ?1 ORDER BY row_position LIMIT ?2)"
                              " AND s.scorer <> '_case' GROUP BY s.scorer ORDER BY min(s.id)");
        scorers.bind(1, runId).bind(2, kScorerSample);
        while (scorers.step())
            layout.scorers.append(scorers.columnText(0));
        return layout;
    } catch (const SqlError &e) {
        if (error)
            *error = fromSqlError(e, db);
        return std::nullopt;
    }
}

std::optional<qint64> CaseMatrixQuery::prepare(const CaseMatrixLayout &layout, const CaseMatrixSpec &spec,
                                               const std::function<bool()> &cancelled, WorkspaceError *error)
{
    m_layout = layout;
    m_spec = spec;
    m_rowCount = 0;
    m_mode = Mode::Dense;
    if (layout.isEmpty())
        return 0;
    try {
        ProgressGuard guard(m_db, cancelled);
        if (spec.filter.isActive() || spec.sort.key != CaseMatrixSort::Key::Position || spec.sort.descending
            || !prepareDense())
            prepareMaterialised();
        return m_rowCount;
    } catch (const SqlError &e) {
        m_rowCount = 0;
        if (cancelled && cancelled())
            return std::nullopt;
        if (error)
            *error = fromSqlError(e, m_db);
        return std::nullopt;
    }
}

bool CaseMatrixQuery::prepareDense()
{
    Statement count(m_db, "SELECT count(*) FROM run_cases WHERE column_id = ?");
    count.bind(1, m_layout.columns.constFirst().id);
    count.step();
    const qint64 cases = count.columnInt64(0);
    Statement span(m_db, "SELECT (SELECT min(row_position) FROM run_cases WHERE run_id = ?1),"
                         " (SELECT max(row_position) FROM run_cases WHERE run_id = ?1)");
    span.bind(1, m_layout.runId);
    span.step();
    m_firstPosition = span.columnInt64(0);
    if (cases != 0 && (span.columnInt64(1) - m_firstPosition + 1) * m_layout.repeats != cases)
        return false;
    m_mode = Mode::Dense;
    m_rowCount = cases;
    return true;
}

QByteArray CaseMatrixQuery::columnKeyPath(ColumnRole role) const
{
    for (const DatasetColumn &c : m_layout.datasetColumns) {
        if (c.role == role)
            return "'$.\"' || ?6 || '\"'";
    }
    return "NULL";
}

QByteArray CaseMatrixQuery::filterSql() const
{
    // ?1 run, ?2 the first column, ?3 search, ?4 tag.
    const CaseFilter &f = m_spec.filter;
    QByteArray sql;
    if (f.kind != CaseFilter::Kind::All && (!CaseFilter::isPairwise(f.kind) || f.pairReady())) {
        switch (f.kind) {
        case CaseFilter::Kind::All:
            break;
        case CaseFilter::Kind::FailedAnywhere:
            sql += " AND " + anyCell(QByteArray("r.status = 'error' OR (r.status = 'ok' AND ") + kVerdict + " = 0)");
            break;
        case CaseFilter::Kind::Errors:
            sql += " AND " + anyCell("r.status = 'error'");
            break;
        case CaseFilter::Kind::Changed:
            sql += " AND " + verdictOf(f.columnA) + " + " + verdictOf(f.columnB) + " = 1";
            break;
        case CaseFilter::Kind::Regressions:
            sql += " AND " + verdictOf(f.columnA) + " = 1 AND " + verdictOf(f.columnB) + " = 0";
            break;
        case CaseFilter::Kind::Improvements:
            sql += " AND " + verdictOf(f.columnA) + " = 0 AND " + verdictOf(f.columnB) + " = 1";
            break;
        }
    }
    if (!f.search.isEmpty()) {
        const auto match = [&](const char *e) -> QByteArray {
            if (TextSearch::isAscii(f.search))
                return QByteArray(e) + " LIKE ?3 ESCAPE '\\'";
            return "lathe_contains(" + QByteArray(e) + ", ?3)";
        };
        sql += " AND (EXISTS (SELECT 1 FROM json_each(d.data) j WHERE " + match("j.value") + ") OR "
            + anyCell(match("r.output") + " OR " + match("r.error")) + ")";
    }
    if (!f.tag.isEmpty())
        sql += " AND EXISTS (SELECT 1 FROM json_each(d.tags) t WHERE t.value = ?4)";
    return sql;
}

QByteArray CaseMatrixQuery::sortSql() const
{
    // ?5 scorer, ?6 dataset column key.
    const CaseMatrixSort &s = m_spec.sort;
    QByteArray key;
    switch (s.key) {
    case CaseMatrixSort::Key::Position:
        break;
    case CaseMatrixSort::Key::Input:
        key = "json_extract(d.data, " + columnKeyPath(ColumnRole::Variable) + ") COLLATE NOCASE";
        break;
    case CaseMatrixSort::Key::Expected:
        key = "json_extract(d.data, " + columnKeyPath(ColumnRole::Expected) + ") COLLATE NOCASE";
        break;
    case CaseMatrixSort::Key::Output:
        key = onCell(s.columnId, "r.output") + " COLLATE NOCASE";
        break;
    case CaseMatrixSort::Key::State:
        key = stateOf(s.columnId);
        break;
    case CaseMatrixSort::Key::Score:
        key = onCell(s.columnId, "coalesce((SELECT t.value FROM scores t WHERE t.case_id = x.id AND t.scorer = '_case'),"
                                 " (SELECT avg(t.value) FROM scores t WHERE t.case_id = x.id))");
        break;
    case CaseMatrixSort::Key::Scorer:
        key = onCell(s.columnId, "(SELECT t.value FROM scores t WHERE t.case_id = x.id AND t.scorer = ?5)");
        break;
    }
    const QByteArray direction = s.descending ? " DESC" : " ASC";
    if (key.isEmpty())
        return " ORDER BY k.row_position" + direction + ", k.repeat" + direction;
    return " ORDER BY " + key + direction + ", k.row_position, k.repeat";
}

void CaseMatrixQuery::prepareMaterialised()
{
    m_mode = Mode::Materialised;
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS lathe_matrix_view ("
              " idx INTEGER PRIMARY KEY, position INTEGER NOT NULL, repeat INTEGER NOT NULL);"
              "DELETE FROM temp.lathe_matrix_view;");
    const QByteArray filter = filterSql();
    const QByteArray order = sortSql();
    // INSERT ... SELECT ... ORDER BY inserts in that order, so idx numbers the view from 1. The
    // rows are driven by the first column's cases through its (column, row, repeat) index.
    const QByteArray sql = "INSERT INTO temp.lathe_matrix_view (position, repeat)"
                           " SELECT k.row_position, k.repeat FROM run_cases k JOIN dataset_rows d ON d.id = k.row_id"
                           " WHERE +k.run_id = ?1 AND k.column_id = ?2" + filter + order;
    Statement fill(m_db, sql.constData());
    fill.bind(1, m_layout.runId).bind(2, m_layout.columns.constFirst().id);
    const CaseFilter &f = m_spec.filter;
    if (!f.search.isEmpty())
        fill.bind(3, TextSearch::isAscii(f.search) ? TextSearch::likePattern(f.search) : f.search);
    if (!f.tag.isEmpty())
        fill.bind(4, f.tag);
    if (m_spec.sort.key == CaseMatrixSort::Key::Scorer)
        fill.bind(5, m_spec.sort.scorer);
    const ColumnRole role = m_spec.sort.key == CaseMatrixSort::Key::Input ? ColumnRole::Variable : ColumnRole::Expected;
    if (m_spec.sort.key == CaseMatrixSort::Key::Input || m_spec.sort.key == CaseMatrixSort::Key::Expected) {
        for (const DatasetColumn &c : m_layout.datasetColumns) {
            if (c.role == role) {
                fill.bind(6, c.key);
                break;
            }
        }
    }
    fill.exec();
    m_rowCount = m_db.queryInt("SELECT count(*) FROM temp.lathe_matrix_view");
}

QList<MatrixRow> CaseMatrixQuery::rows(qint64 first, int count, WorkspaceError *error)
{
    if (first < 0 || count <= 0 || first >= m_rowCount || m_layout.isEmpty())
        return {};
    try {
        if (m_mode == Mode::Dense) {
            const qint64 r = m_layout.repeats;
            const QByteArray ord = "(k.row_position - " + number(m_firstPosition) + ") * " + number(r) + " + k.repeat";
            return readWindow("run_cases k", "k.run_id = ?1 AND k.row_position BETWEEN ?2 AND ?3", ord,
                              m_firstPosition + first / r, m_firstPosition + (first + count - 1) / r, first, count);
        }
        // CROSS JOIN keeps the view outermost: SQLite would otherwise scan the run's cases.
        return readWindow("temp.lathe_matrix_view v CROSS JOIN run_cases k ON k.run_id = ?1 AND k.row_position = v.position"
                          " AND k.repeat = v.repeat",
                          "v.idx > ?2 AND v.idx <= ?3", "v.idx - 1", first, first + count, first, count);
    } catch (const SqlError &e) {
        if (error)
            *error = fromSqlError(e, m_db);
        return {};
    }
}

QList<MatrixRow> CaseMatrixQuery::readWindow(const QByteArray &from, const QByteArray &where, const QByteArray &ord,
                                             qint64 lo, qint64 hi, qint64 first, int count)
{
    QList<MatrixRow> out(std::min<qint64>(count, m_rowCount - first));
    QList<bool> seen(out.size(), false);
    QHash<qint64, int> columnIndex;
    for (qsizetype i = 0; i < m_layout.columns.size(); ++i)
        columnIndex.insert(m_layout.columns.at(i).id, int(i));
    QHash<QString, int> scorerIndex;
    for (qsizetype i = 0; i < m_layout.scorers.size(); ++i)
        scorerIndex.insert(m_layout.scorers.at(i), int(i));
    const auto slot = [&](qint64 ordValue) -> qsizetype {
        const qint64 i = ordValue - first;
        return i >= 0 && i < out.size() ? qsizetype(i) : -1;
    };

    // The dataset rows, through the first column's cases.
    const QByteArray rowsSql = "SELECT " + ord + ", k.row_position, k.repeat, d.id, d.data, d.tags FROM " + from
        + " CROSS JOIN dataset_rows d ON d.id = k.row_id WHERE " + where + " AND +k.column_id = ?4";
    Statement rowsSt(m_db, rowsSql.constData());
    rowsSt.bind(1, m_layout.runId).bind(2, lo).bind(3, hi).bind(4, m_layout.columns.constFirst().id);
    while (rowsSt.step()) {
        const qsizetype i = slot(rowsSt.columnInt64(0));
        if (i < 0)
            continue;
        MatrixRow &row = out[i];
        seen[i] = true;
        row.position = rowsSt.columnInt64(1);
        row.repeat = rowsSt.columnInt(2);
        row.rowId = rowsSt.columnInt64(3);
        row.data = QJsonDocument::fromJson(rowsSt.columnBlob(4)).object();
        for (const QJsonValue &t : QJsonDocument::fromJson(rowsSt.columnBlob(5)).array())
            row.tags.append(t.toString());
        row.cells.resize(m_layout.columns.size());
        for (MatrixCell &cell : row.cells)
            cell.scores.resize(m_layout.scorers.size());
    }

    const QByteArray cellsSql = "SELECT " + ord + ", k.column_id, k.id, r.status, substr(r.output, 1, "
        + number(kPreviewChars) + "), substr(r.error, 1, " + number(kPreviewChars) + "), r.latency_ms, t.pass, t.value,"
        " (SELECT min(s.pass) FROM scores s WHERE s.case_id = k.id),"
        " (SELECT avg(s.value) FROM scores s WHERE s.case_id = k.id) FROM " + from
        + " LEFT JOIN results r ON r.case_id = k.id LEFT JOIN scores t ON t.case_id = k.id AND t.scorer = '_case'"
          " WHERE " + where;
    Statement cells(m_db, cellsSql.constData());
    cells.bind(1, m_layout.runId).bind(2, lo).bind(3, hi);
    while (cells.step()) {
        const qsizetype i = slot(cells.columnInt64(0));
        const int c = columnIndex.value(cells.columnInt64(1), -1);
        if (i < 0 || !seen[i] || c < 0)
            continue;
        MatrixCell &cell = out[i].cells[c];
        cell.caseId = cells.columnInt64(2);
        const std::optional<bool> total = optionalBool(cells, 7);
        const std::optional<bool> verdict = total ? total : optionalBool(cells, 9);
        if (cells.isNull(3))
            cell.state = CellState::Pending;
        else if (cells.columnText(3) == QLatin1StringView("error"))
            cell.state = CellState::Error;
        else
            cell.state = !verdict ? CellState::Answered : *verdict ? CellState::Pass : CellState::Fail;
        cell.output = cells.columnText(4);
        cell.error = cells.columnText(5);
        cell.latencyMs = cells.isNull(6) ? -1 : cells.columnDouble(6);
        cell.score = !cells.isNull(8) ? optionalDouble(cells, 8) : total ? std::nullopt : optionalDouble(cells, 10);
    }

    if (m_layout.scorers.isEmpty())
        return out;
    const QByteArray scoresSql = "SELECT " + ord + ", k.column_id, s.scorer, s.value, s.pass FROM " + from
        + " CROSS JOIN scores s ON s.case_id = k.id WHERE " + where + " AND s.scorer <> '_case'";
    Statement scores(m_db, scoresSql.constData());
    scores.bind(1, m_layout.runId).bind(2, lo).bind(3, hi);
    while (scores.step()) {
        const qsizetype i = slot(scores.columnInt64(0));
        const int c = columnIndex.value(scores.columnInt64(1), -1);
        const int s = scorerIndex.value(scores.columnText(2), -1);
        if (i < 0 || !seen[i] || c < 0 || s < 0)
            continue;
        out[i].cells[c].scores[s] = MatrixScore{optionalDouble(scores, 3), optionalBool(scores, 4)};
    }
    return out;
}

} // namespace lathe
