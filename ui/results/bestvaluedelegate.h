#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Writes the best value of each summary column (SummaryTableModel::BestRole) in bold, in the
// pass colour, with a marker; the model's tooltip says why it is best.
class BestValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lathe
