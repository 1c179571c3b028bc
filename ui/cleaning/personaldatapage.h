#pragma once

#include "cleaningpage.h"

#include "cleaning/piitype.h"

#include <QMap>

class QCheckBox;

namespace lathe {

class ColumnPicker;
class PiiCellsModel;

// Personal data: cells holding email addresses, phone numbers, card numbers, IBANs, IP
// addresses or resident registration numbers; ticked cells get typed placeholders.
class PersonalDataPage final : public CleaningPage
{
    Q_OBJECT
public:
    explicit PersonalDataPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Personal data"); }
    PiiCellsModel *cellsModel() const { return m_model; }
    QCheckBox *typeBox(PiiType type) const { return m_types.value(type); }

protected:
    void columnsChanged() override;
    void startPreview() override;
    CleaningApply makeApply(QString *description) override;
    QString summaryText() const override;

private:
    PiiCellsModel *m_model;
    ColumnPicker *m_columns;
    QMap<PiiType, QCheckBox *> m_types;
};

} // namespace lathe
