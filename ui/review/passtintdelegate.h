#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Tints an output cell of the comparison table by its verdict (ComparisonModel::PassRole):
// green when it passed, red when it failed or the call failed, nothing without a verdict. The
// tints are blended over the view's base colour, so they read in light and dark themes.
class PassTintDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor tint(bool pass, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lathe
