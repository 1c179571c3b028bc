#pragma once

#include <QHeaderView>

namespace lathe {

// A horizontal header in two bands: the top band shows each column group's title once across
// its columns (CaseMatrixModel::GroupTitleRole, grouped by ColumnGroupRole), the bottom band
// the column's own title with the sort indicator. Sections are not movable, so a group's
// columns stay together.
class GroupHeaderView final : public QHeaderView
{
    Q_OBJECT
public:
    explicit GroupHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int bandHeight() const;
};

} // namespace lathe
