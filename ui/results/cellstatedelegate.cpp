#include "cellstatedelegate.h"

#include "resultcolors.h"

#include "results/casematrixmodel.h"

#include <QPainter>

namespace lathe {

void CellStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const CaseMatrixModel *>(index.model());
    const QVariant stateValue = index.data(CaseMatrixModel::CellStateRole);
    const bool selected = option.state & QStyle::State_Selected;
    const auto kind = model ? model->kindOfColumn(index.column()) : CaseMatrixModel::ColumnKind::Input;
    const CellState state = CellState(stateValue.toInt());
    QStyleOptionViewItem opt(option);
    if (stateValue.isValid() && kind == CaseMatrixModel::ColumnKind::Result && !selected) {
        painter->fillRect(option.rect, ResultColors::tint(state, option.palette));
        opt.palette.setColor(QPalette::Text, ResultColors::state(state, option.palette));
        opt.font.setBold(state != CellState::Pending);
    } else if (stateValue.isValid() && kind == CaseMatrixModel::ColumnKind::Output && state == CellState::Error && !selected) {
        opt.palette.setColor(QPalette::Text, ResultColors::state(state, option.palette));
    }
    QStyledItemDelegate::paint(painter, opt, index);
    if (stateValue.isValid() && kind == CaseMatrixModel::ColumnKind::Output) {
        painter->fillRect(QRect(option.rect.left() + 1, option.rect.top() + 1, 3, option.rect.height() - 2),
                          ResultColors::state(state, option.palette));
    }
    if (model && index.column() > 0 && (index.column() == CaseMatrixModel::kLeadingColumns
                                         || kind == CaseMatrixModel::ColumnKind::Output)) {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.topLeft(), option.rect.bottomLeft());
        painter->restore();
    }
}

} // namespace lathe
