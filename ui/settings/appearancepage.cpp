#include "appearancepage.h"

#include "core/appsettings.h"
#include "editorfontapplier.h"
#include "limitedspinbox.h"
#include "editor/prompteditor.h"
#include "thememanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lathe {

AppearancePage::AppearancePage(AppSettings *settings, ThemeManager *themes, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_themes(themes)
    , m_theme(new QComboBox(this))
    , m_systemFont(new QCheckBox(tr("Use the system's fixed-width font"), this))
    , m_font(new QFontComboBox(this))
    , m_size(new LimitedSpinBox(AppSettings::kMinFontSize, AppSettings::kMaxFontSize, this))
    , m_preview(new PromptEditor(this))
{
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), QVariant::fromValue(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), QVariant::fromValue(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(AppSettings::Theme::Dark));
    m_theme->setToolTip(tr("Colours of the whole application, editors and charts included"));

    m_systemFont->setObjectName(u"systemFont"_s);
    m_font->setObjectName(u"editorFont"_s);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setToolTip(tr("Font of the prompt editors"));
    m_size->setObjectName(u"editorFontSize"_s);
    m_size->setSuffix(tr(" pt"));

    m_preview->setObjectName(u"preview"_s);
    m_preview->setText(tr("# Summarise the ticket\n"
                          "{# a preview of the editor #}\n"
                          "Write one sentence for {{ customer_name }}:\n"
                          "{% for line in ticket %}- {{ line }}\n{% endfor %}\n"));
    m_preview->setReadOnly(true);
    m_preview->setProperty(EditorFontApplier::kOwnFont, true);
    m_preview->setMinimumHeight(140);

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Editor &font:"), m_systemFont);
    form->addRow(QString(), fontRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);

    const auto edited = [this] {
        updatePreview();
        Q_EMIT modified();
    };
    connect(m_theme, &QComboBox::activated, this, edited);
    connect(m_systemFont, &QCheckBox::toggled, this, edited);
    connect(m_font, &QFontComboBox::currentFontChanged, this, edited);
    connect(m_size, &QSpinBox::valueChanged, this, edited);
    load();
}

QString AppearancePage::title() const
{
    return tr("Appearance");
}

void AppearancePage::load()
{
    const QSignalBlocker b1(m_theme), b2(m_systemFont), b3(m_font), b4(m_size);
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(m_settings->theme())));
    const QFont font = EditorFontApplier::editorFont(m_settings->editorFontFamily(), m_settings->editorFontSize());
    m_systemFont->setChecked(m_settings->editorFontFamily().isEmpty() && m_settings->editorFontSize() == 0);
    m_font->setCurrentFont(font);
    m_size->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    updatePreview();
}

QString AppearancePage::validate()
{
    if (m_systemFont->isChecked())
        return {};
    const QString family = m_font->currentText().trimmed();
    if (family.isEmpty() || !QFontDatabase::hasFamily(family)) {
        m_font->setFocus();
        return tr("Editor font: “%1” is not an installed font.").arg(family);
    }
    if (!m_size->isWithinLimits()) {
        m_size->setFocus();
        return tr("Editor font size: enter a size from %1 to %2 points.")
            .arg(AppSettings::kMinFontSize)
            .arg(AppSettings::kMaxFontSize);
    }
    return {};
}

bool AppearancePage::apply(QString *error)
{
    m_settings->setTheme(m_theme->currentData().value<AppSettings::Theme>());
    const bool system = m_systemFont->isChecked();
    if (!m_settings->setEditorFont(system ? QString() : m_font->currentText().trimmed(), system ? 0 : m_size->value())) {
        *error = tr("Editor font size: enter a size from %1 to %2 points.")
                     .arg(AppSettings::kMinFontSize)
                     .arg(AppSettings::kMaxFontSize);
        return false;
    }
    return true;
}

void AppearancePage::updatePreview()
{
    const bool system = m_systemFont->isChecked();
    m_font->setEnabled(!system);
    m_size->setEnabled(!system);
    const auto theme = m_theme->currentData().value<AppSettings::Theme>();
    m_preview->setPalette(m_themes ? m_themes->paletteFor(theme)
                          : theme == AppSettings::Theme::Dark ? ThemeManager::darkPalette()
                          : theme == AppSettings::Theme::Light ? ThemeManager::lightPalette()
                                                                : QApplication::palette());
    EditorFontApplier::applyTo(m_preview, system ? EditorFontApplier::editorFont({}, 0)
                                                 : EditorFontApplier::editorFont(m_font->currentText(), m_size->value()));
}

} // namespace lathe
