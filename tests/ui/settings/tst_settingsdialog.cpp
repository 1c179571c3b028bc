// SettingsDialog: it shows the stored settings; OK and Apply store, Cancel does not; an invalid
// timeout is refused with a message naming the field and nothing is stored; the pricing table
// adds, edits and (after a confirmation) removes prices of the workspace; the providers page
// lists the workspace's providers and opens the providers action. Screenshots of every page,
// light and dark, when LATHE_SCREENSHOT_DIR is set.
#include "appearancepage.h"
#include "generalpage.h"
#include "limitedspinbox.h"
#include "pricingpage.h"
#include "providerspage.h"
#include "runspage.h"
#include "screenshot.h"
#include "settingsdialog.h"
#include "thememanager.h"

#include "core/appsettings.h"
#include "workspace/pricingstore.h"
#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QMessageBox *openBox(QWidget *parent, const QString &name)
{
    QMessageBox *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = parent->findChild<QMessageBox *>(name);
        return found && found->isVisible();
    });
    return shown ? found : nullptr;
}

void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    QTest::keyClicks(box, text);
}

void setCell(QTableWidget *table, int row, int column, const QVariant &value)
{
    table->item(row, column)->setData(Qt::EditRole, value);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"LatheTest"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    }

    void init()
    {
        QSettings().clear();
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"w%1.lathe"_s.arg(++m_count)), u"Pricing test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void cleanup() { m_ws.reset(); }

    void showsTheStoredSettings()
    {
        AppSettings settings;
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setRequestTimeoutSeconds(45);
        settings.setRetries(7);
        settings.setLanguage(AppSettings::Language::Korean);
        SettingsDialog dialog(&settings, nullptr);
        QCOMPARE(dialog.appearancePage()->themeBox()->currentData().value<AppSettings::Theme>(), AppSettings::Theme::Dark);
        QCOMPARE(dialog.runsPage()->requestTimeoutBox()->value(), 45);
        QCOMPARE(dialog.runsPage()->retriesBox()->value(), 7);
        QCOMPARE(dialog.generalPage()->languageBox()->currentData().value<AppSettings::Language>(),
                 AppSettings::Language::Korean);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    }

    void okAndApplyStoreCancelDoesNot()
    {
        AppSettings settings;
        {
            SettingsDialog dialog(&settings, nullptr);
            dialog.show();
            dialog.showPage(SettingsDialog::Runs);
            typeInto(dialog.runsPage()->retriesBox(), u"6"_s);
            dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(settings.retries(), 3);

        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        dialog.showPage(SettingsDialog::Runs);
        QPushButton *apply = dialog.buttons()->button(QDialogButtonBox::Apply);
        typeInto(dialog.runsPage()->retriesBox(), u"6"_s);
        typeInto(dialog.runsPage()->concurrencyBox(), u"12"_s);
        QVERIFY(apply->isEnabled());
        QSignalSpy runs(&settings, &AppSettings::runDefaultsChanged);
        apply->click();
        QCOMPARE(settings.retries(), 6);
        QCOMPARE(settings.defaultConcurrency(), 12);
        QVERIFY(runs.count() >= 1);
        QVERIFY(!apply->isEnabled());
        QVERIFY(dialog.isVisible());   // Apply stays open

        auto *theme = dialog.appearancePage()->themeBox();
        theme->setCurrentIndex(theme->findData(QVariant::fromValue(AppSettings::Theme::Light)));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
    }

    void invalidTimeoutIsRefusedNamingTheField()
    {
        AppSettings settings;
        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        dialog.showPage(SettingsDialog::General);
        // Type a timeout below the minimum; a spin box would otherwise quietly keep the old one.
        QSpinBox *timeout = dialog.runsPage()->requestTimeoutBox();
        dialog.showPage(SettingsDialog::Runs);
        typeInto(timeout, u"0"_s);
        QVERIFY(!dialog.runsPage()->requestTimeoutBox()->isWithinLimits());
        dialog.showPage(SettingsDialog::General);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();

        QMessageBox *box = openBox(&dialog, u"invalidSetting"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Request timeout"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"1"_s) && box->text().contains(u"3600"_s));
        lathe::testing::screenshot(&dialog, u"settings-invalid-timeout"_s);
        lathe::testing::screenshot(box, u"settings-invalid-timeout-message"_s);
        QVERIFY(dialog.isVisible());                         // not closed
        QCOMPARE(dialog.currentPage(), SettingsDialog::Runs); // the field's page is shown
        QCOMPARE(settings.requestTimeoutSeconds(), 600);      // nothing stored
        box->button(QMessageBox::Ok)->click();
        QTRY_COMPARE(dialog.focusWidget(), timeout);   // back to the field

        // A connect timeout longer than the request timeout is refused too.
        typeInto(timeout, u"20"_s);
        typeInto(dialog.runsPage()->connectTimeoutBox(), u"30"_s);
        QVERIFY(!dialog.applyChanges());
        QVERIFY2(dialog.lastError().startsWith(u"Connect timeout"_s), qPrintable(dialog.lastError()));
        QCOMPARE(settings.requestTimeoutSeconds(), 600);
        QCOMPARE(settings.connectTimeoutSeconds(), 10);
        openBox(&dialog, u"invalidSetting"_s)->button(QMessageBox::Ok)->click();

        typeInto(dialog.runsPage()->connectTimeoutBox(), u"15"_s);
        QVERIFY(dialog.applyChanges());
        QCOMPARE(settings.requestTimeoutSeconds(), 20);
        QCOMPARE(settings.connectTimeoutSeconds(), 15);
    }

    void languageChangeSaysRestart()
    {
        AppSettings settings;
        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        GeneralPage *page = dialog.generalPage();
        QVERIFY(!page->restartNote()->isVisible());
        QComboBox *language = page->languageBox();
        language->setFocus();
        // Pick Korean by keyboard, as a user would.
        QTest::keyClick(language, Qt::Key_End);
        QCOMPARE(language->currentData().value<AppSettings::Language>(), AppSettings::Language::Korean);
        QVERIFY(page->restartNote()->isVisible());
        lathe::testing::screenshot(&dialog, u"settings-general"_s);
        QVERIFY(dialog.applyChanges());
        QCOMPARE(settings.language(), AppSettings::Language::Korean);
        QVERIFY(page->restartNote()->isVisible());   // still the old language until restart
    }

    void pricingTableEditsTheWorkspace()
    {
        StoreError error;
        PricingStore store(m_ws->database());
        QVERIFY(store.save({u"gpt-4o*"_s, 2.5, 10, u"USD"_s}, &error));
        QVERIFY(store.save({u"sample-model-a"_s, 0.15, 0.6, u"USD"_s}, &error));

        AppSettings settings;
        SettingsDialog dialog(&settings, nullptr);
        dialog.setWorkspace(m_ws.get());
        dialog.show();
        dialog.showPage(SettingsDialog::Pricing);
        PricingPage *page = dialog.pricingPage();
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, PricingPage::ModelColumn)->text(), u"gpt-4o*"_s);

        // Add an entry with a bad currency: refused, naming the row.
        page->addEntry();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->currentRow(), 2);
        setCell(table, 2, PricingPage::ModelColumn, u"sample-model-b"_s);
        setCell(table, 2, PricingPage::InputColumn, 0.075);
        setCell(table, 2, PricingPage::OutputColumn, 0.3);
        setCell(table, 2, PricingPage::CurrencyColumn, u"dollars"_s);
        QVERIFY(!dialog.applyChanges());
        QVERIFY2(dialog.lastError().contains(u"row 3"_s) && dialog.lastError().contains(u"currency"_s),
                 qPrintable(dialog.lastError()));
        openBox(&dialog, u"invalidSetting"_s)->button(QMessageBox::Ok)->click();
        QCOMPARE(store.list().size(), 2);
        setCell(table, 2, PricingPage::CurrencyColumn, u"EUR"_s);
        // Edit an existing price.
        setCell(table, 1, PricingPage::OutputColumn, 0.8);
        lathe::testing::screenshot(&dialog, u"settings-pricing"_s);

        // Remove: Cancel in the confirmation keeps the row, Yes removes it (on Apply).
        table->setCurrentCell(0, 0);
        page->removeSelected();
        openBox(&dialog, u"confirmRemovePrice"_s)->button(QMessageBox::Cancel)->click();
        QCOMPARE(table->rowCount(), 3);
        table->setCurrentCell(0, 0);
        page->removeSelected();
        QMessageBox *confirm = openBox(&dialog, u"confirmRemovePrice"_s);
        QVERIFY(confirm->text().contains(u"gpt-4o*"_s));
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(store.list().size(), 2);   // staged until Apply

        QVERIFY(dialog.applyChanges());
        const QList<ModelPrice> prices = store.list();
        QCOMPARE(prices, (QList<ModelPrice>{{u"sample-model-a"_s, 0.15, 0.8, u"USD"_s},
                                           {u"sample-model-b"_s, 0.075, 0.3, u"EUR"_s}}));
    }

    void pricingAndProvidersNeedAWorkspace()
    {
        AppSettings settings;
        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        dialog.showPage(SettingsDialog::Pricing);
        QVERIFY(!dialog.pricingPage()->findChild<QPushButton *>(u"addPrice"_s)->isEnabled());
        QCOMPARE(dialog.pricingPage()->table()->rowCount(), 0);
        QVERIFY(!dialog.providersPage()->manageButton()->isEnabled());
        QVERIFY(dialog.applyChanges());
    }

    void providersPageListsAndOpensTheProvidersAction()
    {
        StoreError error;
        StoredProvider local;
        local.name = u"local"_s;
        local.kind = u"openai"_s;
        local.baseUrl = u"http://127.0.0.1:8080/v1"_s;
        QVERIFY2(ProviderStore(m_ws->database()).save(local, false, &error), qPrintable(error.message));

        AppSettings settings;
        QAction providers(u"Providers…"_s);
        QSignalSpy triggered(&providers, &QAction::triggered);
        SettingsDialog dialog(&settings, nullptr);
        dialog.setWorkspace(m_ws.get());
        dialog.setProvidersAction(&providers);
        dialog.show();
        dialog.showPage(SettingsDialog::Providers);
        QTreeWidget *list = dialog.providersPage()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"local"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), u"http://127.0.0.1:8080/v1"_s);
        lathe::testing::screenshot(&dialog, u"settings-providers"_s);
        dialog.providersPage()->manageButton()->click();
        QCOMPARE(triggered.count(), 1);
        providers.setEnabled(false);   // e.g. the workspace closed
        QVERIFY(!dialog.providersPage()->manageButton()->isEnabled());
    }

    void screenshotsLightAndDark()
    {
        if (qEnvironmentVariableIsEmpty("LATHE_SCREENSHOT_DIR"))
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        StoreError error;
        PricingStore(m_ws->database()).save({u"sample-model-a"_s, 0.15, 0.6, u"USD"_s}, &error);
        for (const auto theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            AppSettings settings;
            settings.setTheme(theme);
            ThemeManager themes(&settings);
            SettingsDialog dialog(&settings, &themes);
            dialog.setWorkspace(m_ws.get());
            dialog.show();
            const QString suffix = theme == AppSettings::Theme::Dark ? u"dark"_s : u"light"_s;
            const QStringList names{u"general"_s, u"appearance"_s, u"runs"_s, u"providers"_s, u"pricing"_s};
            for (int p = 0; p < names.size(); ++p) {
                dialog.showPage(SettingsDialog::Page(p));
                lathe::testing::screenshot(&dialog, u"settings-%1-%2"_s.arg(names.at(p), suffix));
            }
            settings.setTheme(AppSettings::Theme::System);
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
