#include "suggestiondelegate.h"

#include "spellingissuesmodel.h"

#include <QComboBox>

namespace lathe {

QWidget *SuggestionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(index.data(SpellingIssuesModel::SuggestionsRole).toStringList());
    return combo;
}

void SuggestionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
}

void SuggestionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace lathe
