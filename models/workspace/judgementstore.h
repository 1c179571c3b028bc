#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

enum class JudgementKind : quint8 { Preference, Rating };

// A pairwise verdict: case A better, case B better, both equally good, or both bad.
enum class PreferenceChoice : quint8 { A, B, Tie, BothBad };

// One row of the judgements table, with where its cases sit in the run.
//
// A preference compares case A with case B (two columns' answers to the same dataset row). A
// rating row holds the 1-5 rating and/or the comment of one output (case A; rating empty for a
// comment alone): each case has at most one rating row, so a rating and a comment given
// separately end up in the same row.
struct Judgement
{
    qint64 id = 0;
    qint64 runId = 0;
    JudgementKind kind = JudgementKind::Rating;
    qint64 caseA = 0;
    qint64 caseB = 0;                 // 0 for a rating
    PreferenceChoice choice = PreferenceChoice::Tie;   // preferences only
    std::optional<int> rating;        // ratings only: 1-5, empty for a comment alone
    QString comment;
    QString createdAt;                // ISO-8601 UTC of the last change

    qint64 columnA = 0;               // run_columns id of case A
    qint64 columnB = 0;               // of case B; 0 for a rating
    qint64 rowPosition = 0;           // dataset position and repeat of case A (and so of B)
    int repeat = 0;

    static QString choiceName(PreferenceChoice choice);   // "a", "b", "tie", "both_bad"
    static std::optional<PreferenceChoice> choiceFromName(QStringView name);
    // The same verdict seen from the other side (A <-> B; tie and both bad stay).
    static PreferenceChoice swapped(PreferenceChoice choice);
};

// Human judgements of a run's outputs. Runs on the caller's thread and connection. Reads throw
// SqlError; writes report failures through `error` (read-only workspace, unknown cases, cases
// of different runs or rows, a rating outside 1-5), each one transaction stamped with the time.
class JudgementStore final
{
    Q_DECLARE_TR_FUNCTIONS(JudgementStore)
public:
    explicit JudgementStore(Database &db);

    // Stores the verdict on case A vs case B, replacing any earlier preference on the same two
    // cases (in either order). Both cases must answer the same dataset row and repeat in
    // different columns of one run.
    std::optional<Judgement> recordPreference(qint64 caseA, qint64 caseB, PreferenceChoice choice,
                                              const QString &comment, StoreError *error);
    // Sets the rating (1-5) of one output, keeping its comment.
    std::optional<Judgement> recordRating(qint64 caseId, int rating, StoreError *error);
    // Sets the comment of one output, keeping its rating. An empty comment on an output without a
    // rating removes the row.
    std::optional<Judgement> recordComment(qint64 caseId, const QString &comment, StoreError *error);

    // Removes the preference on the two cases (either order); true when there was none.
    bool removePreference(qint64 caseA, qint64 caseB, StoreError *error);
    // Removes the rating and comment of one output.
    bool removeRating(qint64 caseId, StoreError *error);
    bool remove(qint64 judgementId, StoreError *error);

    // Every judgement of a run, oldest change first.
    QList<Judgement> list(qint64 runId);
    std::optional<Judgement> find(qint64 judgementId);
    // The rating row of one case, if it has one.
    std::optional<Judgement> ratingOf(qint64 caseId);

private:
    struct CaseInfo
    {
        qint64 runId = 0;
        qint64 columnId = 0;
        qint64 rowPosition = 0;
        int repeat = 0;
    };
    std::optional<CaseInfo> caseInfo(qint64 caseId, StoreError *error);
    bool checkWritable(StoreError *error);
    // Replaces the rating row of a case; a null pointer keeps the stored rating or comment.
    std::optional<Judgement> writeRating(qint64 caseId, const std::optional<int> *newRating,
                                         const QString *newComment, StoreError *error);

    Database &m_db;
};

} // namespace lathe
