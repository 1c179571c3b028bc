#include "judgementstore.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

namespace lathe {
namespace {

// Columns 0-12 of every judgement read; the caller adds WHERE/ORDER BY.
constexpr const char *kSelect =
    "SELECT j.id, j.run_id, j.kind, j.case_a, coalesce(j.case_b, 0), coalesce(j.choice, ''), j.rating, j.comment, "
    "j.created_at, ca.column_id, coalesce(cb.column_id, 0), ca.row_position, ca.repeat "
    "FROM judgements j JOIN run_cases ca ON ca.id = j.case_a LEFT JOIN run_cases cb ON cb.id = j.case_b ";

Judgement readJudgement(const Statement &st)
{
    Judgement j;
    j.id = st.columnInt64(0);
    j.runId = st.columnInt64(1);
    j.kind = st.columnText(2) == QLatin1StringView("preference") ? JudgementKind::Preference : JudgementKind::Rating;
    j.caseA = st.columnInt64(3);
    j.caseB = st.columnInt64(4);
    j.choice = Judgement::choiceFromName(st.columnText(5)).value_or(PreferenceChoice::Tie);
    if (!st.isNull(6))
        j.rating = st.columnInt(6);
    j.comment = st.columnText(7);
    j.createdAt = st.columnText(8);
    j.columnA = st.columnInt64(9);
    j.columnB = st.columnInt64(10);
    j.rowPosition = st.columnInt64(11);
    j.repeat = st.columnInt(12);
    return j;
}

} // namespace

QString Judgement::choiceName(PreferenceChoice choice)
{
    switch (choice) {
    case PreferenceChoice::A: return QStringLiteral("a");
    case PreferenceChoice::B: return QStringLiteral("b");
    case PreferenceChoice::Tie: return QStringLiteral("tie");
    case PreferenceChoice::BothBad: return QStringLiteral("both_bad");
    }
    return {};
}

std::optional<PreferenceChoice> Judgement::choiceFromName(QStringView name)
{
    for (const PreferenceChoice c : {PreferenceChoice::A, PreferenceChoice::B, PreferenceChoice::Tie, PreferenceChoice::BothBad}) {
        if (name == choiceName(c))
            return c;
    }
    return std::nullopt;
}

PreferenceChoice Judgement::swapped(PreferenceChoice choice)
{
    if (choice == PreferenceChoice::A)
        return PreferenceChoice::B;
    if (choice == PreferenceChoice::B)
        return PreferenceChoice::A;
    return choice;
}

JudgementStore::JudgementStore(Database &db)
    : m_db(db)
{
}

bool JudgementStore::checkWritable(StoreError *error)
{
    if (!m_db.isReadOnly())
        return true;
    error->set(StoreError::ReadOnly, tr("The workspace is open read-only; judgements cannot be stored."));
    return false;
}

std::optional<JudgementStore::CaseInfo> JudgementStore::caseInfo(qint64 caseId, StoreError *error)
{
    Statement st(m_db, "SELECT run_id, column_id, row_position, repeat FROM run_cases WHERE id = ?");
    st.bind(1, caseId);
    if (!st.step()) {
        error->set(StoreError::NotFound, tr("Case %1 does not exist.").arg(caseId));
        return std::nullopt;
    }
    return CaseInfo{st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt(3)};
}

std::optional<Judgement> JudgementStore::recordPreference(qint64 caseA, qint64 caseB, PreferenceChoice choice,
                                                          const QString &comment, StoreError *error)
{
    if (!checkWritable(error))
        return std::nullopt;
    try {
        const auto a = caseInfo(caseA, error);
        const auto b = a ? caseInfo(caseB, error) : std::nullopt;
        if (!a || !b)
            return std::nullopt;
        if (a->runId != b->runId || a->rowPosition != b->rowPosition || a->repeat != b->repeat
            || a->columnId == b->columnId) {
            error->set(StoreError::Invalid,
                       tr("Cases %1 and %2 are not two columns' answers to the same row.").arg(caseA).arg(caseB));
            return std::nullopt;
        }
        Transaction tx(m_db);
        Statement del(m_db,
            "DELETE FROM judgements WHERE kind = 'preference' AND ((case_a = ?1 AND case_b = ?2) OR (case_a = ?2 AND case_b = ?1))");
        del.bind(1, caseA).bind(2, caseB).exec();
        Statement ins(m_db,
            "INSERT INTO judgements (run_id, kind, case_a, case_b, choice, comment, created_at) "
            "VALUES (?, 'preference', ?, ?, ?, ?, ?)");
        ins.bind(1, a->runId).bind(2, caseA).bind(3, caseB).bind(4, Judgement::choiceName(choice))
            .bind(5, comment.isNull() ? QStringLiteral("") : comment).bind(6, Workspace::nowUtc()).exec();
        const qint64 id = m_db.lastInsertId();
        tx.commit();
        return find(id);
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return std::nullopt;
    }
}

std::optional<Judgement> JudgementStore::recordRating(qint64 caseId, int rating, StoreError *error)
{
    if (rating < 1 || rating > 5) {
        error->set(StoreError::Invalid, tr("A rating is a whole number from 1 to 5, not %1.").arg(rating));
        return std::nullopt;
    }
    const std::optional<int> value = rating;
    return writeRating(caseId, &value, nullptr, error);
}

std::optional<Judgement> JudgementStore::recordComment(qint64 caseId, const QString &comment, StoreError *error)
{
    return writeRating(caseId, nullptr, &comment, error);
}

std::optional<Judgement> JudgementStore::writeRating(qint64 caseId, const std::optional<int> *newRating,
                                                     const QString *newComment, StoreError *error)
{
    if (!checkWritable(error))
        return std::nullopt;
    try {
        const auto info = caseInfo(caseId, error);
        if (!info)
            return std::nullopt;
        Transaction tx(m_db);
        const std::optional<Judgement> existing = ratingOf(caseId);
        int rating = 0;   // 0: none
        if (newRating)
            rating = newRating->value_or(0);
        else if (existing)
            rating = existing->rating.value_or(0);
        const QString comment = newComment ? *newComment : existing ? existing->comment : QString();
        Statement del(m_db, "DELETE FROM judgements WHERE kind = 'rating' AND case_a = ?");
        del.bind(1, caseId).exec();
        if (rating == 0 && comment.isEmpty()) {
            tx.commit();
            return Judgement{0, info->runId, JudgementKind::Rating, caseId, 0, PreferenceChoice::Tie, std::nullopt,
                             QString(), Workspace::nowUtc(), info->columnId, 0, info->rowPosition, info->repeat};
        }
        Statement ins(m_db,
            "INSERT INTO judgements (run_id, kind, case_a, rating, comment, created_at) VALUES (?, 'rating', ?, ?, ?, ?)");
        ins.bind(1, info->runId).bind(2, caseId).bind(3, rating > 0 ? std::optional<qint64>(rating) : std::nullopt);
        ins.bind(4, comment.isNull() ? QStringLiteral("") : comment).bind(5, Workspace::nowUtc()).exec();
        const qint64 id = m_db.lastInsertId();
        tx.commit();
        return find(id);
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return std::nullopt;
    }
}

bool JudgementStore::removePreference(qint64 caseA, qint64 caseB, StoreError *error)
{
    if (!checkWritable(error))
        return false;
    try {
        Transaction tx(m_db);
        Statement del(m_db,
            "DELETE FROM judgements WHERE kind = 'preference' AND ((case_a = ?1 AND case_b = ?2) OR (case_a = ?2 AND case_b = ?1))");
        del.bind(1, caseA).bind(2, caseB).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

bool JudgementStore::removeRating(qint64 caseId, StoreError *error)
{
    const std::optional<int> none;
    const QString empty;
    return writeRating(caseId, &none, &empty, error).has_value();
}

bool JudgementStore::remove(qint64 judgementId, StoreError *error)
{
    if (!checkWritable(error))
        return false;
    try {
        Transaction tx(m_db);
        Statement del(m_db, "DELETE FROM judgements WHERE id = ?");
        del.bind(1, judgementId).exec();
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

QList<Judgement> JudgementStore::list(qint64 runId)
{
    QList<Judgement> out;
    const QByteArray sql = QByteArray(kSelect) + "WHERE j.run_id = ? ORDER BY j.created_at, j.id";
    Statement st(m_db, sql.constData());
    st.bind(1, runId);
    while (st.step())
        out.append(readJudgement(st));
    return out;
}

std::optional<Judgement> JudgementStore::find(qint64 judgementId)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE j.id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, judgementId);
    if (!st.step())
        return std::nullopt;
    return readJudgement(st);
}

std::optional<Judgement> JudgementStore::ratingOf(qint64 caseId)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE j.kind = 'rating' AND j.case_a = ? ORDER BY j.id DESC LIMIT 1";
    Statement st(m_db, sql.constData());
    st.bind(1, caseId);
    if (!st.step())
        return std::nullopt;
    return readJudgement(st);
}

} // namespace lathe
