#include "groupheaderview.h"

#include "results/casematrixmodel.h"

#include <QPainter>

namespace lathe {

GroupHeaderView::GroupHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsMovable(false);
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

int GroupHeaderView::bandHeight() const
{
    return fontMetrics().height() + 8;
}

QSize GroupHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    s.setHeight(2 * bandHeight());
    return s;
}

QSize GroupHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize s = QHeaderView::sectionSizeFromContents(logicalIndex);
    s.setHeight(2 * bandHeight());
    return s;
}

void GroupHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model() || !rect.isValid())
        return;
    const int band = rect.height() / 2;
    const QRect top(rect.left(), rect.top(), rect.width(), band);
    const QRect bottom(rect.left(), rect.top() + band, rect.width(), rect.height() - band);

    // The group's full width, so that its title is painted once across its sections (each
    // section paints its own slice of it).
    const int group = model()->headerData(logicalIndex, Qt::Horizontal, CaseMatrixModel::ColumnGroupRole).toInt();
    int first = logicalIndex;
    int last = logicalIndex;
    while (first > 0 && model()->headerData(first - 1, Qt::Horizontal, CaseMatrixModel::ColumnGroupRole).toInt() == group)
        --first;
    while (last + 1 < count() && model()->headerData(last + 1, Qt::Horizontal, CaseMatrixModel::ColumnGroupRole).toInt() == group)
        ++last;
    const int left = rect.left() - (sectionViewportPosition(logicalIndex) - sectionViewportPosition(first));
    const int right = sectionViewportPosition(last) + sectionSize(last) - sectionViewportPosition(logicalIndex) + rect.left();
    const QRect groupRect(QPoint(left, top.top()), QPoint(right - 1, top.bottom()));

    painter->save();
    painter->setClipRect(top);
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = groupRect;
    opt.section = first;
    opt.position = QStyleOptionHeader::Middle;
    opt.textAlignment = Qt::AlignCenter;
    opt.text = model()->headerData(logicalIndex, Qt::Horizontal, CaseMatrixModel::GroupTitleRole).toString();
    opt.fontMetrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    opt.fontMetrics = QFontMetrics(bold);
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, groupRect.width() - 8);
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();

    painter->save();
    painter->translate(0, 0);
    QHeaderView::paintSection(painter, bottom, logicalIndex);
    painter->restore();
}

} // namespace lathe
