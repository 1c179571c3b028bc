#include "bestvaluedelegate.h"

#include "resultcolors.h"

#include "results/summarytablemodel.h"

namespace lathe {

void BestValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(SummaryTableModel::BestRole).toBool())
        return;
    option->font.setBold(true);
    option->text = QStringLiteral("★ ") + option->text;
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, ResultColors::best(option->palette));
}

} // namespace lathe
