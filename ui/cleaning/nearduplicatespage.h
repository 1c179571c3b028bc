#pragma once

#include "cleaningpage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace lathe {

class ColumnPicker;
class NearDuplicatePairsModel;

// Near duplicates: pairs of rows at least the threshold alike. Each ticked pair removes one
// row; "Keep the other row" swaps which one for the selected pairs.
class NearDuplicatesPage final : public CleaningPage
{
    Q_OBJECT
public:
    explicit NearDuplicatesPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Near duplicates"); }
    NearDuplicatePairsModel *pairsModel() const { return m_model; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    // Swaps the kept row of the selected pairs.
    void swapSelected();

protected:
    void columnsChanged() override;
    void startPreview() override;
    CleaningApply makeApply(QString *description) override;
    QString summaryText() const override;

private:
    NearDuplicatePairsModel *m_model;
    ColumnPicker *m_columns;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_metric;
    QCheckBox *m_normalize;
};

} // namespace lathe
