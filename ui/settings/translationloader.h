#pragma once

#include "core/appsettings.h"

#include <QLocale>
#include <QStringList>

#include <optional>

namespace lathe {

// Loads Lathe's translation (lathe_<lang>.qm) and Qt's own (qtbase_<lang>.qm, for standard
// buttons and dialogs) for the language setting, and installs them on the application.
//
// System follows the system's preferred UI languages in order and stops at the first one that
// is English (the source language) or has a lathe_*.qm; an override loads that language only
// (English loads nothing). Lathe's files are looked up in the application's resources
// (":/i18n", where qt_add_translations puts them), then in "translations" next to the binary
// (build tree), then in ../share/lathe/translations relative to it (installed, FHS).
// Call once, after the QApplication exists and before any widget is created.
class TranslationLoader final
{
public:
    struct Result
    {
        QLocale locale;      // the language chosen for the interface
        QString lathePath;   // the lathe_*.qm loaded, empty when none (English or missing)
        QString qtPath;      // the qtbase_*.qm loaded, empty when none
    };

    // `paths` and `system` are parameters for tests; the application uses the defaults.
    static Result install(AppSettings::Language language, const QStringList &paths = searchPaths(),
                          const QLocale &system = QLocale::system());
    // The language setting install() ran with in this process, if it ran.
    static std::optional<AppSettings::Language> installedLanguage();
    static QStringList searchPaths();
    // The candidate locales for `language`, most preferred first.
    static QList<QLocale> candidates(AppSettings::Language language, const QLocale &system);
};

} // namespace lathe
