#include "thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

const auto kFusion = "fusion"_L1;

// Sets every role of every group explicitly, so the palette's resolve mask is full and no role
// is filled in from the platform's.
QPalette completed(const QPalette &source)
{
    QPalette out = source;
    for (int g = 0; g < QPalette::NColorGroups; ++g) {
        const auto group = static_cast<QPalette::ColorGroup>(g);
        for (int r = 0; r < QPalette::NColorRoles; ++r) {
            const auto role = static_cast<QPalette::ColorRole>(r);
            if (role != QPalette::NoRole)
                out.setBrush(group, role, source.brush(group, role));
        }
    }
    return out;
}

} // namespace

ThemeManager::ThemeManager(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_platformStyle(QApplication::style()->name())
{
    QStyleHints *hints = QGuiApplication::styleHints();
    m_systemScheme = hints->colorScheme();
    connect(hints, &QStyleHints::colorSchemeChanged, this, [this](Qt::ColorScheme scheme) {
        // Echoes of our own requests (Light/Dark) are not the system's choice.
        if (!m_requesting && m_theme == AppSettings::Theme::System)
            setSystemColorScheme(scheme);
    });
    connect(settings, &AppSettings::themeChanged, this, &ThemeManager::apply);
    apply(settings->theme());
}

ThemeManager::~ThemeManager() = default;

bool ThemeManager::isDark() const
{
    return isDarkPalette(QGuiApplication::palette());
}

bool ThemeManager::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QPalette ThemeManager::darkPalette()
{
    QPalette p = lightPalette();
    const auto set = [&p](QPalette::ColorRole role, QColor active, QColor disabled = {}) {
        p.setColor(QPalette::Active, role, active);
        p.setColor(QPalette::Inactive, role, active);
        p.setColor(QPalette::Disabled, role, disabled.isValid() ? disabled : active);
    };
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimText(0x80, 0x80, 0x84);
    set(QPalette::Window, QColor(0x2a, 0x2b, 0x2e));
    set(QPalette::WindowText, text, dimText);
    set(QPalette::Base, QColor(0x1e, 0x1f, 0x22), QColor(0x26, 0x27, 0x2a));
    set(QPalette::AlternateBase, QColor(0x27, 0x28, 0x2b));
    set(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x39));
    set(QPalette::ToolTipText, text);
    set(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x90), QColor(0x66, 0x66, 0x6a));
    set(QPalette::Text, text, dimText);
    set(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    set(QPalette::ButtonText, text, dimText);
    set(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    set(QPalette::Light, QColor(0x4a, 0x4c, 0x51));
    set(QPalette::Midlight, QColor(0x3e, 0x40, 0x44));
    set(QPalette::Mid, QColor(0x26, 0x27, 0x2a));
    set(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    set(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    set(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1), QColor(0x4a, 0x4c, 0x51));
    set(QPalette::HighlightedText, Qt::white, QColor(0xa0, 0xa0, 0xa4));
    set(QPalette::Link, QColor(0x6c, 0xb0, 0xf5));
    set(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xf0));
    set(QPalette::Accent, QColor(0x2f, 0x7d, 0xd1), QColor(0x4a, 0x4c, 0x51));
    return p;
}

QPalette ThemeManager::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return completed(fusion ? fusion->standardPalette() : QPalette(Qt::white));
}

QPalette ThemeManager::paletteFor(AppSettings::Theme theme) const
{
    switch (theme) {
    case AppSettings::Theme::Dark: return darkPalette();
    case AppSettings::Theme::Light: return lightPalette();
    case AppSettings::Theme::System: break;
    }
    if (m_theme == AppSettings::Theme::System)
        return QGuiApplication::palette();
    return m_systemScheme == Qt::ColorScheme::Dark ? darkPalette() : lightPalette();
}

void ThemeManager::apply(AppSettings::Theme theme)
{
    m_theme = theme;
    QStyleHints *hints = QGuiApplication::styleHints();
    m_requesting = true;
    // Lets native parts (title bars, file dialogs) follow where the platform supports it.
    switch (theme) {
    case AppSettings::Theme::Dark: hints->setColorScheme(Qt::ColorScheme::Dark); break;
    case AppSettings::Theme::Light: hints->setColorScheme(Qt::ColorScheme::Light); break;
    case AppSettings::Theme::System: hints->unsetColorScheme(); break;
    }
    m_requesting = false;

    switch (theme) {
    case AppSettings::Theme::Dark:
        applyFusion(darkPalette());
        break;
    case AppSettings::Theme::Light:
        applyFusion(lightPalette());
        break;
    case AppSettings::Theme::System:
        m_systemScheme = hints->colorScheme();
        applyPlatform();
        break;
    }
    Q_EMIT applied(isDark());
}

void ThemeManager::setSystemColorScheme(Qt::ColorScheme scheme)
{
    m_systemScheme = scheme;
    if (m_theme != AppSettings::Theme::System)
        return;
    applyPlatform();
    Q_EMIT applied(isDark());
}

void ThemeManager::applyPlatform()
{
    if (QApplication::style()->name().compare(m_platformStyle, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(m_platformStyle);
    // A palette with an empty resolve mask is filled entirely from the style and the platform
    // theme, and keeps following the platform (a default-constructed QPalette would be a copy
    // of the current application palette, which QApplication::setPalette ignores).
    QPalette platform(Qt::gray);
    platform.setResolveMask(0);
    QApplication::setPalette(platform);
    const bool dark = isDark();
    if (m_systemScheme == Qt::ColorScheme::Dark && !dark)
        applyFusion(darkPalette());
    else if (m_systemScheme == Qt::ColorScheme::Light && dark)
        applyFusion(lightPalette());
}

void ThemeManager::applyFusion(const QPalette &palette)
{
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(kFusion);
    QApplication::setPalette(palette);
}

} // namespace lathe
