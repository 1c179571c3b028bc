#include "duplicaterowsmodel.h"

#include "previewtext.h"

namespace lathe {

void DuplicateRowsModel::setReport(std::shared_ptr<const CleaningData> data, DuplicateReport report)
{
    beginReplace();
    m_data = std::move(data);
    m_report = std::move(report);
    m_items.clear();
    for (int g = 0; g < m_report.groups.size(); ++g) {
        const QList<qsizetype> &rows = m_report.groups.at(g).rows;
        for (qsizetype r = 0; r < rows.size(); ++r)
            m_items.append({g, rows.at(r), r == 0});
    }
    endReplace(int(m_items.size()));
}

QList<qint64> DuplicateRowsModel::checkedRowIds() const
{
    QList<qint64> ids;
    for (int i : checkedItems())
        ids.append(m_data->rows.at(m_items.at(i).row).id);
    return ids;
}

int DuplicateRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant DuplicateRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Remove");
    case 1: return tr("Group");
    case 2: return tr("Row");
    case 3: return tr("Compared text");
    }
    return {};
}

bool DuplicateRowsModel::defaultChecked(int item) const
{
    return !m_items.at(item).first;
}

QVariant DuplicateRowsModel::itemData(int item, int column, int role) const
{
    const Item &it = m_items.at(item);
    if (role == RowIdRole)
        return m_data->rows.at(it.row).id;
    if (role == Qt::ToolTipRole && column == 0 && it.first)
        return tr("The first copy; kept unless you tick it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return it.first ? tr("kept") : tr("copy");
    case 1: return it.group + 1;
    case 2: return qlonglong(it.row + 1);
    case 3: {
        QStringList cells;
        for (const QString &key : m_report.columnKeys)
            cells.append(CleaningData::cellText(m_data->rows.at(it.row), key));
        return PreviewText::oneLine(cells.join(QStringLiteral(" │ ")));
    }
    }
    return {};
}

} // namespace lathe
