#include "scorestore.h"

#include "database.h"
#include "datasetstore.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lathe {

namespace {

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<double> optionalReal(const Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<double>(st.columnDouble(column));
}

} // namespace

ScoreStore::ScoreStore(Database &db)
    : m_db(db)
{
}

std::optional<RunScoringContext> ScoreStore::context(qint64 runId, StoreError *error)
{
    Statement st(m_db,
        "SELECT r.config, coalesce(r.dataset_version_id, 0), coalesce(v.dataset_id, 0), coalesce(d.default_scorers, '[]'), "
        "(SELECT count(*) FROM run_cases c WHERE c.run_id = r.id) "
        "FROM runs r LEFT JOIN dataset_versions v ON v.id = r.dataset_version_id "
        "LEFT JOIN datasets d ON d.id = v.dataset_id WHERE r.id = ?");
    st.bind(1, runId);
    if (!st.step()) {
        error->set(StoreError::NotFound, tr("Run %1 does not exist.").arg(runId));
        return std::nullopt;
    }
    RunScoringContext c;
    c.runId = runId;
    c.datasetVersionId = st.columnInt64(1);
    c.datasetId = st.columnInt64(2);
    c.datasetScorers = parse(st.columnBlob(3));
    c.caseCount = st.columnInt64(4);
    c.runScorers = parse(st.columnBlob(0)).toObject().value(QStringLiteral("scorers"));
    if (c.datasetVersionId > 0)
        c.columns = DatasetStore(m_db).columns(c.datasetVersionId);
    return c;
}

QList<ScoringCase> ScoreStore::cases(qint64 runId, qint64 afterCaseId, int limit)
{
    QList<ScoringCase> out;
    Statement st(m_db,
        "SELECT c.id, c.column_id, c.row_id, c.repeat, x.status, x.output, x.latency_ms, x.ttft_ms, "
        "x.prompt_tokens, x.completion_tokens, x.cost, x.cached, dr.data, dr.scorers "
        "FROM run_cases c JOIN dataset_rows dr ON dr.id = c.row_id "
        "LEFT JOIN results x ON x.case_id = c.id "
        "WHERE c.run_id = ? AND c.id > ? ORDER BY c.id LIMIT ?");
    st.bind(1, runId).bind(2, afterCaseId).bind(3, qint64(limit));
    while (st.step()) {
        ScoringCase c;
        c.caseId = st.columnInt64(0);
        c.columnId = st.columnInt64(1);
        c.rowId = st.columnInt64(2);
        c.repeat = st.columnInt(3);
        c.answered = !st.isNull(4);
        c.ok = st.columnText(4) == QLatin1StringView("ok");
        c.output = st.columnText(5);
        c.latencyMs = optionalReal(st, 6).value_or(-1);
        c.ttftMs = optionalReal(st, 7).value_or(-1);
        c.promptTokens = st.columnOptionalInt64(8).value_or(-1);
        c.completionTokens = st.columnOptionalInt64(9).value_or(-1);
        c.cost = optionalReal(st, 10).value_or(-1);
        c.cached = st.columnInt(11) != 0;
        c.rowData = QJsonDocument::fromJson(st.columnBlob(12)).object();
        c.rowScorers = parse(st.columnBlob(13));
        out.append(std::move(c));
    }
    return out;
}

bool ScoreStore::replaceScores(const QList<qint64> &caseIds, const QList<StoredScore> &scores, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement del(m_db, "DELETE FROM scores WHERE case_id = ?");
        for (const qint64 id : caseIds)
            del.bind(1, id).exec();
        Statement ins(m_db,
            "INSERT INTO scores (case_id, scorer, value, pass, reason, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        const QString now = Workspace::nowUtc();
        for (const StoredScore &s : scores) {
            ins.bind(1, s.caseId).bind(2, s.scorer);
            if (s.value && std::isfinite(*s.value))
                ins.bind(3, *s.value);
            else
                ins.bindNull(3);
            if (s.pass)
                ins.bind(4, *s.pass ? 1 : 0);
            else
                ins.bindNull(4);
            ins.bind(5, s.reason.isNull() ? QStringLiteral("") : s.reason).bind(6, compact(s.details)).bind(7, now);
            ins.exec();
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

QList<StoredScore> ScoreStore::caseScores(qint64 caseId)
{
    QList<StoredScore> out;
    Statement st(m_db, "SELECT scorer, value, pass, reason, details FROM scores WHERE case_id = ? ORDER BY id");
    st.bind(1, caseId);
    while (st.step()) {
        StoredScore s;
        s.caseId = caseId;
        s.scorer = st.columnText(0);
        s.value = optionalReal(st, 1);
        if (!st.isNull(2))
            s.pass = st.columnInt(2) != 0;
        s.reason = st.columnText(3);
        s.details = QJsonDocument::fromJson(st.columnBlob(4)).object();
        out.append(std::move(s));
    }
    return out;
}

qint64 ScoreStore::scoreCount(qint64 runId)
{
    Statement st(m_db, "SELECT count(*) FROM scores s JOIN run_cases c ON c.id = s.case_id WHERE c.run_id = ?");
    st.bind(1, runId);
    st.step();
    return st.columnInt64(0);
}

qint64 ScoreStore::rowsWithScorers(qint64 versionId)
{
    Statement st(m_db,
        "SELECT count(*) FROM dataset_version_rows m JOIN dataset_rows r ON r.id = m.row_id "
        "WHERE m.version_id = ? AND r.scorers NOT IN ('', '[]')");
    st.bind(1, versionId);
    st.step();
    return st.columnInt64(0);
}

bool ScoreStore::setDatasetScorers(qint64 datasetId, const QJsonValue &scorers, StoreError *error)
{
    if (!scorers.isArray()) {
        error->set(StoreError::Invalid, tr("A dataset's default scorers are a list."));
        return false;
    }
    try {
        Transaction tx(m_db);
        Statement st(m_db, "UPDATE datasets SET default_scorers = ? WHERE id = ?");
        st.bind(1, compact(scorers)).bind(2, datasetId).exec();
        if (m_db.changes() != 1) {
            error->set(StoreError::NotFound, tr("The dataset no longer exists."));
            return false;
        }
        Statement log(m_db, "INSERT INTO activity (at, kind, summary, details) VALUES (?, 'dataset.scorers', ?, ?)");
        log.bind(1, Workspace::nowUtc())
            .bind(2, tr("Set %n default scorer(s)", nullptr, int(scorers.toArray().size())))
            .bind(3, compact(QJsonObject{{QStringLiteral("dataset_id"), datasetId},
                                         {QStringLiteral("scorers"), scorers.toArray().size()}}))
            .exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

bool ScoreStore::setRunScorers(qint64 runId, const QJsonValue &scorers, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement read(m_db, "SELECT config FROM runs WHERE id = ?");
        read.bind(1, runId);
        if (!read.step()) {
            error->set(StoreError::NotFound, tr("Run %1 does not exist.").arg(runId));
            return false;
        }
        QJsonObject config = QJsonDocument::fromJson(read.columnBlob(0)).object();
        if (scorers.isUndefined() || scorers.isNull())
            config.remove(QStringLiteral("scorers"));
        else
            config.insert(QStringLiteral("scorers"), scorers);
        Statement st(m_db, "UPDATE runs SET config = ? WHERE id = ?");
        st.bind(1, compact(config)).bind(2, runId).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

bool ScoreStore::logRescore(qint64 runId, const QJsonObject &details, StoreError *error)
{
    try {
        QJsonObject d = details;
        d.insert(QStringLiteral("run_id"), runId);
        Statement log(m_db, "INSERT INTO activity (at, kind, summary, details) VALUES (?, 'run.score', ?, ?)");
        log.bind(1, Workspace::nowUtc()).bind(2, tr("Scored run %1").arg(runId)).bind(3, compact(d)).exec();
        return true;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return false;
    }
}

} // namespace lathe
