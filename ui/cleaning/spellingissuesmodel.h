#pragma once

#include "spellcheckscanner.h"

#include "cleaning/cleaningpreviewmodel.h"

#include <memory>

namespace lathe {

// Preview of SpellCheckScanner: one item per unknown word, unticked by default (a correction
// is opt-in). Columns: fix, row, column, word, replacement (editable; starts as the first
// suggestion), context (the cell, the word highlighted).
class SpellingIssuesModel final : public CleaningPreviewModel
{
    Q_OBJECT
public:
    // QStringList: the word's suggestions, for the replacement editor.
    static constexpr int SuggestionsRole = RowIdRole + 1;

    using CleaningPreviewModel::CleaningPreviewModel;

    void setReport(std::shared_ptr<const CleaningData> data, SpellingReport report);
    const SpellingReport &report() const { return m_report; }
    // {issue index, replacement} of the ticked items with a non-empty replacement.
    QList<QPair<qsizetype, QString>> corrections() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool defaultChecked(int item) const override;
    QVariant itemData(int item, int column, int role) const override;
    bool setItemData(int item, int column, const QVariant &value, int role) override;
    Qt::ItemFlags itemFlags(int item, int column) const override;

private:
    std::shared_ptr<const CleaningData> m_data;
    SpellingReport m_report;
    QStringList m_replacements;
};

} // namespace lathe
