#pragma once

#include <QCoreApplication>
#include <QString>

namespace lathe {

// Which rows of a run's case matrix are shown. One kind at a time, combined (AND) with the
// search text and the tag. The pairwise kinds compare the case verdicts of two run columns
// (A, B) on the same dataset row and repeat: a verdict is pass or fail, an error result is a
// fail, and a case without a verdict (pending, or answered without a pass/fail scorer) never
// counts as changed. Executed in SQLite by CaseMatrixQuery, never in memory.
struct CaseFilter
{
    Q_DECLARE_TR_FUNCTIONS(CaseFilter)
public:
    enum class Kind {
        All,
        FailedAnywhere,   // some column failed the row or answered it with an error
        Errors,           // some column answered the row with an error
        Changed,          // the verdicts of A and B differ
        Regressions,      // passed in A, failed in B
        Improvements,     // failed in A, passed in B
    };

    Kind kind = Kind::All;
    qint64 columnA = 0;   // run column ids, for the pairwise kinds
    qint64 columnB = 0;
    QString search;       // in the row's values, any output or error; case-insensitive
    QString tag;          // rows carrying this tag

    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;

    static bool isPairwise(Kind kind) { return kind == Kind::Changed || kind == Kind::Regressions || kind == Kind::Improvements; }
    // A pairwise kind without two different columns filters nothing.
    bool pairReady() const { return columnA > 0 && columnB > 0 && columnA != columnB; }
    // Something is filtered out.
    bool isActive() const
    {
        return (kind != Kind::All && (!isPairwise(kind) || pairReady())) || !search.isEmpty() || !tag.isEmpty();
    }
    // The name of a kind, as a filter menu shows it.
    static QString kindName(Kind kind);
};

} // namespace lathe
