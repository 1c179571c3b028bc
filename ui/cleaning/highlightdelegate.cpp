#include "highlightdelegate.h"

#include "cleaning/cleaningpreviewmodel.h"

#include <QApplication>
#include <QPainter>

namespace lathe {

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<int> spans = index.data(CleaningPreviewModel::HighlightRole).value<QList<int>>();
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // A warm marker that reads on light and dark palettes alike.
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor marker = dark ? QColor(0x8a, 0x6d, 0x1c) : QColor(0xff, 0xe0, 0x82);

    painter->save();
    painter->setClipRect(rect);
    painter->setFont(opt.font);
    const int baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2;
    int x = rect.left();
    qsizetype at = 0;
    const auto draw = [&](qsizetype from, qsizetype to, bool marked) {
        if (to <= from || x > rect.right())
            return;
        const QString part = text.mid(from, to - from);
        const int width = fm.horizontalAdvance(part);
        if (marked) {
            painter->fillRect(QRect(x, rect.top() + 2, width, rect.height() - 4), marker);
            painter->setPen(dark ? QColor(Qt::white) : QColor(Qt::black));
        } else {
            painter->setPen(textColor);
        }
        painter->drawText(x, baseline, part);
        x += width;
    };
    for (qsizetype i = 0; i + 1 < spans.size(); i += 2) {
        const qsizetype start = std::clamp<qsizetype>(spans.at(i), at, text.size());
        const qsizetype end = std::clamp<qsizetype>(start + spans.at(i + 1), start, text.size());
        draw(at, start, false);
        draw(start, end, true);
        at = end;
    }
    draw(at, text.size(), false);
    painter->restore();
}

} // namespace lathe
