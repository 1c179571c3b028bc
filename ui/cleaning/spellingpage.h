#pragma once

#include "cleaningpage.h"

class QComboBox;

namespace lathe {

class ColumnPicker;
class SpellingIssuesModel;

// Spell check of text columns with Sonnet: unknown words with suggestions; ticked words are
// replaced by the chosen replacement.
class SpellingPage final : public CleaningPage
{
    Q_OBJECT
public:
    explicit SpellingPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Spelling"); }
    SpellingIssuesModel *issuesModel() const { return m_model; }
    QComboBox *languageBox() const { return m_language; }

protected:
    void columnsChanged() override;
    void startPreview() override;
    CleaningApply makeApply(QString *description) override;
    QString summaryText() const override;

private:
    SpellingIssuesModel *m_model;
    ColumnPicker *m_columns;
    QComboBox *m_language;
};

} // namespace lathe
