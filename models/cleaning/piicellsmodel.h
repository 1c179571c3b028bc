#pragma once

#include "cleaningdata.h"
#include "cleaningpreviewmodel.h"
#include "piiredactor.h"

#include <memory>

namespace lathe {

// Preview of PiiRedactor::scan: one item per cell holding personal data, ticked = redact it.
// Columns: redact, row, column, found (types), original (found values highlighted),
// redacted (placeholders highlighted).
class PiiCellsModel final : public CleaningPreviewModel
{
    Q_OBJECT
public:
    using CleaningPreviewModel::CleaningPreviewModel;

    void setReport(std::shared_ptr<const CleaningData> data, PiiReport report);
    const PiiReport &report() const { return m_report; }
    // Indexes into report().cells of the ticked items.
    QList<qsizetype> checkedCells() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant itemData(int item, int column, int role) const override;

private:
    std::shared_ptr<const CleaningData> m_data;
    PiiReport m_report;
};

} // namespace lathe
