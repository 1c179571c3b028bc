#pragma once

#include "casefilter.h"
#include "matrixrowcache.h"

#include "workspace/casematrixquery.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QThread>

#include <memory>

namespace lathe {

class CaseMatrixLoader;

// A run's results as a matrix: one row per dataset row (and repeat), then for every run column
// (prompt version x model) a group of columns: Output, Result, Score and one per scorer. Two
// leading columns show the row's input and expected values. It never loads the whole run;
// filtering and sorting run in SQLite on a loader thread (CaseMatrixQuery). Async contract:
//  - setRun(), setFilter(), sort() and refresh() start a new generation of the view. Until its
//    row count arrives (rowCountChanged / loadingChanged), the model keeps its old rows and
//    shows placeholders; then it resets to the new count (and the run's columns).
//  - data() for a row not in the cache returns kPlaceholder (false for LoadedRole, 0 for
//    CaseIdRole) and asks the loader for the window of kWindowSize rows holding it; when it
//    arrives, dataChanged is emitted for that window. Answers of older generations are dropped.
//  - The cache holds at most kCachedWindows windows (least recently used dropped), so the model
//    never holds more than kCachedWindows * kWindowSize rows; maxRowsHeld() says how many it
//    ever held.
class CaseMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kWindowSize = 500;
    static constexpr int kCachedWindows = 5;
    static constexpr int kLeadingColumns = 2;   // Input, Expected
    static constexpr int kFixedGroupColumns = 3; // Output, Result, Score
    static inline const QString kPlaceholder = QStringLiteral("…");

    enum class ColumnKind { Input, Expected, Output, Result, Score, Scorer };

    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64 run_cases.id of the cell's group; 0 elsewhere or not loaded
        CellStateRole,                 // int(CellState) of the cell's case; invalid in leading columns
        PassRole,                      // bool verdict (of the case; of the scorer in scorer columns); invalid when none
        ErrorRole,                     // bool: the case's result is an error
        RawValueRole,                  // double for score columns, text otherwise: what sorting compares
        LoadedRole,                    // bool: the row is in the cache
        RowIdRole,                     // qint64 dataset_rows.id
        RunColumnIdRole,               // qint64 run_columns.id of the cell's (or header's) group; 0 leading
        ColumnGroupRole,               // header: group index, -1 for the leading columns
        ColumnKindRole,                // header: int(ColumnKind)
        GroupTitleRole,                // header: "prompt@2 · model"
        ScorerNameRole,                // header: the scorer of a Scorer column
    };

    explicit CaseMatrixModel(QObject *parent = nullptr);
    ~CaseMatrixModel() override;

    // Shows run `runId` of the workspace file at `workspacePath`, read through a connection of
    // the loader's own. 0 (or an empty path) clears the model.
    void setRun(const QString &workspacePath, qint64 runId);
    void clear() { setRun({}, 0); }
    void setFilter(const CaseFilter &filter);
    // Reads the run again (its columns, scorers and results), keeping the rows shown until the
    // new ones arrive.
    void refresh();

    qint64 runId() const { return m_spec.runId; }
    const CaseFilter &filter() const { return m_spec.filter; }
    const CaseMatrixSort &sortOrder() const { return m_spec.sort; }
    const CaseMatrixLayout &runLayout() const { return m_layout; }
    QStringList tags() const { return m_tags; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

    int groupCount() const { return int(m_layout.columns.size()); }
    int groupWidth() const { return kFixedGroupColumns + int(m_layout.scorers.size()); }
    // -1 for the leading columns.
    int groupOfColumn(int column) const;
    int firstColumnOfGroup(int group) const { return kLeadingColumns + group * groupWidth(); }
    ColumnKind kindOfColumn(int column) const;
    // "prompt@2 · model"
    QString groupTitle(int group) const;
    // The group of run column `columnId`, or -1.
    int groupOfRunColumn(qint64 columnId) const;

    // The loaded row at `row`, or nullptr while it is not in the cache.
    const MatrixRow *rowAt(int row) const { return m_cache.row(row); }
    qint64 rowsHeld() const { return m_cache.rowsHeld(); }
    qint64 maxRowsHeld() const { return m_cache.maxRowsHeld(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts by `column` (-1: dataset order) in SQLite.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A new row count arrived (after a change of view or a refresh).
    void rowCountChanged(qint64 rows);
    void errorOccurred(const QString &message);
    // The distinct tags of the run's dataset rows.
    void tagsChanged(const QStringList &tags);

private:
    void startGeneration(bool reloadLayout, bool resetWhenReady);
    void onPrepared(quint64 generation, const CaseMatrixLayout &layout, qint64 rows, const QString &error);
    void onWindowLoaded(quint64 generation, qint64 window, const QList<MatrixRow> &rows);
    void stopLoader();
    QVariant leadingData(const MatrixRow &row, ColumnKind kind, int role) const;
    QVariant cellData(const MatrixCell &cell, ColumnKind kind, int scorer, qint64 runColumnId, int role) const;
    QString rowValues(const MatrixRow &row, ColumnRole role) const;

    QString m_path;
    CaseMatrixSpec m_spec;
    CaseMatrixLayout m_layout;
    QStringList m_tags;

    QThread m_thread;
    std::unique_ptr<CaseMatrixLoader> m_loader;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_resetWhenReady = false;
    qint64 m_rowCount = 0;
    QString m_error;
    mutable MatrixRowCache m_cache;   // rows of m_generation only
};

} // namespace lathe
