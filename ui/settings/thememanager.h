#pragma once

#include "core/appsettings.h"

#include <QObject>
#include <QPalette>

namespace lathe {

// Applies the theme setting to the whole application: Dark and Light switch to the Fusion style
// with a complete palette of their own; System restores the platform's style and palette and
// follows the platform's colour scheme (QStyleHints::colorScheme), falling back to Fusion with
// the dark palette when the platform reports Dark but its palette is light.
//
// The contract for views: a theme change is a palette change. Every widget receives
// QEvent::PaletteChange (and QEvent::ApplicationPaletteChange); views that paint their own
// colours (prompt editors, diff panes, charts) re-read palette() there. Lives on the GUI thread;
// one instance per application.
class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    // Remembers the current (platform) style, applies settings->theme() and keeps following the
    // setting and the system colour scheme. `settings` must outlive the manager.
    explicit ThemeManager(AppSettings *settings, QObject *parent = nullptr);
    ~ThemeManager() override;

    AppSettings::Theme theme() const { return m_theme; }
    // Whether the applied palette is dark (for System: what the platform gave).
    bool isDark() const;

    // Complete palettes (every role of every group set), so nothing falls back to the platform.
    static QPalette darkPalette();
    static QPalette lightPalette();
    // The palette `theme` would apply, for previews. System: the platform's current palette.
    QPalette paletteFor(AppSettings::Theme theme) const;
    static bool isDarkPalette(const QPalette &palette);

    void apply(AppSettings::Theme theme);
    // The platform's colour scheme changed (connected to QStyleHints::colorSchemeChanged);
    // public so tests can play the platform on systems that report no scheme.
    void setSystemColorScheme(Qt::ColorScheme scheme);

Q_SIGNALS:
    // After the application's palette changed because of a theme switch.
    void applied(bool dark);

private:
    void applyPlatform();
    void applyFusion(const QPalette &palette);

    QString m_platformStyle;
    AppSettings::Theme m_theme = AppSettings::Theme::System;
    Qt::ColorScheme m_systemScheme = Qt::ColorScheme::Unknown;
    bool m_requesting = false;
};

} // namespace lathe
