#include "chartquery.h"

#include "database.h"
#include "statement.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>

namespace lathe {

namespace {

// The case total's stored name (ScorerSuite::kTotalName; models/workspace does not include
// the scorers).
constexpr QLatin1StringView kTotal{"_case"};

// Columns with their tallies; `where` selects them and binds ?1. Result columns in the order
// readTally() reads.
#define LATHE_CHART_TALLY(WHERE)                                                                             \
    "SELECT r.id, r.name, r.created_at, col.id, col.position, p.name, pv.number, col.model, "                \
    "count(c.id), "                                                                                          \
    "coalesce(sum(x.status = 'ok'), 0), "                                                                    \
    "coalesce(sum(x.status = 'error'), 0), "                                                                 \
    "coalesce(sum(x.status = 'ok' AND t.pass IS NOT NULL AND t.value IS NOT NULL), 0), "                     \
    "coalesce(sum(x.status = 'ok' AND t.pass = 1 AND t.value IS NOT NULL), 0), "                             \
    "total(CASE WHEN x.status = 'ok' AND t.pass IS NOT NULL THEN t.value END), "                             \
    "total(CASE WHEN x.cost >= 0 THEN x.cost END), "                                                         \
    "coalesce(sum(x.cost >= 0), 0) "                                                                         \
    "FROM run_columns col JOIN runs r ON r.id = col.run_id "                                                 \
    "JOIN prompt_versions pv ON pv.id = col.prompt_version_id JOIN prompts p ON p.id = pv.prompt_id "        \
    "LEFT JOIN run_cases c ON c.column_id = col.id "                                                         \
    "LEFT JOIN results x ON x.case_id = c.id "                                                               \
    "LEFT JOIN scores t ON t.case_id = c.id AND t.scorer = ?2 "                                              \
    "WHERE " WHERE " GROUP BY col.run_id, col.position ORDER BY r.created_at, r.id, col.position"

ChartColumnFacts readTally(const Statement &st)
{
    ChartColumnFacts f;
    f.runId = st.columnInt64(0);
    f.runName = st.columnText(1);
    f.runCreatedAt = st.columnText(2);
    f.columnId = st.columnInt64(3);
    f.position = st.columnInt(4);
    f.promptName = st.columnText(5);
    f.promptVersion = st.columnInt(6);
    f.model = st.columnText(7);
    f.cases = st.columnInt64(8);
    f.ok = st.columnInt64(9);
    f.errors = st.columnInt64(10);
    f.judged = st.columnInt64(11);
    f.passed = st.columnInt64(12);
    f.totalSum = st.columnDouble(13);
    f.cost = st.columnDouble(14);
    f.priced = st.columnInt64(15);
    return f;
}

} // namespace

ChartQuery::ChartQuery(Database &db)
    : m_db(db)
{
}

ChartRunFacts ChartQuery::run(qint64 runId)
{
    ChartRunFacts out;
    {
        Statement st(m_db, "SELECT id, name, status, created_at FROM runs WHERE id = ?1");
        st.bind(1, runId);
        if (!st.step())
            return out;
        out.runId = st.columnInt64(0);
        out.name = st.columnText(1);
        out.status = st.columnText(2);
        out.createdAt = st.columnText(3);
    }
    QHash<qint64, qsizetype> columnIndex;
    {
        Statement st(m_db, LATHE_CHART_TALLY("col.run_id = ?1"));
        st.bind(1, runId).bind(2, QString(kTotal));
        while (st.step()) {
            columnIndex.insert(st.columnInt64(3), out.columns.size());
            out.columns.append(readTally(st));
        }
    }
    // Unsorted reads, sorted here: SQLite would sort a million rows through a temporary b-tree.
    out.latencies.resize(out.columns.size());
    {
        Statement st(m_db,
            "SELECT c.column_id, x.latency_ms FROM run_cases c JOIN results x ON x.case_id = c.id "
            "WHERE c.run_id = ?1 AND x.status = 'ok' AND x.cached = 0 AND x.latency_ms >= 0");
        st.bind(1, runId);
        while (st.step()) {
            const auto it = columnIndex.constFind(st.columnInt64(0));
            if (const double v = st.columnDouble(1); it != columnIndex.cend() && std::isfinite(v))
                out.latencies[*it].push_back(v);
        }
    }
    for (std::vector<double> &v : out.latencies)
        std::sort(v.begin(), v.end());

    // Every scorer's values per column; scorers ranked by their first stored score (lowest id).
    struct Scorer
    {
        qint64 firstId = 0;
        QList<std::vector<double>> values;   // per column
    };
    QHash<QString, Scorer> scorers;
    {
        Statement st(m_db,
            "SELECT s.id, s.scorer, c.column_id, coalesce(s.value, 0), s.details <> '{}' AND "
            "coalesce(json_valid(s.details) AND json_extract(s.details, '$.status') = 'skipped', 0) FROM run_cases c "
            "JOIN results x ON x.case_id = c.id JOIN scores s ON s.case_id = c.id "
            "WHERE c.run_id = ?1 AND x.status = 'ok' AND s.scorer <> ?2");
        st.bind(1, runId).bind(2, QString(kTotal));
        while (st.step()) {
            const auto column = columnIndex.constFind(st.columnInt64(2));
            if (column == columnIndex.cend())
                continue;
            const qint64 id = st.columnInt64(0);
            Scorer &scorer = scorers[st.columnText(1)];
            if (scorer.values.isEmpty()) {
                scorer.firstId = id;
                scorer.values.resize(out.columns.size());
            }
            scorer.firstId = std::min(scorer.firstId, id);
            // A skipped score names its scorer but has no value; so has an infinite one (SQLite
            // stores 1e999), which no chart can place.
            if (const double v = st.columnDouble(3); st.columnInt(4) == 0 && std::isfinite(v))
                scorer.values[*column].push_back(v);
        }
    }
    QList<std::pair<qint64, QString>> order;
    for (const auto &[name, scorer] : scorers.asKeyValueRange())
        order.append({scorer.firstId, name});
    std::sort(order.begin(), order.end());
    for (const auto &[firstId, name] : order) {
        Scorer &scorer = scorers[name];
        for (qsizetype i = 0; i < out.columns.size(); ++i) {
            std::sort(scorer.values[i].begin(), scorer.values[i].end());
            out.scorers.append(ChartScorerValues{name, out.columns[i].columnId, std::move(scorer.values[i])});
        }
    }
    return out;
}

QList<ChartColumnFacts> ChartQuery::promptColumns(const QString &promptName)
{
    QList<ChartColumnFacts> out;
    Statement st(m_db, LATHE_CHART_TALLY("p.name = ?1"));
    st.bind(1, promptName).bind(2, QString(kTotal));
    while (st.step())
        out.append(readTally(st));
    return out;
}

#undef LATHE_CHART_TALLY

} // namespace lathe
