#pragma once

#include "cleaningdata.h"
#include "cleaningpreviewmodel.h"
#include "nearduplicatefinder.h"

#include <memory>

namespace lathe {

// Preview of NearDuplicateFinder: one item per pair, ticked = remove one of its rows. By
// default the later row is removed; swapKept() keeps it instead. Columns: remove, similarity,
// kept row, kept text, removed row, removed text (the differing middle highlighted).
class NearDuplicatePairsModel final : public CleaningPreviewModel
{
    Q_OBJECT
public:
    using CleaningPreviewModel::CleaningPreviewModel;

    void setReport(std::shared_ptr<const CleaningData> data, NearDuplicateReport report);
    const NearDuplicateReport &report() const { return m_report; }
    void swapKept(int item);
    bool keepsSecond(int item) const { return m_keepSecond.value(item); }
    // The rows to delete: of each ticked pair, the one not kept (each row once).
    QList<qint64> checkedRowIds() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant itemData(int item, int column, int role) const override;

private:
    qsizetype keptRow(int item) const;
    qsizetype removedRow(int item) const;
    QString rowText(qsizetype row) const;

    std::shared_ptr<const CleaningData> m_data;
    NearDuplicateReport m_report;
    QList<bool> m_keepSecond;
};

} // namespace lathe
