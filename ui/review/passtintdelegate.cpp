#include "passtintdelegate.h"

#include "review/comparisonmodel.h"

namespace lathe {

QColor PassTintDelegate::tint(bool pass, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const QColor strong = pass ? (dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37))
                               : (dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e));
    const double amount = dark ? 0.22 : 0.14;
    const auto mix = [amount](double a, double b) { return float(a + (b - a) * amount); };
    return QColor::fromRgbF(mix(base.redF(), strong.redF()), mix(base.greenF(), strong.greenF()),
                            mix(base.blueF(), strong.blueF()));
}

void PassTintDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant pass = index.data(ComparisonModel::PassRole);
    if (pass.isValid())
        option->backgroundBrush = tint(pass.toBool(), option->palette);
}

} // namespace lathe
