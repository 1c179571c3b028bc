#include "comparisonverdictdelegate.h"

#include "compare/comparedcasesmodel.h"

namespace lathe {

void ComparisonVerdictDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->state & QStyle::State_Selected)
        return;
    const QString text = index.data().toString();
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    const auto startsWithWord = [&](const QString &format) { return text.startsWith(format.section(u' ', 0, 0)); };
    if (startsWithWord(ComparedCasesModel::tr("pass %1")))
        option->palette.setColor(QPalette::Text, dark ? QColor(0x7c, 0xd9, 0x8b) : QColor(0x1a, 0x7f, 0x37));
    else if (startsWithWord(ComparedCasesModel::tr("fail %1")) || text == ComparedCasesModel::tr("error"))
        option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28));
}

} // namespace lathe
