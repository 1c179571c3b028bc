#pragma once

#include "workspace/judgementstore.h"

#include <QObject>

#include <optional>

namespace lathe {

class ComparisonModel;
class Database;

// The votes of a review session on a ComparisonModel's rows: each call stores the judgement at
// once (JudgementStore, one transaction, stamped with its time), hands the stored row to the
// model so the table shows it, and emits judgementsChanged(). Failures (read-only workspace, a
// row without both cases) leave everything unchanged and say why in *message.
//
// "Output" indexes are positions among the model's chosen columns (0 = A); the preference is
// always between outputs A and B.
class ReviewSession final : public QObject
{
    Q_OBJECT
public:
    ReviewSession(Database &db, ComparisonModel *model, QObject *parent = nullptr);

    std::optional<Judgement> prefer(int row, PreferenceChoice choice, QString *message);
    bool clearPreference(int row, QString *message);
    std::optional<Judgement> rate(int row, int output, int rating, QString *message);
    // An empty comment removes the comment (and the row, when the output has no rating).
    std::optional<Judgement> comment(int row, int output, const QString &text, QString *message);

Q_SIGNALS:
    void judgementsChanged();

private:
    qint64 caseOf(int row, int output, QString *message) const;

    Database &m_db;
    ComparisonModel *m_model;
};

} // namespace lathe
