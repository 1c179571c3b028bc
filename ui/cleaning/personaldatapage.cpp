#include "personaldatapage.h"

#include "columnpicker.h"

#include "cleaning/piicellsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>

namespace lathe {

PersonalDataPage::PersonalDataPage(QWidget *parent)
    : CleaningPage(parent), m_model(new PiiCellsModel(this)), m_columns(new ColumnPicker(this))
{
    setModel(m_model);
    auto *types = new QGridLayout;
    int i = 0;
    for (PiiType t : PiiTypeInfo::all()) {
        auto *box = new QCheckBox(PiiTypeInfo::label(t), this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &PersonalDataPage::schedulePreview);
        types->addWidget(box, i / 3, i % 3);
        m_types.insert(t, box);
        ++i;
    }
    optionsLayout()->addRow(tr("Columns:"), m_columns);
    optionsLayout()->addRow(tr("Look for:"), types);
    connect(m_columns, &ColumnPicker::changed, this, &PersonalDataPage::schedulePreview);
}

void PersonalDataPage::columnsChanged()
{
    m_columns->setColumns(data()->columns, data()->textColumnKeys());
}

void PersonalDataPage::startPreview()
{
    const auto d = data();
    const QStringList keys = m_columns->checkedKeys();
    PiiTypes types;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (it.value()->isChecked())
            types |= it.key();
    }
    if (keys.isEmpty() || !types) {
        m_model->setReport(d, {});
        return;
    }
    runPreview<PiiReport>([d, types, keys](const std::atomic_bool *cancel) { return PiiRedactor::scan(*d, types, keys, cancel); },
                          [this, d](PiiReport report) { m_model->setReport(d, std::move(report)); });
}

CleaningApply PersonalDataPage::makeApply(QString *description)
{
    const QList<qsizetype> cells = m_model->checkedCells();
    if (cells.isEmpty())
        return {};
    *description = tr("Redact personal data in %n cell(s)", nullptr, int(cells.size()));
    const auto d = data();
    const PiiReport report = m_model->report();
    return [d, report, cells](Database &db, WorkspaceError *error) {
        return PiiRedactor::apply(db, *d, report, cells, error);
    };
}

QString PersonalDataPage::summaryText() const
{
    const PiiReport &r = m_model->report();
    if (r.cells.isEmpty())
        return m_columns->checkedKeys().isEmpty() ? tr("Choose the columns to scan.") : tr("No personal data found.");
    QStringList parts;
    for (PiiType t : PiiTypeInfo::all()) {
        if (r.found.value(t) > 0)
            parts.append(tr("%1 %2 (%3 distinct)").arg(r.found.value(t)).arg(PiiTypeInfo::name(t)).arg(r.distinct.value(t)));
    }
    return tr("Found %1 in %n cell(s); ", nullptr, int(r.cells.size())).arg(parts.join(QStringLiteral(", ")))
           + tr("%n ticked for redaction.", nullptr, m_model->checkedCount());
}

} // namespace lathe
