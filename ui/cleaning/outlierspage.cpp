#include "outlierspage.h"

#include "columnpicker.h"
#include "lengthhistogram.h"

#include "cleaning/outlierrowsmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe {

OutliersPage::OutliersPage(QWidget *parent)
    : CleaningPage(parent), m_model(new OutlierRowsModel(this)), m_columns(new ColumnPicker(this)),
      m_method(new QComboBox(this)), m_factor(new QDoubleSpinBox(this)), m_histogramColumn(new QComboBox(this)),
      m_histogram(new LengthHistogram(this))
{
    setModel(m_model);
    m_method->addItem(tr("Interquartile range (IQR)"), int(OutlierMethod::Iqr));
    m_method->addItem(tr("Standard deviations (z-score)"), int(OutlierMethod::ZScore));
    m_factor->setRange(0.5, 10.0);
    m_factor->setSingleStep(0.5);
    m_factor->setDecimals(1);
    m_factor->setValue(1.5);
    m_factor->setToolTip(tr("IQR: fences at Q1 − f·IQR and Q3 + f·IQR. z-score: more than f standard deviations "
                            "from the mean."));
    auto *method = new QHBoxLayout;
    method->addWidget(m_method);
    method->addWidget(new QLabel(tr("factor"), this));
    method->addWidget(m_factor);
    method->addStretch();
    optionsLayout()->addRow(tr("Columns:"), m_columns);
    optionsLayout()->addRow(tr("Method:"), method);
    auto *histogramRow = new QHBoxLayout;
    histogramRow->addWidget(new QLabel(tr("Histogram of"), this));
    histogramRow->addWidget(m_histogramColumn);
    histogramRow->addStretch();
    extraLayout()->addLayout(histogramRow);
    extraLayout()->addWidget(m_histogram);

    connect(m_columns, &ColumnPicker::changed, this, &OutliersPage::schedulePreview);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker block(m_factor);
        m_factor->setValue(OutlierMethod(m_method->currentData().toInt()) == OutlierMethod::Iqr ? 1.5 : 3.0);
        schedulePreview();
    });
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, &OutliersPage::schedulePreview);
    connect(m_histogramColumn, &QComboBox::currentIndexChanged, this, &OutliersPage::showHistogram);
}

void OutliersPage::columnsChanged()
{
    m_columns->setColumns(data()->columns, data()->textColumnKeys());
}

void OutliersPage::startPreview()
{
    const auto d = data();
    OutlierOptions options;
    options.columnKeys = m_columns->checkedKeys();
    options.method = OutlierMethod(m_method->currentData().toInt());
    options.factor = m_factor->value();
    options.bins = 40;
    if (options.columnKeys.isEmpty()) {
        m_model->setReport(d, {});
        showHistogram();
        return;
    }
    runPreview<OutlierReport>([d, options](const std::atomic_bool *cancel) { return OutlierDetector::find(*d, options, cancel); },
                              [this, d](OutlierReport report) {
                                  m_model->setReport(d, std::move(report));
                                  const QString current = m_histogramColumn->currentData().toString();
                                  const QSignalBlocker block(m_histogramColumn);
                                  m_histogramColumn->clear();
                                  for (const ColumnOutliers &c : m_model->report().columns)
                                      m_histogramColumn->addItem(d->columnName(c.columnKey), c.columnKey);
                                  m_histogramColumn->setCurrentIndex(std::max(0, m_histogramColumn->findData(current)));
                                  showHistogram();
                              });
}

void OutliersPage::showHistogram()
{
    const QString key = m_histogramColumn->currentData().toString();
    for (const ColumnOutliers &c : m_model->report().columns) {
        if (c.columnKey == key) {
            m_histogram->setColumn(c, data()->columnName(key));
            return;
        }
    }
    m_histogram->clear();
}

CleaningApply OutliersPage::makeApply(QString *description)
{
    const QList<qint64> ids = m_model->checkedRowIds();
    if (ids.isEmpty())
        return {};
    *description = tr("Remove %n length outlier row(s)", nullptr, int(ids.size()));
    const auto d = data();
    const OutlierReport report = m_model->report();
    return [d, report, ids](Database &db, WorkspaceError *error) {
        return OutlierDetector::apply(db, *d, report, ids, error);
    };
}

QString OutliersPage::summaryText() const
{
    const OutlierReport &r = m_model->report();
    if (r.rows.isEmpty())
        return m_columns->checkedKeys().isEmpty() ? tr("Choose the columns to measure.") : tr("No length outliers.");
    return tr("%n row(s) outside the fences; ", nullptr, int(r.rows.size()))
           + tr("%n ticked for removal.", nullptr, m_model->checkedCount());
}

} // namespace lathe
