#include "outlierrowsmodel.h"

#include "previewtext.h"

#include <QHash>

namespace lathe {

void OutlierRowsModel::setReport(std::shared_ptr<const CleaningData> data, OutlierReport report)
{
    beginReplace();
    m_data = std::move(data);
    m_report = std::move(report);
    QHash<qsizetype, int> itemOfRow;
    for (int i = 0; i < m_report.rows.size(); ++i)
        itemOfRow.insert(m_report.rows.at(i), i);
    m_reasons = QList<QList<Reason>>(m_report.rows.size());
    for (const ColumnOutliers &c : std::as_const(m_report.columns)) {
        for (qsizetype r : c.low)
            m_reasons[itemOfRow.value(r)].append({c.columnKey, c.lengths.at(r), false});
        for (qsizetype r : c.high)
            m_reasons[itemOfRow.value(r)].append({c.columnKey, c.lengths.at(r), true});
    }
    endReplace(int(m_report.rows.size()));
}

QList<qint64> OutlierRowsModel::checkedRowIds() const
{
    QList<qint64> ids;
    for (int i : checkedItems())
        ids.append(m_data->rows.at(m_report.rows.at(i)).id);
    return ids;
}

int OutlierRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant OutlierRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Remove");
    case 1: return tr("Row");
    case 2: return tr("Why");
    case 3: return tr("Text");
    }
    return {};
}

QVariant OutlierRowsModel::itemData(int item, int column, int role) const
{
    const qsizetype row = m_report.rows.at(item);
    if (role == RowIdRole)
        return m_data->rows.at(row).id;
    const QList<Reason> &reasons = m_reasons.at(item);
    if (role == Qt::ToolTipRole && column == 3 && !reasons.isEmpty())
        return CleaningData::cellText(m_data->rows.at(row), reasons.first().columnKey);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 1: return qlonglong(row + 1);
    case 2: {
        QStringList parts;
        for (const Reason &r : reasons)
            parts.append(r.tooLong ? tr("%1: %n character(s), too long", nullptr, r.length).arg(m_data->columnName(r.columnKey))
                                   : tr("%1: %n character(s), too short", nullptr, r.length).arg(m_data->columnName(r.columnKey)));
        return parts.join(QStringLiteral("; "));
    }
    case 3:
        return reasons.isEmpty() ? QString()
                                 : PreviewText::oneLine(CleaningData::cellText(m_data->rows.at(row), reasons.first().columnKey));
    }
    return {};
}

} // namespace lathe
