#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace lathe {

// Base of the cleaning tools' preview tables: one item per proposed change, column 0 ticks it
// (ticked = apply it), the subclass provides the other columns. Items start ticked unless the
// subclass says otherwise (defaultChecked). The item list is replaced as a whole (reset).
class CleaningPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // QList<int> {start, length, start, length, ...}: spans of the DisplayRole text to
        // highlight (what a tool found or changed).
        HighlightRole = Qt::UserRole + 1,
        // qint64: the dataset_rows id the item belongs to.
        RowIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isChecked(int item) const { return m_checked.value(item); }
    void setChecked(int item, bool checked);
    void setAllChecked(bool checked);
    int checkedCount() const;
    QList<int> checkedItems() const;

Q_SIGNALS:
    void checkedCountChanged(int count);

protected:
    // Subclasses call these around replacing their items.
    void beginReplace();
    void endReplace(int itemCount);
    virtual bool defaultChecked(int item) const;
    // Data of columns > 0, and of column 0 for roles other than CheckStateRole.
    virtual QVariant itemData(int item, int column, int role) const = 0;
    virtual bool setItemData(int item, int column, const QVariant &value, int role);
    virtual Qt::ItemFlags itemFlags(int item, int column) const;
    int itemCount() const { return int(m_checked.size()); }

private:
    QList<bool> m_checked;
};

} // namespace lathe
