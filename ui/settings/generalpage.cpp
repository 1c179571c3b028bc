#include "generalpage.h"

#include "translationloader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

GeneralPage::GeneralPage(AppSettings *settings, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_running(TranslationLoader::installedLanguage().value_or(settings->language()))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_language->setObjectName(u"language"_s);
    const QLocale system = QLocale::system();
    const QString systemName = system.nativeLanguageName().isEmpty() ? QLocale::languageToString(system.language())
                                                                     : system.nativeLanguageName();
    m_language->addItem(tr("System default (%1)").arg(systemName),
                        QVariant::fromValue(AppSettings::Language::System));
    // Language names in their own language, as language menus show them.
    m_language->addItem(u"English"_s, QVariant::fromValue(AppSettings::Language::English));
    m_language->addItem(u"한국어 (Korean)"_s, QVariant::fromValue(AppSettings::Language::Korean));
    m_language->setToolTip(tr("The language of menus, dialogs and messages"));

    m_note->setObjectName(u"restartNote"_s);
    m_note->setText(tr("Lathe shows the new language the next time it starts."));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, [this] {
        updateNote();
        Q_EMIT modified();
    });
    load();
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::load()
{
    m_language->setCurrentIndex(m_language->findData(QVariant::fromValue(m_settings->language())));
    updateNote();
}

void GeneralPage::updateNote()
{
    m_note->setVisible(m_language->currentData().value<AppSettings::Language>() != m_running);
}

QString GeneralPage::validate()
{
    return {};
}

bool GeneralPage::apply(QString *)
{
    return m_settings->setLanguage(m_language->currentData().value<AppSettings::Language>());
}

} // namespace lathe
