#pragma once

#include "eval/stats/bootstrap.h"
#include "eval/stats/mcnemar.h"
#include "eval/stats/pairedbootstrap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace lathe {

class Database;
struct RunColumnInfo;

// One side of a compared case: a planned case of one run column with its result and the
// case total (ScorerSuite::kTotalName) when it was scored. Value type.
struct ComparableCase
{
    enum class State { Pending, Ok, Error };

    qint64 caseId = 0;
    qint64 rowId = 0;             // dataset row: the pairing key across runs, with repeat
    qint64 rowPosition = 0;
    int repeat = 0;
    State state = State::Pending;
    QString output;
    QString error;
    std::optional<bool> pass;     // the case total's verdict
    std::optional<double> score;  // the case total's value
};

// How the candidate did on a case compared with the baseline. A case whose pass/fail verdict
// differs is Improved or Regressed by that verdict; otherwise by the total score when the
// two differ by more than the epsilon; otherwise Unchanged. NotJudged: either side has no
// verdict (pending, or answered but never scored). An error result counts as a fail worth 0.
enum class CaseChange { Improved, Regressed, Unchanged, NotJudged };

struct ComparedCase
{
    qint64 rowId = 0;
    qint64 rowPosition = 0;       // the baseline's
    int repeat = 0;
    ComparableCase baseline;
    ComparableCase candidate;
    CaseChange change = CaseChange::NotJudged;
    bool passChanged = false;     // decided by the pass/fail verdicts (else by score)
};

// Two columns compared case by case. Counts cover the paired cases; McNemar's test uses the
// pass/fail verdicts of the judged pairs (b = passed only in the baseline, c = passed only in
// the candidate), the paired bootstrap the total scores of the judged pairs (candidate minus
// baseline, seeded).
struct RunComparisonResult
{
    QList<ComparedCase> cases;    // paired cases, in the baseline's (row position, repeat) order
    qint64 improved = 0;
    qint64 regressed = 0;
    qint64 unchanged = 0;
    qint64 notJudged = 0;
    qint64 onlyBaseline = 0;      // cases without a partner (other rows, tags or repeats)
    qint64 onlyCandidate = 0;
    McNemarResult mcnemar;
    PairedComparison score;

    qint64 count(CaseChange change) const;
    qint64 judged() const { return improved + regressed + unchanged; }
    // McNemar p < alpha and more cases went from pass to fail than from fail to pass: the
    // rule `lathe-cli eval --baseline` fails on.
    bool isSignificantRegression(double alpha = 0.05) const;
};

// A column of a stored run, one side of a comparison.
struct ColumnRef
{
    qint64 runId = 0;
    qint64 columnId = 0;          // 0: choose by matching (see RunComparison::load)

    friend bool operator==(const ColumnRef &, const ColumnRef &) = default;
};

// Compares two run columns case by case: two runs of the same dataset (paired by dataset row
// and repeat, so different versions of one dataset pair on the rows they share), or two
// columns of one run. compare() is pure and deterministic for given options.
class RunComparison final
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)
public:
    struct Options
    {
        double epsilon = 1e-9;              // score differences up to this are no change
        Bootstrap::Options bootstrap;
    };

    RunComparison() = default;
    explicit RunComparison(const Options &options) : m_options(options) {}

    const Options &options() const { return m_options; }

    RunComparisonResult compare(const QList<ComparableCase> &baseline, const QList<ComparableCase> &candidate) const;
    static CaseChange classify(const ComparableCase &baseline, const ComparableCase &candidate, double epsilon,
                               bool *passChanged = nullptr);

    // Columns of runs A and B answering the same prompt version with the same model, as
    // (column of A, column of B), in A's column order.
    static QList<std::pair<qint64, qint64>> matchColumns(const QList<RunColumnInfo> &a, const QList<RunColumnInfo> &b);

    // Reads and compares two columns. A columnId of 0 is chosen: for two runs, the first pair
    // matchColumns() finds, else (one column each) those two; within one run, columns 1 and 2.
    // Fails (nullopt, *error set) when a run or column does not exist, the runs answer
    // different datasets, or no column pair can be chosen. SqlError propagates.
    std::optional<RunComparisonResult> load(Database &db, ColumnRef baseline, ColumnRef candidate,
                                            QString *error) const;
    // The column pair load() would compare, or nullopt with *error set.
    static std::optional<std::pair<ColumnRef, ColumnRef>> resolve(Database &db, ColumnRef baseline,
                                                                  ColumnRef candidate, QString *error);

private:
    Options m_options;
};

} // namespace lathe
