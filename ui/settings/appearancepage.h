#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;

namespace lathe {

class AppSettings;
class LimitedSpinBox;
class PromptEditor;
class ThemeManager;

// Appearance: the theme (System, Light, Dark) and the prompt editors' font, with a preview
// editor that shows both before they are applied.
class AppearancePage final : public SettingsPage
{
    Q_OBJECT
public:
    // `themes` (may be null) supplies the System palette for the preview.
    AppearancePage(AppSettings *settings, ThemeManager *themes, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    bool apply(QString *error) override;

    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *systemFontBox() const { return m_systemFont; }
    QFontComboBox *fontBox() const { return m_font; }
    LimitedSpinBox *sizeBox() const { return m_size; }
    PromptEditor *preview() const { return m_preview; }

private:
    void updatePreview();

    AppSettings *m_settings;
    ThemeManager *m_themes;
    QComboBox *m_theme;
    QCheckBox *m_systemFont;
    QFontComboBox *m_font;
    LimitedSpinBox *m_size;
    PromptEditor *m_preview;
};

} // namespace lathe
