#include "cleaningpreviewmodel.h"

namespace lathe {

namespace {
bool isItem(const QModelIndex &index, const QAbstractItemModel *model)
{
    return index.isValid() && index.model() == model && !index.parent().isValid();
}
} // namespace

int CleaningPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checked.size());
}

QVariant CleaningPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!isItem(index, this))
        return {};
    if (index.column() == 0 && role == Qt::CheckStateRole)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    return itemData(index.row(), index.column(), role);
}

bool CleaningPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isItem(index, this))
        return false;
    if (index.column() == 0 && role == Qt::CheckStateRole) {
        setChecked(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    return setItemData(index.row(), index.column(), value, role);
}

Qt::ItemFlags CleaningPreviewModel::flags(const QModelIndex &index) const
{
    if (!isItem(index, this))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | itemFlags(index.row(), index.column());
    if (index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void CleaningPreviewModel::setChecked(int item, bool checked)
{
    if (item < 0 || item >= m_checked.size() || m_checked.at(item) == checked)
        return;
    m_checked[item] = checked;
    const QModelIndex i = index(item, 0);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(checkedCount());
}

void CleaningPreviewModel::setAllChecked(bool checked)
{
    if (m_checked.isEmpty())
        return;
    m_checked.fill(checked);
    Q_EMIT dataChanged(index(0, 0), index(int(m_checked.size()) - 1, 0), {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(checkedCount());
}

int CleaningPreviewModel::checkedCount() const
{
    return int(std::count(m_checked.cbegin(), m_checked.cend(), true));
}

QList<int> CleaningPreviewModel::checkedItems() const
{
    QList<int> items;
    for (int i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i))
            items.append(i);
    }
    return items;
}

void CleaningPreviewModel::beginReplace()
{
    beginResetModel();
}

void CleaningPreviewModel::endReplace(int itemCount)
{
    m_checked.resize(itemCount);
    for (int i = 0; i < itemCount; ++i)
        m_checked[i] = defaultChecked(i);
    endResetModel();
    Q_EMIT checkedCountChanged(checkedCount());
}

bool CleaningPreviewModel::defaultChecked(int) const
{
    return true;
}

bool CleaningPreviewModel::setItemData(int, int, const QVariant &, int)
{
    return false;
}

Qt::ItemFlags CleaningPreviewModel::itemFlags(int, int) const
{
    return Qt::NoItemFlags;
}

} // namespace lathe
