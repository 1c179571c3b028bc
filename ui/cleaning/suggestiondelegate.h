#pragma once

#include "highlightdelegate.h"

namespace lathe {

// HighlightDelegate whose editor is an editable combo box of the item's suggestions
// (SpellingIssuesModel::SuggestionsRole), so a correction is one pick or a typed word.
class SuggestionDelegate final : public HighlightDelegate
{
    Q_OBJECT
public:
    using HighlightDelegate::HighlightDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace lathe
