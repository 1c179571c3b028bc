#pragma once

#include <QObject>
#include <QString>

namespace lathe {

struct ProviderConfig;

// The application's own preferences (not a workspace's): language, theme, editor font and the
// defaults new runs and new providers start from. Typed access with defaults over QSettings
// (organisation and application names of the QCoreApplication). Reads go to QSettings each
// time, so several instances agree; only the instance that writes emits the signals, so the
// application keeps one instance and hands it to whoever listens.
//
// A stored value that is missing, of the wrong type or out of range reads as the default.
// Setters refuse out-of-range values (they return false and change nothing); the ranges are
// public so dialogs can name them.
class AppSettings final : public QObject
{
    Q_OBJECT
public:
    enum class Language { System, English, Korean };
    Q_ENUM(Language)
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // Inclusive ranges; timeouts in seconds.
    static constexpr int kMinConcurrency = 0;        // 0 = each provider's own limit
    static constexpr int kMaxConcurrency = 256;
    static constexpr int kMinRequestTimeoutS = 1;
    static constexpr int kMaxRequestTimeoutS = 3600;
    static constexpr int kMinConnectTimeoutS = 1;
    static constexpr int kMaxConnectTimeoutS = 300;
    static constexpr int kMinRetries = 0;
    static constexpr int kMaxRetries = 10;
    static constexpr int kMinFontSize = 6;
    static constexpr int kMaxFontSize = 72;

    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    Language language() const;
    bool setLanguage(Language language);
    // "en", "ko", or empty for System: the suffix of lathe_<code>.qm.
    static QString languageCode(Language language);

    Theme theme() const;
    bool setTheme(Theme theme);

    // Empty family or size 0: the platform's fixed-width font / its size.
    QString editorFontFamily() const;
    int editorFontSize() const;
    bool setEditorFont(const QString &family, int pointSize);

    int defaultConcurrency() const;          // default 0 (provider limits)
    bool setDefaultConcurrency(int calls);
    int requestTimeoutSeconds() const;       // default 600, whole call including streaming
    bool setRequestTimeoutSeconds(int seconds);
    // Default 10. Reads never exceed requestTimeoutSeconds() (a larger stored value is capped);
    // the settings dialog refuses such a pair.
    int connectTimeoutSeconds() const;
    bool setConnectTimeoutSeconds(int seconds);
    int retries() const;                     // default 3, repeats after the first attempt
    bool setRetries(int retries);

    // Fills a new provider's timeouts and retry count from these defaults (stored providers
    // keep their own).
    void applyProviderDefaults(ProviderConfig *config) const;

    // Writes pending changes to disk (QSettings also does so on its own, later).
    void sync();

Q_SIGNALS:
    void languageChanged(lathe::AppSettings::Language language);
    void themeChanged(lathe::AppSettings::Theme theme);
    void editorFontChanged();
    void runDefaultsChanged();
    // After any of the above.
    void changed();

private:
    int intValue(const char *key, int fallback, int min, int max) const;
    bool setInt(const char *key, int value, int min, int max, void (AppSettings::*signal)());
};

} // namespace lathe
