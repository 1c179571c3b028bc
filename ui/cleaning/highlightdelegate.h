#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Paints a cell's text with the spans of CleaningPreviewModel::HighlightRole on a highlight
// background (found personal data, the differing part of a near-duplicate pair, a misspelled
// word). Cells without spans are painted as usual. Not final: SuggestionDelegate adds an editor.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lathe
