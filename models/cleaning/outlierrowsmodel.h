#pragma once

#include "cleaningdata.h"
#include "cleaningpreviewmodel.h"
#include "outlierdetector.h"

#include <memory>

namespace lathe {

// Preview of OutlierDetector: one item per outlier row, ticked = remove the row. Columns:
// remove, row, why (column, length, too short/long), text of the first outlying column.
class OutlierRowsModel final : public CleaningPreviewModel
{
    Q_OBJECT
public:
    using CleaningPreviewModel::CleaningPreviewModel;

    void setReport(std::shared_ptr<const CleaningData> data, OutlierReport report);
    const OutlierReport &report() const { return m_report; }
    QList<qint64> checkedRowIds() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant itemData(int item, int column, int role) const override;

private:
    struct Reason
    {
        QString columnKey;
        int length = 0;
        bool tooLong = false;
    };
    std::shared_ptr<const CleaningData> m_data;
    OutlierReport m_report;
    QList<QList<Reason>> m_reasons;   // per item
};

} // namespace lathe
