#pragma once

#include "cleaning/outlierdetector.h"

#include <QWidget>

namespace lathe {

// A bar histogram of one column's cell lengths (ColumnOutliers::histogram), painted with
// QPainter: bars inside the fences in the palette's highlight colour, bins holding outliers in
// a warning colour, the lower and upper fences as dashed lines, axis labels at both ends.
class LengthHistogram final : public QWidget
{
    Q_OBJECT
public:
    explicit LengthHistogram(QWidget *parent = nullptr);

    void setColumn(const ColumnOutliers &column, const QString &title);
    void clear();

    QSize sizeHint() const override { return {420, 150}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ColumnOutliers m_column;
    QString m_title;
};

} // namespace lathe
