#include "runstore.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace lathe {
namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr const char *kRunColumns =
    "SELECT r.id, r.name, r.status, coalesce(r.dataset_version_id, 0), r.config, r.created_at, "
    "coalesce(r.started_at, ''), coalesce(r.finished_at, ''), "
    "(SELECT count(*) FROM run_cases c WHERE c.run_id = r.id), "
    "(SELECT count(*) FROM run_cases c JOIN results x ON x.case_id = c.id WHERE c.run_id = r.id AND x.status = 'ok'), "
    "(SELECT count(*) FROM run_cases c JOIN results x ON x.case_id = c.id WHERE c.run_id = r.id AND x.status = 'error') "
    "FROM runs r ";

RunInfo readRun(Statement &st)
{
    return RunInfo{st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnInt64(3), object(st.columnText(4)),
                   st.columnText(5), st.columnText(6), st.columnText(7), st.columnInt64(8), st.columnInt64(9),
                   st.columnInt64(10)};
}

} // namespace

RunStore::RunStore(Database &db)
    : m_db(db)
{
}

std::optional<qint64> RunStore::createRun(const RunSpec &spec, StoreError *error)
{
    if (spec.columns.isEmpty()) {
        error->set(StoreError::Invalid, tr("A run needs at least one prompt version and model."));
        return std::nullopt;
    }
    if (spec.repeats < 1 || spec.repeats > 100) {
        error->set(StoreError::Invalid, tr("Repeats must be between 1 and 100."));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        QJsonObject config = spec.config;
        config.insert(QStringLiteral("tag"), spec.tag);
        config.insert(QStringLiteral("repeats"), spec.repeats);
        config.insert(QStringLiteral("use_cache"), spec.useCache);
        Statement run(m_db, "INSERT INTO runs (name, status, dataset_version_id, config, created_at) VALUES (?, 'planned', ?, ?, ?)");
        run.bind(1, spec.name.isNull() ? QStringLiteral("") : spec.name).bind(2, spec.datasetVersionId).bind(3, json(config)).bind(4, Workspace::nowUtc()).exec();
        const qint64 runId = m_db.lastInsertId();

        Statement freeze(m_db, "UPDATE dataset_versions SET frozen = 1 WHERE id = ?");
        freeze.bind(1, spec.datasetVersionId).exec();
        if (m_db.changes() != 1) {
            error->set(StoreError::NotFound, tr("The dataset version no longer exists."));
            return std::nullopt;
        }

        Statement col(m_db, "INSERT INTO run_columns (run_id, position, prompt_version_id, provider_id, provider_snapshot, "
                            "model, params) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Statement plan(m_db,
            "INSERT INTO run_cases (run_id, column_id, row_id, row_position, repeat) "
            "SELECT ?1, ?2, vr.row_id, vr.position, rep.value FROM dataset_version_rows vr "
            "JOIN dataset_rows dr ON dr.id = vr.row_id "
            "JOIN (WITH RECURSIVE n(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM n WHERE value + 1 < ?3) "
            "      SELECT value FROM n) rep "
            "WHERE vr.version_id = ?4 AND (?5 = '' OR EXISTS (SELECT 1 FROM json_each(dr.tags) t WHERE t.value = ?5)) "
            "ORDER BY vr.position, rep.value");
        int position = 0;
        for (const RunColumnSpec &c : spec.columns) {
            col.bind(1, runId).bind(2, position++).bind(3, c.promptVersionId)
                .bind(4, c.providerId > 0 ? std::optional<qint64>(c.providerId) : std::nullopt)
                .bind(5, json(c.providerSnapshot)).bind(6, c.model).bind(7, json(c.params));
            col.exec();
            plan.bind(1, runId).bind(2, m_db.lastInsertId()).bind(3, spec.repeats).bind(4, spec.datasetVersionId)
                .bind(5, spec.tag.isNull() ? QStringLiteral("") : spec.tag);
            plan.exec();
        }
        tx.commit();
        return runId;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return std::nullopt;
    }
}

QList<RunInfo> RunStore::list()
{
    QList<RunInfo> out;
    const QByteArray sql = QByteArray(kRunColumns) + "ORDER BY r.id DESC";
    Statement st(m_db, sql.constData());
    while (st.step())
        out.append(readRun(st));
    return out;
}

std::optional<RunInfo> RunStore::find(qint64 runId)
{
    const QByteArray sql = QByteArray(kRunColumns) + "WHERE r.id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, runId);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

QList<RunColumnInfo> RunStore::columns(qint64 runId)
{
    QList<RunColumnInfo> out;
    Statement st(m_db,
        "SELECT c.id, c.position, c.prompt_version_id, p.name, v.number, coalesce(c.provider_id, 0), c.model, c.params, "
        "c.provider_snapshot FROM run_columns c JOIN prompt_versions v ON v.id = c.prompt_version_id "
        "JOIN prompts p ON p.id = v.prompt_id WHERE c.run_id = ? ORDER BY c.position");
    st.bind(1, runId);
    while (st.step())
        out.append({st.columnInt64(0), st.columnInt(1), st.columnInt64(2), st.columnText(3), st.columnInt(4),
                    st.columnInt64(5), st.columnText(6), object(st.columnText(7)), object(st.columnText(8))});
    return out;
}

QList<CaseWork> RunStore::pendingCases(qint64 runId, bool includeFailed)
{
    QList<CaseWork> out;
    Statement st(m_db,
        "SELECT c.id, c.column_id, c.row_id, c.row_position, c.repeat FROM run_cases c "
        "JOIN run_columns col ON col.id = c.column_id "
        "LEFT JOIN results r ON r.case_id = c.id "
        "WHERE c.run_id = ? AND (r.case_id IS NULL OR (? AND r.status = 'error')) "
        "ORDER BY c.row_position, col.position, c.repeat");
    st.bind(1, runId).bind(2, includeFailed ? 1 : 0);
    while (st.step())
        out.append({st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt64(3), st.columnInt(4)});
    return out;
}

bool RunStore::setStatus(qint64 runId, const QString &status, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db,
            "UPDATE runs SET status = ?1, "
            "started_at = CASE WHEN ?1 = 'running' AND started_at IS NULL THEN ?2 ELSE started_at END, "
            "finished_at = CASE WHEN ?1 IN ('completed', 'cancelled', 'failed') THEN ?2 "
            "                   WHEN ?1 = 'running' THEN NULL ELSE finished_at END WHERE id = ?3");
        st.bind(1, status).bind(2, Workspace::nowUtc()).bind(3, runId).exec();
        if (m_db.changes() != 1) {
            error->set(StoreError::NotFound, tr("Run %1 does not exist.").arg(runId));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool RunStore::writeResults(const QList<CaseResult> &results, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db,
            "INSERT OR REPLACE INTO results (case_id, status, output, error, http_status, finish_reason, latency_ms, "
            "ttft_ms, prompt_tokens, completion_tokens, cost, cached, attempts, request_hash, request, response, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString now = Workspace::nowUtc();
        for (const CaseResult &r : results) {
            st.bind(1, r.caseId).bind(2, r.ok ? QStringLiteral("ok") : QStringLiteral("error"))
                .bind(3, r.output).bind(4, r.error);
            if (r.httpStatus > 0) st.bind(5, r.httpStatus); else st.bindNull(5);
            st.bind(6, r.finishReason).bind(7, r.latencyMs);
            if (r.ttftMs >= 0) st.bind(8, r.ttftMs); else st.bindNull(8);
            if (r.promptTokens >= 0) st.bind(9, r.promptTokens); else st.bindNull(9);
            if (r.completionTokens >= 0) st.bind(10, r.completionTokens); else st.bindNull(10);
            if (r.cost >= 0) st.bind(11, r.cost); else st.bindNull(11);
            st.bind(12, r.cached ? 1 : 0).bind(13, r.attempts).bind(14, r.requestHash).bind(15, r.request)
                .bind(16, r.response).bind(17, now);
            st.exec();
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

std::optional<QJsonObject> RunStore::cachedResponse(const QString &key)
{
    Statement st(m_db, "SELECT response FROM response_cache WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return object(st.columnText(0));
}

bool RunStore::storeCachedResponse(const QString &key, const QJsonObject &response, StoreError *error)
{
    try {
        Statement st(m_db, "INSERT OR REPLACE INTO response_cache (key, response, created_at) VALUES (?, ?, ?)");
        st.bind(1, key).bind(2, json(response)).bind(3, Workspace::nowUtc()).exec();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

} // namespace lathe
