#pragma once

#include <QStyledItemDelegate>

namespace lathe {

// Paints a progress bar from an item's `fractionRole` value (0..1) with its display text.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int fractionRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace lathe
