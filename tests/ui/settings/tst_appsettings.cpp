// AppSettings: defaults on a fresh profile, a round trip through QSettings (a second instance
// and the settings file see the values), signals only on real changes, out-of-range values
// refused, damaged stored values read as defaults, and provider defaults filled from it.
#include "core/appsettings.h"
#include "providers/providerconfig.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"LatheTest"_s);
        QCoreApplication::setApplicationName(u"tst_appsettings"_s);
    }

    void init() { QSettings().clear(); }

    void freshProfileHasDefaults()
    {
        const AppSettings s;
        QCOMPARE(s.language(), AppSettings::Language::System);
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QVERIFY(s.editorFontFamily().isEmpty());
        QCOMPARE(s.editorFontSize(), 0);
        QCOMPARE(s.defaultConcurrency(), 0);
        QCOMPARE(s.requestTimeoutSeconds(), 600);
        QCOMPARE(s.connectTimeoutSeconds(), 10);
        QCOMPARE(s.retries(), 3);
    }

    void roundTripThroughQSettings()
    {
        {
            AppSettings s;
            QVERIFY(s.setLanguage(AppSettings::Language::Korean));
            QVERIFY(s.setTheme(AppSettings::Theme::Dark));
            QVERIFY(s.setEditorFont(u"DejaVu Sans Mono"_s, 13));
            QVERIFY(s.setDefaultConcurrency(16));
            QVERIFY(s.setRequestTimeoutSeconds(120));
            QVERIFY(s.setConnectTimeoutSeconds(5));
            QVERIFY(s.setRetries(0));
            s.sync();
        }
        const AppSettings again;
        QCOMPARE(again.language(), AppSettings::Language::Korean);
        QCOMPARE(again.theme(), AppSettings::Theme::Dark);
        QCOMPARE(again.editorFontFamily(), u"DejaVu Sans Mono"_s);
        QCOMPARE(again.editorFontSize(), 13);
        QCOMPARE(again.defaultConcurrency(), 16);
        QCOMPARE(again.requestTimeoutSeconds(), 120);
        QCOMPARE(again.connectTimeoutSeconds(), 5);
        QCOMPARE(again.retries(), 0);

        // What a person editing the file would see: readable words, not enum numbers.
        const QSettings file(QSettings().fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(u"general/language"_s).toString(), u"ko"_s);
        QCOMPARE(file.value(u"appearance/theme"_s).toString(), u"dark"_s);
        QCOMPARE(file.value(u"runs/requestTimeoutSeconds"_s).toInt(), 120);
        QCOMPARE(AppSettings::languageCode(again.language()), u"ko"_s);
        QVERIFY(AppSettings::languageCode(AppSettings::Language::System).isEmpty());
    }

    void signalsOnlyOnChange()
    {
        AppSettings s;
        QSignalSpy theme(&s, &AppSettings::themeChanged);
        QSignalSpy runs(&s, &AppSettings::runDefaultsChanged);
        QSignalSpy font(&s, &AppSettings::editorFontChanged);
        QSignalSpy any(&s, &AppSettings::changed);
        QVERIFY(s.setTheme(AppSettings::Theme::Light));
        QVERIFY(s.setTheme(AppSettings::Theme::Light));
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.at(0).at(0).value<AppSettings::Theme>(), AppSettings::Theme::Light);
        QVERIFY(s.setRetries(5));
        QVERIFY(s.setRetries(5));
        QCOMPARE(runs.count(), 1);
        QVERIFY(s.setEditorFont(u"Monospace"_s, 11));
        QVERIFY(s.setEditorFont(u"Monospace"_s, 11));
        QCOMPARE(font.count(), 1);
        QCOMPARE(any.count(), 3);
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("value");
        QTest::newRow("concurrency -1") << 0 << -1;
        QTest::newRow("concurrency 257") << 0 << 257;
        QTest::newRow("request timeout 0") << 1 << 0;
        QTest::newRow("request timeout 3601") << 1 << 3601;
        QTest::newRow("connect timeout 0") << 2 << 0;
        QTest::newRow("retries -1") << 3 << -1;
        QTest::newRow("retries 11") << 3 << 11;
        QTest::newRow("font size 5") << 4 << 5;
        QTest::newRow("font size 73") << 4 << 73;
    }

    void outOfRangeIsRefused()
    {
        QFETCH(int, which);
        QFETCH(int, value);
        AppSettings s;
        QSignalSpy any(&s, &AppSettings::changed);
        bool ok = true;
        switch (which) {
        case 0: ok = s.setDefaultConcurrency(value); break;
        case 1: ok = s.setRequestTimeoutSeconds(value); break;
        case 2: ok = s.setConnectTimeoutSeconds(value); break;
        case 3: ok = s.setRetries(value); break;
        case 4: ok = s.setEditorFont(u"Monospace"_s, value); break;
        }
        QVERIFY(!ok);
        QCOMPARE(any.count(), 0);
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void damagedValuesReadAsDefaults()
    {
        QSettings raw;
        raw.setValue(u"general/language"_s, u"klingon"_s);
        raw.setValue(u"appearance/theme"_s, 7);
        raw.setValue(u"runs/requestTimeoutSeconds"_s, u"soon"_s);
        raw.setValue(u"runs/retries"_s, 99);
        raw.setValue(u"editor/fontSize"_s, -4);
        const AppSettings s;
        QCOMPARE(s.language(), AppSettings::Language::System);
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QCOMPARE(s.requestTimeoutSeconds(), 600);
        QCOMPARE(s.retries(), 3);
        QCOMPARE(s.editorFontSize(), 0);
    }

    void connectTimeoutNeverExceedsRequestTimeout()
    {
        AppSettings s;
        QVERIFY(s.setConnectTimeoutSeconds(60));
        QVERIFY(s.setRequestTimeoutSeconds(30));
        QCOMPARE(s.connectTimeoutSeconds(), 30);
    }

    void providerDefaultsComeFromSettings()
    {
        AppSettings s;
        QVERIFY(s.setRequestTimeoutSeconds(90));
        QVERIFY(s.setConnectTimeoutSeconds(4));
        QVERIFY(s.setRetries(2));
        ProviderConfig config;
        s.applyProviderDefaults(&config);
        QCOMPARE(config.totalTimeoutMs, 90'000);
        QCOMPARE(config.connectTimeoutMs, 4'000);
        QCOMPARE(config.retry.maxAttempts, 3);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
