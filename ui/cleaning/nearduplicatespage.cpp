#include "nearduplicatespage.h"

#include "columnpicker.h"

#include "cleaning/nearduplicatepairsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace lathe {

NearDuplicatesPage::NearDuplicatesPage(QWidget *parent)
    : CleaningPage(parent), m_model(new NearDuplicatePairsModel(this)), m_columns(new ColumnPicker(this)),
      m_threshold(new QDoubleSpinBox(this)), m_metric(new QComboBox(this)),
      m_normalize(new QCheckBox(tr("Ignore white space and case"), this))
{
    setModel(m_model);
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.9);
    m_metric->addItem(tr("Edit distance (Levenshtein)"), int(SimilarityMetric::Levenshtein));
    m_metric->addItem(tr("Insertions and deletions (ratio)"), int(SimilarityMetric::Indel));
    m_normalize->setChecked(true);
    auto *swap = new QPushButton(tr("Keep the other row"), this);
    swap->setToolTip(tr("For the selected pairs, keep the row that would be removed and remove the other."));
    connect(swap, &QPushButton::clicked, this, &NearDuplicatesPage::swapSelected);

    auto *similarity = new QHBoxLayout;
    similarity->addWidget(m_threshold);
    similarity->addWidget(m_metric);
    similarity->addWidget(m_normalize);
    similarity->addStretch();
    similarity->addWidget(swap);
    optionsLayout()->addRow(tr("Compare columns:"), m_columns);
    optionsLayout()->addRow(tr("At least:"), similarity);

    connect(m_columns, &ColumnPicker::changed, this, &NearDuplicatesPage::schedulePreview);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &NearDuplicatesPage::schedulePreview);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &NearDuplicatesPage::schedulePreview);
    connect(m_normalize, &QCheckBox::toggled, this, &NearDuplicatesPage::schedulePreview);
}

void NearDuplicatesPage::swapSelected()
{
    QSet<int> rows;
    for (const QModelIndex &i : view()->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    for (int r : std::as_const(rows))
        m_model->swapKept(r);
}

void NearDuplicatesPage::columnsChanged()
{
    m_columns->setColumns(data()->columns, data()->textColumnKeys());
}

void NearDuplicatesPage::startPreview()
{
    const auto d = data();
    NearDuplicateOptions options;
    options.columnKeys = m_columns->checkedKeys();
    options.threshold = m_threshold->value();
    options.metric = SimilarityMetric(m_metric->currentData().toInt());
    options.normalization = m_normalize->isChecked() ? TextNormalization{true, true} : TextNormalization{};
    if (options.columnKeys.isEmpty()) {
        m_model->setReport(d, {});
        return;
    }
    runPreview<NearDuplicateReport>(
        [d, options](const std::atomic_bool *cancel) { return NearDuplicateFinder::find(*d, options, cancel); },
        [this, d](NearDuplicateReport report) { m_model->setReport(d, std::move(report)); });
}

CleaningApply NearDuplicatesPage::makeApply(QString *description)
{
    const QList<qint64> ids = m_model->checkedRowIds();
    if (ids.isEmpty())
        return {};
    *description = tr("Remove %n near-duplicate row(s)", nullptr, int(ids.size()));
    const auto d = data();
    const NearDuplicateReport report = m_model->report();
    return [d, report, ids](Database &db, WorkspaceError *error) {
        return NearDuplicateFinder::apply(db, *d, report, ids, error);
    };
}

QString NearDuplicatesPage::summaryText() const
{
    const NearDuplicateReport &r = m_model->report();
    if (r.pairs.isEmpty())
        return m_columns->checkedKeys().isEmpty() ? tr("Choose the columns to compare.")
                                                  : tr("No pairs at least %1 similar.").arg(m_threshold->value(), 0, 'f', 2);
    QString text = tr("%n pair(s) at least %1 similar; ", nullptr, int(r.pairs.size())).arg(m_threshold->value(), 0, 'f', 2)
                   + tr("%n row(s) to remove.", nullptr, int(m_model->checkedRowIds().size()));
    if (r.truncated)
        text += u' ' + tr("Only the most similar pairs are listed; raise the threshold to see all.");
    return text;
}

} // namespace lathe
