#pragma once

#include "workspace/comparisonquery.h"
#include "workspace/judgementstore.h"
#include "workspace/runstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace lathe {

class Database;

// The rows of a side-by-side comparison: one per dataset row (and repeat) of a run, with the
// outputs of 2-4 chosen run columns and the human judgements on them.
//
// Table columns: "#" (dataset position, 1-based), the row's variables, its expected answer, one
// output column per chosen run column (A, B, C, D), and the judgement. Opening a run reads only
// the row keys (position, repeat, dataset row: one pass over the run's case index); rows with
// their texts are read in pages of pageSize() by index range when first asked for, and at most
// maxCachedPages() pages are kept (least recently used dropped), so memory stays bounded. Judgements of the run (small: one per human vote) are held
// in memory and updated through applyJudgement()/forget*() as the view stores them.
//
// GUI thread; the Database connection must outlive the model. Pages are read on the caller's
// connection; a read failure shows the row empty (lastError() says why).
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn = 0, InputColumn, ExpectedColumn, FirstOutputColumn };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // output columns: the case id (qint64), 0 when missing
        OutputRole,                    // output columns: the full output text
        ErrorRole,                     // output columns: the error text of an error result
        PassRole,                      // output columns: bool verdict, invalid without one
        RatingRole,                    // output columns: the 1-5 rating, invalid without one
        CommentRole,                   // output columns: the reviewer's comment
        FullTextRole,                  // input/expected columns: the whole text
        PreferenceRole,                // any column: the first pair's choice name ("a", "b", "tie",
                                       // "both_bad", oriented so "a" is the first chosen column)
    };

    explicit ComparisonModel(Database &db, QObject *parent = nullptr);

    // Reads the run's columns, row count and judgements and shows its first two columns.
    bool setRun(qint64 runId, QString *error);
    qint64 runId() const { return m_runId; }
    const QList<RunColumnInfo> &runColumns() const { return m_runColumns; }
    // Chooses 2-4 distinct columns of the run (run_columns ids), in display order; false (and
    // nothing changes) for any other list.
    bool setColumns(const QList<qint64> &columnIds);
    const QList<qint64> &columns() const { return m_columns; }
    // "qa@2 · model-b" for a run column id.
    QString columnLabel(qint64 columnId) const;
    // The table column showing output `index` (0 = A), and the judgement column.
    static int outputColumn(int index) { return FirstOutputColumn + index; }
    int judgementColumn() const { return FirstOutputColumn + int(m_columns.size()); }

    // Row access for the view (reads the row's page when needed).
    std::optional<ComparisonRowRecord> rowRecord(int row) const;
    QString expectedText(int row) const;
    QString inputText(int row) const;
    // The first pair's preference on `row`, oriented so that A is columns()[0].
    std::optional<PreferenceChoice> preference(int row) const;
    std::optional<Judgement> rating(int row, int output) const;

    // Rows carrying a preference between the first two chosen columns or a rating or comment on
    // one of the shown outputs.
    int judgedRows() const { return int(m_judged.size()); }
    bool isJudged(int row) const;
    // The first row after `after` that is not judged, wrapping around to the start; -1 when
    // every row is. Reads no page.
    int nextUnjudged(int after) const;

    // Records what the store returned (a new or replaced judgement) or removed.
    void applyJudgement(const Judgement &judgement);
    void forgetPreference(qint64 caseA, qint64 caseB);
    void forgetRating(qint64 caseId);

    static constexpr int pageSize() { return 64; }
    static constexpr int maxCachedPages() { return 16; }
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 pageLoads() const { return m_pageLoads; }
    QString lastError() const { return m_lastError; }

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void judgedRowsChanged(int judged, int total);

private:
    using CasePair = std::pair<qint64, qint64>;   // smaller case id first
    static CasePair casePair(qint64 a, qint64 b) { return a < b ? CasePair{a, b} : CasePair{b, a}; }

    const ComparisonRowRecord *row(int row) const;
    QVariant outputData(const ComparisonRowRecord &r, int output, int role) const;
    QString judgementText(int row) const;
    void recountJudged();
    void rowChangedFor(qint64 position, int repeat);

    Database &m_db;
    qint64 m_runId = 0;
    QList<ComparisonRowKey> m_keys;               // every row of the run, in order
    QList<RunColumnInfo> m_runColumns;
    QList<qint64> m_columns;
    QList<DatasetColumn> m_datasetColumns;
    QHash<CasePair, Judgement> m_preferences;
    QHash<qint64, Judgement> m_ratings;           // by case id
    QSet<std::pair<qint64, int>> m_judged;        // (position, repeat) of the judged rows

    mutable QHash<int, QList<ComparisonRowRecord>> m_pages;
    mutable QList<int> m_pageUse;                 // least recently used first
    mutable qint64 m_pageLoads = 0;
    mutable QString m_lastError;
};

} // namespace lathe
