#include "summarytablemodel.h"

#include <QSet>

#include <cmath>

namespace lathe {

namespace {

SummaryCell number(std::optional<double> value, int decimals, Interval interval = {})
{
    if (!value || std::isnan(*value))
        return {};
    return SummaryCell{SummaryTableModel::intervalText(*value, interval, decimals), value, interval};
}

SummaryCell count(qint64 n)
{
    return SummaryCell{QString::number(n), double(n), {}};
}

const ScorerSummary *scorerOf(const ColumnSummary &s, const QString &name)
{
    for (const ScorerSummary &x : s.scorers) {
        if (x.name == name)
            return &x;
    }
    return nullptr;
}

const CorpusSummary *corpusOf(const ColumnSummary &s, const QString &name)
{
    for (const ScorerSummary &x : s.scorers) {
        if (x.corpus && x.corpus->name == name)
            return &*x.corpus;
    }
    return nullptr;
}

} // namespace

SummaryTableModel::SummaryTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QString SummaryTableModel::intervalText(double value, const Interval &interval, int decimals)
{
    const QString v = QString::number(value, 'f', decimals);
    if (!interval.isValid())
        return v;
    return QStringLiteral("%1 [%2, %3]").arg(v, QString::number(interval.low, 'f', decimals),
                                             QString::number(interval.high, 'f', decimals));
}

void SummaryTableModel::setSummaries(const QList<ColumnSummary> &summaries)
{
    beginResetModel();
    m_summaries = summaries;
    rebuild();
    endResetModel();
}

void SummaryTableModel::setExtraMetrics(const QList<SummaryMetric> &metrics)
{
    beginResetModel();
    m_extra = metrics;
    rebuild();
    endResetModel();
}

qint64 SummaryTableModel::answeredCases() const
{
    qint64 n = 0;
    for (const ColumnSummary &s : m_summaries)
        n += s.ok + s.errors;
    return n;
}

QList<SummaryTableModel::Field> SummaryTableModel::fields() const
{
    using B = SummaryBetter;
    QList<Field> out;
    out.append({tr("Prompt"), tr("Prompt version"), B::None, [](const ColumnSummary &s) {
                    return SummaryCell{QStringLiteral("%1@%2").arg(s.promptName).arg(s.promptVersion), {}, {}};
                }});
    out.append({tr("Model"), {}, B::None, [](const ColumnSummary &s) { return SummaryCell{s.model, {}, {}}; }});
    out.append({tr("Answered"), tr("Cases answered (ok or error) of the cases planned"), B::None, [](const ColumnSummary &s) {
                    return SummaryCell{QStringLiteral("%1 / %2").arg(s.ok + s.errors).arg(s.cases), double(s.ok + s.errors), {}};
                }});
    out.append({tr("Pass rate"), tr("Passed cases over judged cases (an error counts as a fail), with the 95% Wilson interval"),
                B::Higher, [](const ColumnSummary &s) { return number(s.passRate, 2, s.passInterval); }});
    out.append({tr("Mean score"), tr("Mean case score, with the 95% bootstrap interval"), B::Higher,
                [](const ColumnSummary &s) { return number(s.meanScore, 2, s.meanScoreInterval); }});

    QStringList scorers;
    QStringList corpora;
    bool ttft = false;
    bool priced = false;
    bool pending = false;
    for (const ColumnSummary &s : m_summaries) {
        for (const ScorerSummary &x : s.scorers) {
            if (!scorers.contains(x.name))
                scorers.append(x.name);
            if (x.corpus && !corpora.contains(x.corpus->name))
                corpora.append(x.corpus->name);
        }
        ttft = ttft || s.ttftMs.count > 0;
        priced = priced || s.priced > 0;
        pending = pending || s.pending > 0;
    }
    for (const QString &name : std::as_const(scorers)) {
        out.append({name, tr("Mean of scorer %1, with the 95% bootstrap interval").arg(name), B::Higher,
                    [name](const ColumnSummary &s) {
                        const ScorerSummary *x = scorerOf(s, name);
                        return x && x->count > 0 ? number(x->mean, 2, x->meanInterval) : SummaryCell{};
                    }});
    }
    for (const QString &name : std::as_const(corpora)) {
        out.append({name, tr("%1 over the column's outputs (0-100), with the 95% bootstrap interval").arg(name), B::Higher,
                    [name](const ColumnSummary &s) {
                        const CorpusSummary *c = corpusOf(s, name);
                        return c ? number(c->score, 1, c->interval) : SummaryCell{};
                    }});
    }
    const auto ms = [](const Measurements &m, double Measurements::*p) {
        return m.count > 0 ? number(m.*p, 0) : SummaryCell{};
    };
    out.append({tr("Latency p50 (ms)"), tr("Median latency of answered, uncached calls"), B::Lower,
                [ms](const ColumnSummary &s) { return ms(s.latencyMs, &Measurements::p50); }});
    out.append({tr("Latency p90 (ms)"), tr("90th percentile latency of answered, uncached calls"), B::Lower,
                [ms](const ColumnSummary &s) { return ms(s.latencyMs, &Measurements::p90); }});
    if (ttft) {
        out.append({tr("TTFT p50 (ms)"), tr("Median time to the first token of streamed calls"), B::Lower,
                    [ms](const ColumnSummary &s) { return ms(s.ttftMs, &Measurements::p50); }});
    }
    out.append({tr("Prompt tokens"), tr("Sum of the prompt tokens providers reported"), B::None,
                [](const ColumnSummary &s) { return count(s.promptTokens); }});
    out.append({tr("Completion tokens"), tr("Sum of the completion tokens providers reported"), B::None,
                [](const ColumnSummary &s) { return count(s.completionTokens); }});
    if (priced) {
        out.append({tr("Cost"), tr("Sum of the known costs"), B::Lower, [](const ColumnSummary &s) {
                        return s.priced > 0 ? number(s.cost, 4) : SummaryCell{};
                    }});
        out.append({tr("Cost / 1000"), tr("Cost per 1000 priced cases"), B::Lower,
                    [](const ColumnSummary &s) { return number(s.costPer1000, 4); }});
    }
    out.append({tr("Errors"), tr("Cases answered with an error"), B::Lower, [](const ColumnSummary &s) { return count(s.errors); }});
    if (pending) {
        out.append({tr("Pending"), tr("Cases without a result yet"), B::None,
                    [](const ColumnSummary &s) { return count(s.pending); }});
    }
    for (const SummaryMetric &m : m_extra) {
        out.append({m.title, m.toolTip, m.better,
                    [values = m.values](const ColumnSummary &s) { return values.value(s.columnId); }});
    }
    return out;
}

void SummaryTableModel::rebuild()
{
    m_fields = m_summaries.isEmpty() ? QList<Field>{} : fields();
    m_cells.clear();
    m_best.clear();
    for (const ColumnSummary &s : std::as_const(m_summaries)) {
        QList<SummaryCell> row;
        for (const Field &f : std::as_const(m_fields))
            row.append(f.cell(s));
        m_cells.append(row);
        m_best.append(QList<bool>(m_fields.size(), false));
    }
    for (qsizetype c = 0; c < m_fields.size(); ++c) {
        const SummaryBetter better = m_fields.at(c).better;
        if (better == SummaryBetter::None)
            continue;
        std::optional<double> best;
        QSet<double> distinct;
        for (const QList<SummaryCell> &row : std::as_const(m_cells)) {
            const std::optional<double> v = row.at(c).value;
            if (!v)
                continue;
            distinct.insert(*v);
            if (!best || (better == SummaryBetter::Higher ? *v > *best : *v < *best))
                best = v;
        }
        if (distinct.size() < 2)
            continue;
        for (qsizetype r = 0; r < m_cells.size(); ++r)
            m_best[r][c] = m_cells.at(r).at(c).value == best;
    }
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SummaryCell &cell = m_cells.at(index.row()).at(index.column());
    const bool best = m_best.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        if (!best)
            return {};
        return m_fields.at(index.column()).better == SummaryBetter::Higher
            ? tr("Best value in this column (higher is better)")
            : tr("Best value in this column (lower is better)");
    case Qt::TextAlignmentRole:
        return cell.value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        if (cell.value)
            return *cell.value;
        return m_fields.at(index.column()).better == SummaryBetter::None && !cell.text.isEmpty() ? QVariant(cell.text)
                                                                                                  : QVariant();
    case IntervalLowRole:
        return cell.interval.isValid() ? QVariant(cell.interval.low) : QVariant();
    case IntervalHighRole:
        return cell.interval.isValid() ? QVariant(cell.interval.high) : QVariant();
    case BestRole:
        return best;
    case RunColumnIdRole:
        return m_summaries.at(index.row()).columnId;
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole && section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_fields.size())
        return {};
    const Field &f = m_fields.at(section);
    switch (role) {
    case Qt::DisplayRole: return f.title;
    case Qt::ToolTipRole: return f.toolTip.isEmpty() ? QVariant() : QVariant(f.toolTip);
    case BetterRole: return int(f.better);
    default: return {};
    }
}

} // namespace lathe
