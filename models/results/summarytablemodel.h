#pragma once

#include "eval/stats/runsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lathe {

// One value of the summary table: its text and, for numbers, the value itself (and interval).
struct SummaryCell
{
    QString text;
    std::optional<double> value;
    Interval interval;
};

// Which way a column improves; the best value is marked only in columns that have one.
enum class SummaryBetter { None, Higher, Lower };

// A column other features add to the summary table (e.g. human judgement win rates), with a
// value per run column id.
struct SummaryMetric
{
    QString title;
    QString toolTip;
    SummaryBetter better = SummaryBetter::None;
    QHash<qint64, SummaryCell> values;
};

// The summary of a run: one row per run column (prompt version x model), one column per
// aggregate of RunAggregator (pass rate and mean score with their intervals, every scorer's
// mean, corpus BLEU/chrF, latency percentiles, tokens, cost, errors), then the extra metrics.
// Columns whose aggregate no row has (no time to first token, no prices) are left out.
// Intervals read "0.82 [0.74, 0.88]". In every column with a direction, the best value (every
// row holding it) is marked through BestRole when at least two rows have a value and they
// differ. RawValueRole gives what sorting compares: the number, or the text of text columns.
class SummaryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // double (or QString for text columns); invalid when none
        IntervalLowRole,                 // double; invalid when the column has no interval
        IntervalHighRole,
        BestRole,                        // bool: the best value of its column
        RunColumnIdRole,                 // qint64 run_columns.id of the row
        BetterRole,                      // header: int(SummaryBetter)
    };

    explicit SummaryTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<ColumnSummary> &summaries);
    void setExtraMetrics(const QList<SummaryMetric> &metrics);
    void clear() { setSummaries({}); }
    const QList<ColumnSummary> &summaries() const { return m_summaries; }
    // Answered cases over every row (ok + errors).
    qint64 answeredCases() const;

    // "0.82 [0.74, 0.88]"; without the brackets for an invalid interval.
    static QString intervalText(double value, const Interval &interval, int decimals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field
    {
        QString title;
        QString toolTip;
        SummaryBetter better = SummaryBetter::None;
        std::function<SummaryCell(const ColumnSummary &)> cell;
    };

    void rebuild();
    QList<Field> fields() const;

    QList<ColumnSummary> m_summaries;
    QList<SummaryMetric> m_extra;
    QList<Field> m_fields;
    QList<QList<SummaryCell>> m_cells;   // [row][column]
    QList<QList<bool>> m_best;
};

} // namespace lathe
