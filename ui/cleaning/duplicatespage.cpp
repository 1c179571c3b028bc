#include "duplicatespage.h"

#include "columnpicker.h"

#include "cleaning/duplicaterowsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>

namespace lathe {

DuplicatesPage::DuplicatesPage(QWidget *parent)
    : CleaningPage(parent), m_model(new DuplicateRowsModel(this)), m_columns(new ColumnPicker(this)),
      m_whitespace(new QCheckBox(tr("Ignore extra white space"), this)), m_case(new QCheckBox(tr("Ignore case"), this))
{
    setModel(m_model);
    auto *normalize = new QHBoxLayout;
    normalize->addWidget(m_whitespace);
    normalize->addWidget(m_case);
    normalize->addStretch();
    optionsLayout()->addRow(tr("Compare columns:"), m_columns);
    optionsLayout()->addRow(tr("Normalise:"), normalize);
    connect(m_columns, &ColumnPicker::changed, this, &DuplicatesPage::schedulePreview);
    connect(m_whitespace, &QCheckBox::toggled, this, &DuplicatesPage::schedulePreview);
    connect(m_case, &QCheckBox::toggled, this, &DuplicatesPage::schedulePreview);
}

void DuplicatesPage::columnsChanged()
{
    m_columns->setColumns(data()->columns, data()->allColumnKeys());
}

void DuplicatesPage::startPreview()
{
    const auto d = data();
    const DuplicateOptions options{m_columns->checkedKeys(), {m_whitespace->isChecked(), m_case->isChecked()}};
    if (options.columnKeys.isEmpty()) {
        m_model->setReport(d, {});
        return;
    }
    runPreview<DuplicateReport>([d, options](const std::atomic_bool *cancel) { return DuplicateFinder::find(*d, options, cancel); },
                                [this, d](DuplicateReport report) { m_model->setReport(d, std::move(report)); });
}

CleaningApply DuplicatesPage::makeApply(QString *description)
{
    const QList<qint64> ids = m_model->checkedRowIds();
    if (ids.isEmpty())
        return {};
    *description = tr("Remove %n duplicate row(s)", nullptr, int(ids.size()));
    const auto d = data();
    const DuplicateReport report = m_model->report();
    return [d, report, ids](Database &db, WorkspaceError *error) {
        return DuplicateFinder::apply(db, *d, report, ids, error);
    };
}

QString DuplicatesPage::summaryText() const
{
    const DuplicateReport &r = m_model->report();
    if (r.groups.isEmpty())
        return m_columns->checkedKeys().isEmpty() ? tr("Choose the columns to compare.") : tr("No duplicate rows.");
    return tr("%n group(s) of identical rows; ", nullptr, int(r.groups.size()))
           + tr("%n row(s) ticked for removal (the first of each group is kept).", nullptr, m_model->checkedCount());
}

} // namespace lathe
