#include "nearduplicatepairsmodel.h"

#include "previewtext.h"

#include <QSet>

namespace lathe {

void NearDuplicatePairsModel::setReport(std::shared_ptr<const CleaningData> data, NearDuplicateReport report)
{
    beginReplace();
    m_data = std::move(data);
    m_report = std::move(report);
    m_keepSecond = QList<bool>(m_report.pairs.size(), false);
    endReplace(int(m_report.pairs.size()));
}

void NearDuplicatePairsModel::swapKept(int item)
{
    if (item < 0 || item >= m_keepSecond.size())
        return;
    m_keepSecond[item] = !m_keepSecond.at(item);
    Q_EMIT dataChanged(index(item, 2), index(item, 5));
}

qsizetype NearDuplicatePairsModel::keptRow(int item) const
{
    const NearDuplicatePair &p = m_report.pairs.at(item);
    return m_keepSecond.at(item) ? p.second : p.first;
}

qsizetype NearDuplicatePairsModel::removedRow(int item) const
{
    const NearDuplicatePair &p = m_report.pairs.at(item);
    return m_keepSecond.at(item) ? p.first : p.second;
}

QString NearDuplicatePairsModel::rowText(qsizetype row) const
{
    QStringList cells;
    for (const QString &key : m_report.columnKeys)
        cells.append(CleaningData::cellText(m_data->rows.at(row), key));
    return cells.join(QStringLiteral(" │ "));
}

QList<qint64> NearDuplicatePairsModel::checkedRowIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (int i : checkedItems()) {
        const qint64 id = m_data->rows.at(removedRow(i)).id;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

int NearDuplicatePairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant NearDuplicatePairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Remove");
    case 1: return tr("Similarity");
    case 2: return tr("Kept row");
    case 3: return tr("Kept text");
    case 4: return tr("Removed row");
    case 5: return tr("Removed text");
    }
    return {};
}

QVariant NearDuplicatePairsModel::itemData(int item, int column, int role) const
{
    if (role == RowIdRole)
        return m_data->rows.at(removedRow(item)).id;
    if (role == Qt::TextAlignmentRole && (column == 1 || column == 2 || column == 4))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != HighlightRole && role != Qt::ToolTipRole)
        return {};
    if (column == 3 || column == 5) {
        const QString mine = rowText(column == 3 ? keptRow(item) : removedRow(item));
        if (role == Qt::ToolTipRole)
            return mine;
        const QString other = rowText(column == 3 ? removedRow(item) : keptRow(item));
        QList<int> spans = PreviewText::differingSpan(mine, other);
        const QString shown = PreviewText::oneLine(mine, 240, &spans);
        return role == HighlightRole ? QVariant::fromValue(spans) : QVariant(shown);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 1: return QString::number(m_report.pairs.at(item).score, 'f', 3);
    case 2: return qlonglong(keptRow(item) + 1);
    case 4: return qlonglong(removedRow(item) + 1);
    }
    return {};
}

} // namespace lathe
