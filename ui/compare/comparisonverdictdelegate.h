#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Paints ComparedCasesModel's verdict cells in good/bad colours: green for a pass, red for a
// fail or an error, in shades that stay readable on light and dark bases. Selected cells keep
// the selection colours.
class ComparisonVerdictDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lathe
