// TranslationLoader: which languages are tried for each setting, and that a lathe_<lang>.qm in
// one of the search folders is installed so strings come out translated.
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesFollowTheSetting()
    {
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(TranslationLoader::candidates(AppSettings::Language::System, korean).constFirst().language(),
                 QLocale::Korean);
        QCOMPARE(TranslationLoader::candidates(AppSettings::Language::System, english).constFirst().language(),
                 QLocale::English);
        // An override wins over the system.
        QCOMPARE(TranslationLoader::candidates(AppSettings::Language::English, korean),
                 QList<QLocale>{QLocale(QLocale::English, QLocale::UnitedStates)});
        QCOMPARE(TranslationLoader::candidates(AppSettings::Language::Korean, english).constFirst().language(),
                 QLocale::Korean);
    }

    void searchPathsCoverResourcesBuildTreeAndInstall()
    {
        const QStringList paths = TranslationLoader::searchPaths();
        QCOMPARE(paths.size(), 3);
        QCOMPARE(paths.at(0), u":/i18n"_s);
        QCOMPARE(paths.at(1), QDir(QCoreApplication::applicationDirPath()).filePath(u"translations"_s));
        QVERIFY(paths.at(2).endsWith(u"share/lathe/translations"_s));
    }

    void englishLoadsNothing()
    {
        const auto result = TranslationLoader::install(AppSettings::Language::English, {});
        QCOMPARE(result.locale.language(), QLocale::English);
        QVERIFY(result.lathePath.isEmpty());
        QCOMPARE(TranslationLoader::installedLanguage(), AppSettings::Language::English);
    }

    void loadsAndInstallsTheLanguagesFile()
    {
        // A one-message translation, compiled with Qt's lrelease as the build will.
        const QString lrelease = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(u"lrelease"_s);
        if (!QFileInfo(lrelease).isExecutable())
            QSKIP("Qt's lrelease is not installed");
        QTemporaryDir dir;
        const QString ts = dir.filePath(u"lathe_ko.ts"_s);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                   "<TS version=\"2.1\" language=\"ko_KR\"><context><name>TestContext</name>"
                   "<message><source>Settings</source><translation>설정</translation></message>"
                   "</context></TS>\n");
        file.close();
        QProcess process;
        process.start(lrelease, {u"-silent"_s, ts, u"-qm"_s, dir.filePath(u"lathe_ko.qm"_s)});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);

        // English on a Korean system: nothing is loaded.
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        auto result = TranslationLoader::install(AppSettings::Language::English, {dir.path()}, korean);
        QVERIFY(result.lathePath.isEmpty());
        QCOMPARE(QCoreApplication::translate("TestContext", "Settings"), u"Settings"_s);

        // System on a Korean system: the missing first folder is skipped, the file is found.
        result = TranslationLoader::install(AppSettings::Language::System,
                                            {dir.filePath(u"missing"_s), dir.path()}, korean);
        QCOMPARE(result.locale.language(), QLocale::Korean);
        QCOMPARE(QFileInfo(result.lathePath).fileName(), u"lathe_ko.qm"_s);
        QCOMPARE(QCoreApplication::translate("TestContext", "Settings"), u"설정"_s);
        QCOMPARE(TranslationLoader::installedLanguage(), AppSettings::Language::System);
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
