#include "spellingpage.h"

#include "columnpicker.h"
#include "spellingissuesmodel.h"
#include "suggestiondelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QTableView>

namespace lathe {

SpellingPage::SpellingPage(QWidget *parent)
    : CleaningPage(parent), m_model(new SpellingIssuesModel(this)), m_columns(new ColumnPicker(this)),
      m_language(new QComboBox(this))
{
    setModel(m_model);
    view()->setItemDelegateForColumn(4, new SuggestionDelegate(view()));
    const QStringList languages = SpellCheckScanner::availableLanguages();
    for (const QString &code : languages) {
        const QLocale locale(code);
        const QString name = locale.language() == QLocale::C ? code
                                                               : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), code);
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(SpellCheckScanner::defaultLanguage(languages))));
    optionsLayout()->addRow(tr("Columns:"), m_columns);
    optionsLayout()->addRow(tr("Dictionary:"), m_language);
    connect(m_columns, &ColumnPicker::changed, this, &SpellingPage::schedulePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SpellingPage::schedulePreview);
}

void SpellingPage::columnsChanged()
{
    m_columns->setColumns(data()->columns, data()->textColumnKeys());
}

void SpellingPage::startPreview()
{
    const auto d = data();
    const QStringList keys = m_columns->checkedKeys();
    const QString language = m_language->currentData().toString();
    if (keys.isEmpty()) {
        m_model->setReport(d, {});
        return;
    }
    runPreview<SpellingReport>(
        [d, keys, language](const std::atomic_bool *cancel) { return SpellCheckScanner::scan(*d, language, keys, cancel); },
        [this, d](SpellingReport report) { m_model->setReport(d, std::move(report)); });
}

CleaningApply SpellingPage::makeApply(QString *description)
{
    const auto corrections = m_model->corrections();
    if (corrections.isEmpty())
        return {};
    *description = tr("Correct %n spelling(s)", nullptr, int(corrections.size()));
    const auto d = data();
    const SpellingReport report = m_model->report();
    return [d, report, corrections](Database &db, WorkspaceError *error) {
        return SpellCheckScanner::apply(db, *d, report, corrections, error);
    };
}

QString SpellingPage::summaryText() const
{
    const SpellingReport &r = m_model->report();
    if (r.dictionaryMissing || m_language->count() == 0)
        return tr("No spelling dictionary is installed (Sonnet found none).");
    if (r.issues.isEmpty())
        return m_columns->checkedKeys().isEmpty() ? tr("Choose the columns to check.") : tr("No unknown words.");
    return tr("%n unknown word(s); tick the ones to correct, double-click a replacement to change it. ", nullptr,
              int(r.issues.size()))
           + tr("%n correction(s) ticked.", nullptr, int(m_model->corrections().size()));
}

} // namespace lathe
