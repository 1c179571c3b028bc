#pragma once

#include "cleaningpage.h"

class QCheckBox;

namespace lathe {

class ColumnPicker;
class DuplicateRowsModel;

// Exact duplicates on the chosen columns, optionally ignoring white space and case.
class DuplicatesPage final : public CleaningPage
{
    Q_OBJECT
public:
    explicit DuplicatesPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Duplicates"); }
    DuplicateRowsModel *rowsModel() const { return m_model; }
    ColumnPicker *columnPicker() const { return m_columns; }

protected:
    void columnsChanged() override;
    void startPreview() override;
    CleaningApply makeApply(QString *description) override;
    QString summaryText() const override;

private:
    DuplicateRowsModel *m_model;
    ColumnPicker *m_columns;
    QCheckBox *m_whitespace;
    QCheckBox *m_case;
};

} // namespace lathe
