#pragma once

#include "cleaningdata.h"
#include "cleaningpreviewmodel.h"
#include "duplicatefinder.h"

#include <memory>

namespace lathe {

// Preview of DuplicateFinder: every row of every group, the group's first row unticked (it is
// kept), the copies ticked (removed). Columns: remove, group, row, compared text.
class DuplicateRowsModel final : public CleaningPreviewModel
{
    Q_OBJECT
public:
    using CleaningPreviewModel::CleaningPreviewModel;

    void setReport(std::shared_ptr<const CleaningData> data, DuplicateReport report);
    const DuplicateReport &report() const { return m_report; }
    // dataset_rows ids of the ticked rows.
    QList<qint64> checkedRowIds() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool defaultChecked(int item) const override;
    QVariant itemData(int item, int column, int role) const override;

private:
    struct Item
    {
        int group = 0;
        qsizetype row = 0;
        bool first = false;
    };
    std::shared_ptr<const CleaningData> m_data;
    DuplicateReport m_report;
    QList<Item> m_items;
};

} // namespace lathe
