#include "reviewsession.h"

#include "comparisonmodel.h"

namespace lathe {

ReviewSession::ReviewSession(Database &db, ComparisonModel *model, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_model(model)
{
}

qint64 ReviewSession::caseOf(int row, int output, QString *message) const
{
    const auto rec = m_model->rowRecord(row);
    const qint64 id = rec && output >= 0 && output < rec->cells.size() ? rec->cells.at(output).caseId : 0;
    if (id == 0)
        *message = tr("Output %1 has no case on this row.").arg(QChar(u'A' + output));
    return id;
}

std::optional<Judgement> ReviewSession::prefer(int row, PreferenceChoice choice, QString *message)
{
    const auto rec = m_model->rowRecord(row);
    if (!rec || rec->cells.size() < 2 || rec->cells.at(0).caseId == 0 || rec->cells.at(1).caseId == 0) {
        *message = tr("This row has no answer from both A and B.");
        return std::nullopt;
    }
    StoreError error;
    const auto j = JudgementStore(m_db).recordPreference(rec->cells.at(0).caseId, rec->cells.at(1).caseId, choice,
                                                         QString(), &error);
    if (!j) {
        *message = error.message;
        return std::nullopt;
    }
    m_model->applyJudgement(*j);
    Q_EMIT judgementsChanged();
    return j;
}

bool ReviewSession::clearPreference(int row, QString *message)
{
    const auto rec = m_model->rowRecord(row);
    if (!rec || rec->cells.size() < 2)
        return false;
    StoreError error;
    if (!JudgementStore(m_db).removePreference(rec->cells.at(0).caseId, rec->cells.at(1).caseId, &error)) {
        *message = error.message;
        return false;
    }
    m_model->forgetPreference(rec->cells.at(0).caseId, rec->cells.at(1).caseId);
    Q_EMIT judgementsChanged();
    return true;
}

std::optional<Judgement> ReviewSession::rate(int row, int output, int rating, QString *message)
{
    const qint64 caseId = caseOf(row, output, message);
    if (caseId == 0)
        return std::nullopt;
    StoreError error;
    const auto j = JudgementStore(m_db).recordRating(caseId, rating, &error);
    if (!j) {
        *message = error.message;
        return std::nullopt;
    }
    m_model->applyJudgement(*j);
    Q_EMIT judgementsChanged();
    return j;
}

std::optional<Judgement> ReviewSession::comment(int row, int output, const QString &text, QString *message)
{
    const qint64 caseId = caseOf(row, output, message);
    if (caseId == 0)
        return std::nullopt;
    StoreError error;
    const auto j = JudgementStore(m_db).recordComment(caseId, text, &error);
    if (!j) {
        *message = error.message;
        return std::nullopt;
    }
    m_model->applyJudgement(*j);
    Q_EMIT judgementsChanged();
    return j;
}

} // namespace lathe
