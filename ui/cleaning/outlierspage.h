#pragma once

#include "cleaningpage.h"

class QComboBox;
class QDoubleSpinBox;

namespace lathe {

class ColumnPicker;
class LengthHistogram;
class OutlierRowsModel;

// Length outliers per column (IQR fences or z-score), with a histogram of the lengths of one
// column at a time; ticked rows are removed.
class OutliersPage final : public CleaningPage
{
    Q_OBJECT
public:
    explicit OutliersPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Length outliers"); }
    OutlierRowsModel *rowsModel() const { return m_model; }
    LengthHistogram *histogram() const { return m_histogram; }

protected:
    void columnsChanged() override;
    void startPreview() override;
    CleaningApply makeApply(QString *description) override;
    QString summaryText() const override;

private:
    void showHistogram();

    OutlierRowsModel *m_model;
    ColumnPicker *m_columns;
    QComboBox *m_method;
    QDoubleSpinBox *m_factor;
    QComboBox *m_histogramColumn;
    LengthHistogram *m_histogram;
};

} // namespace lathe
