#include "appsettings.h"

#include "providers/providerconfig.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// QSettings keys. Enumerations are stored as words so the file stays readable and stable.
constexpr auto kLanguage = "general/language";
constexpr auto kTheme = "appearance/theme";
constexpr auto kFontFamily = "editor/fontFamily";
constexpr auto kFontSize = "editor/fontSize";
constexpr auto kConcurrency = "runs/defaultConcurrency";
constexpr auto kRequestTimeout = "runs/requestTimeoutSeconds";
constexpr auto kConnectTimeout = "runs/connectTimeoutSeconds";
constexpr auto kRetries = "runs/retries";

constexpr int kDefaultConcurrency = 0;
constexpr int kDefaultRequestTimeoutS = 600;
constexpr int kDefaultConnectTimeoutS = 10;
constexpr int kDefaultRetries = 3;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString languageWord(AppSettings::Language language)
{
    switch (language) {
    case AppSettings::Language::English: return u"en"_s;
    case AppSettings::Language::Korean: return u"ko"_s;
    case AppSettings::Language::System: break;
    }
    return u"system"_s;
}

QString themeWord(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::Light: return u"light"_s;
    case AppSettings::Theme::Dark: return u"dark"_s;
    case AppSettings::Theme::System: break;
    }
    return u"system"_s;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::~AppSettings() = default;

AppSettings::Language AppSettings::language() const
{
    const QString word = QSettings().value(key(kLanguage)).toString();
    for (Language l : {Language::English, Language::Korean}) {
        if (word == languageWord(l))
            return l;
    }
    return Language::System;
}

bool AppSettings::setLanguage(Language language)
{
    if (language == this->language())
        return true;
    QSettings().setValue(key(kLanguage), languageWord(language));
    Q_EMIT languageChanged(language);
    Q_EMIT changed();
    return true;
}

QString AppSettings::languageCode(Language language)
{
    return language == Language::System ? QString() : languageWord(language);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString word = QSettings().value(key(kTheme)).toString();
    for (Theme t : {Theme::Light, Theme::Dark}) {
        if (word == themeWord(t))
            return t;
    }
    return Theme::System;
}

bool AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return true;
    QSettings().setValue(key(kTheme), themeWord(theme));
    Q_EMIT themeChanged(theme);
    Q_EMIT changed();
    return true;
}

QString AppSettings::editorFontFamily() const
{
    return QSettings().value(key(kFontFamily)).toString().trimmed();
}

int AppSettings::editorFontSize() const
{
    return intValue(kFontSize, 0, kMinFontSize, kMaxFontSize);
}

bool AppSettings::setEditorFont(const QString &family, int pointSize)
{
    if (pointSize != 0 && (pointSize < kMinFontSize || pointSize > kMaxFontSize))
        return false;
    const QString trimmed = family.trimmed();
    if (trimmed == editorFontFamily() && pointSize == editorFontSize())
        return true;
    QSettings settings;
    settings.setValue(key(kFontFamily), trimmed);
    settings.setValue(key(kFontSize), pointSize);
    Q_EMIT editorFontChanged();
    Q_EMIT changed();
    return true;
}

int AppSettings::defaultConcurrency() const
{
    return intValue(kConcurrency, kDefaultConcurrency, kMinConcurrency, kMaxConcurrency);
}

bool AppSettings::setDefaultConcurrency(int calls)
{
    return setInt(kConcurrency, calls, kMinConcurrency, kMaxConcurrency, &AppSettings::runDefaultsChanged);
}

int AppSettings::requestTimeoutSeconds() const
{
    return intValue(kRequestTimeout, kDefaultRequestTimeoutS, kMinRequestTimeoutS, kMaxRequestTimeoutS);
}

bool AppSettings::setRequestTimeoutSeconds(int seconds)
{
    return setInt(kRequestTimeout, seconds, kMinRequestTimeoutS, kMaxRequestTimeoutS,
                  &AppSettings::runDefaultsChanged);
}

int AppSettings::connectTimeoutSeconds() const
{
    return std::min(intValue(kConnectTimeout, kDefaultConnectTimeoutS, kMinConnectTimeoutS, kMaxConnectTimeoutS),
                    requestTimeoutSeconds());
}

bool AppSettings::setConnectTimeoutSeconds(int seconds)
{
    return setInt(kConnectTimeout, seconds, kMinConnectTimeoutS, kMaxConnectTimeoutS,
                  &AppSettings::runDefaultsChanged);
}

int AppSettings::retries() const
{
    return intValue(kRetries, kDefaultRetries, kMinRetries, kMaxRetries);
}

bool AppSettings::setRetries(int retries)
{
    return setInt(kRetries, retries, kMinRetries, kMaxRetries, &AppSettings::runDefaultsChanged);
}

void AppSettings::applyProviderDefaults(ProviderConfig *config) const
{
    config->connectTimeoutMs = connectTimeoutSeconds() * 1000;
    config->totalTimeoutMs = requestTimeoutSeconds() * 1000;
    config->retry.maxAttempts = retries() + 1;
}

void AppSettings::sync()
{
    QSettings().sync();
}

int AppSettings::intValue(const char *name, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = QSettings().value(key(name)).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

bool AppSettings::setInt(const char *name, int value, int min, int max, void (AppSettings::*signal)())
{
    if (value < min || value > max)
        return false;
    QSettings settings;
    bool ok = false;
    if (settings.value(key(name)).toInt(&ok) == value && ok)
        return true;
    settings.setValue(key(name), value);
    Q_EMIT(this->*signal)();
    Q_EMIT changed();
    return true;
}

} // namespace lathe
