#pragma once

#include "datasetcolumn.h"
#include "runstore.h"
#include "workspaceerror.h"

#include "results/casefilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lathe {

class Database;

// What one case of the matrix shows. The order of the values sorts meaningfully.
enum class CellState { Pending = 0, Pass = 1, Answered = 2, Fail = 3, Error = 4 };

// One scorer's value for one case.
struct MatrixScore
{
    std::optional<double> value;
    std::optional<bool> pass;
};

// One case: a dataset row (and repeat) answered by one run column.
struct MatrixCell
{
    qint64 caseId = 0;
    CellState state = CellState::Pending;
    QString output;                    // the first kPreviewChars characters
    QString error;                     // likewise
    std::optional<double> score;       // the case total (see CaseMatrixQuery)
    double latencyMs = -1;
    QList<MatrixScore> scores;         // per CaseMatrixLayout::scorers entry
};

// One row of the matrix: a dataset row (and repeat) with a cell per run column.
struct MatrixRow
{
    qint64 rowId = 0;
    qint64 position = 0;               // in the dataset version
    int repeat = 0;
    QJsonObject data;                  // column key -> value
    QStringList tags;
    QList<MatrixCell> cells;           // per CaseMatrixLayout::columns entry
};

// The shape of a run's matrix: its columns, the dataset columns of its version and the
// scorers that get a column of their own.
struct CaseMatrixLayout
{
    qint64 runId = 0;
    qint64 datasetVersionId = 0;
    int repeats = 1;
    QList<RunColumnInfo> columns;      // in position order
    QList<DatasetColumn> datasetColumns;
    QStringList scorers;               // without the case total, in order of first appearance

    bool isEmpty() const { return columns.isEmpty(); }
};

// How the matrix is ordered. Ties (and Position) follow the dataset order, then the repeat.
struct CaseMatrixSort
{
    enum class Key { Position, Input, Expected, Output, State, Score, Scorer };
    Key key = Key::Position;
    qint64 columnId = 0;               // Output, State, Score, Scorer: the run column
    QString scorer;                    // Scorer
    bool descending = false;

    friend bool operator==(const CaseMatrixSort &, const CaseMatrixSort &) = default;
};

struct CaseMatrixSpec
{
    qint64 runId = 0;
    CaseFilter filter;
    CaseMatrixSort sort;

    friend bool operator==(const CaseMatrixSpec &, const CaseMatrixSpec &) = default;
};

// Windowed reads of a run's case matrix for a model's loader thread; filtering and sorting run
// in SQLite. It keeps per-view state on its connection (a temporary table), so give it a
// connection of its own, used by no other thread.
//
// A cell's verdict is its stored case total (scorer "_case") when there is one, else whether
// every scorer with a pass/fail verdict passed; an error result is State Error. Its score is
// the case total's value, else the mean of its scorers' values.
//
// prepare() counts the rows of a view. With no filter, in dataset order and a complete plan
// over consecutive positions (as runs are planned), nothing is scanned: a window is a range of
// positions read through an index. Otherwise the view's order is materialised once as
// (position, repeat) in a temporary table and a window is a range of it. A view is a snapshot:
// results stored later show after the next prepare().
class CaseMatrixQuery final
{
    Q_DISABLE_COPY_MOVE(CaseMatrixQuery)
    Q_DECLARE_TR_FUNCTIONS(CaseMatrixQuery)
public:
    static constexpr int kPreviewChars = 400;
    static constexpr int kScorerSample = 2000;   // cases looked at for the scorer list

    explicit CaseMatrixQuery(Database &db);
    ~CaseMatrixQuery();

    // The shape of a run's matrix. The scorer list comes from the scores of the run's first
    // kScorerSample cases, so a scorer only a few later rows use has no column (the case's
    // own scores still list it). NotFound when there is no such run.
    static std::optional<CaseMatrixLayout> layout(Database &db, qint64 runId, WorkspaceError *error = nullptr);

    // The number of rows of a view, or nullopt when it failed or `cancelled` returned true
    // (checked now and then while SQLite works; `error` stays empty then).
    std::optional<qint64> prepare(const CaseMatrixLayout &layout, const CaseMatrixSpec &spec,
                                  const std::function<bool()> &cancelled, WorkspaceError *error = nullptr);
    qint64 rowCount() const { return m_rowCount; }
    bool isMaterialised() const { return m_mode == Mode::Materialised; }
    // Rows [first, first + count) of the prepared view, in view order; fewer at the end.
    QList<MatrixRow> rows(qint64 first, int count, WorkspaceError *error = nullptr);

private:
    enum class Mode { Dense, Materialised };

    bool prepareDense();
    void prepareMaterialised();
    QByteArray filterSql() const;
    QByteArray sortSql() const;
    QByteArray columnKeyPath(ColumnRole role) const;
    // The rows of a window: `from` and `where` select the window's cases `k` (?1 the run, ?2
    // and ?3 the bounds); `ord` is a row's place in the view. Rows outside [first, first +
    // count) are skipped.
    QList<MatrixRow> readWindow(const QByteArray &from, const QByteArray &where, const QByteArray &ord,
                                qint64 lo, qint64 hi, qint64 first, int count);

    Database &m_db;
    CaseMatrixLayout m_layout;
    CaseMatrixSpec m_spec;
    Mode m_mode = Mode::Dense;
    qint64 m_rowCount = 0;
    qint64 m_firstPosition = 0;        // Dense: position of row 0
};

} // namespace lathe
