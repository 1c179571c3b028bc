#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Paints case-matrix cells by result: the Result column on a tint of its state's colour with
// the state in that colour, the Output column with a stripe of it on the left, and a line
// before every column group. Reads CaseMatrixModel's roles; anything else paints as usual.
class CellStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lathe
