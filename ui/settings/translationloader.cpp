#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {
std::optional<AppSettings::Language> g_installed;   // GUI thread only, written once at start
} // namespace

std::optional<AppSettings::Language> TranslationLoader::installedLanguage()
{
    return g_installed;
}

QStringList TranslationLoader::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {u":/i18n"_s, QDir(appDir).filePath(u"translations"_s),
            QDir::cleanPath(QDir(appDir).filePath(u"../share/lathe/translations"_s))};
}

QList<QLocale> TranslationLoader::candidates(AppSettings::Language language, const QLocale &system)
{
    switch (language) {
    case AppSettings::Language::English: return {QLocale(QLocale::English, QLocale::UnitedStates)};
    case AppSettings::Language::Korean: return {QLocale(QLocale::Korean, QLocale::SouthKorea)};
    case AppSettings::Language::System: break;
    }
    QList<QLocale> out;
    const QStringList languages = system.uiLanguages(QLocale::TagSeparator::Underscore);
    for (const QString &name : languages) {
        const QLocale locale(name);
        if (locale.language() != QLocale::C && !out.contains(locale))
            out.append(locale);
    }
    if (out.isEmpty())
        out.append(system);
    return out;
}

TranslationLoader::Result TranslationLoader::install(AppSettings::Language language, const QStringList &paths,
                                                    const QLocale &system)
{
    g_installed = language;
    Result result;
    auto *app = QCoreApplication::instance();
    const QList<QLocale> locales = candidates(language, system);
    result.locale = locales.constFirst();
    for (const QLocale &locale : locales) {
        if (locale.language() == QLocale::English) {
            result.locale = locale;   // the source language: no translation needed
            break;
        }
        auto *lathe = new QTranslator(app);
        for (const QString &dir : paths) {
            if (lathe->load(locale, u"lathe"_s, u"_"_s, dir))
                break;
        }
        if (lathe->isEmpty()) {
            delete lathe;
            continue;
        }
        QCoreApplication::installTranslator(lathe);
        result.locale = locale;
        result.lathePath = lathe->filePath();
        break;
    }
    if (result.locale.language() != QLocale::English) {
        auto *qt = new QTranslator(app);
        if (qt->load(result.locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            result.qtPath = qt->filePath();
        } else {
            delete qt;
        }
    }
    return result;
}

} // namespace lathe
