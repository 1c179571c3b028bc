// Provider settings: a provider saved from the dialog lands in the workspace with only a key
// reference; "Set key…" puts the key in the keychain and nowhere else; "Test connection"
// lists the mock server's models; "Detect local servers" fills the form; the providers list
// adds, edits and removes.
#include "fakekeychain.h"
#include "keychainkeyresolver.h"
#include "providerdialog.h"
#include "providermodelsbox.h"
#include "providersdialog.h"
#include "screenshot.h"

#include "mockllmserver.h"

#include "providers/httpclient.h"
#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lathe;
using lathe::testing::screenshot;

class TestProviderDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QHash<QString, QByteArray> m_keychain;
    FakeKeychain *m_fake = nullptr;
    std::unique_ptr<KeychainKeyResolver> m_keys;
    std::unique_ptr<HttpClient> m_http;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static void selectData(QComboBox *combo, const QString &data) { combo->setCurrentIndex(combo->findData(data)); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LatheTest"));
        m_http = std::make_unique<HttpClient>();
    }

    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(QStringLiteral("p%1.lathe").arg(QDateTime::currentMSecsSinceEpoch())),
                                 QStringLiteral("t"), &error, true);
        QVERIFY2(m_ws, qPrintable(error.message));
        m_keychain.clear();
        m_fake = new FakeKeychain(&m_keychain);
        m_keys = std::make_unique<KeychainKeyResolver>(std::unique_ptr<KeychainBackend>(m_fake));
    }

    void saveRoundTripStoresOnlyTheKeyReference()
    {
        ProviderStore store(m_ws->database());
        ProviderDialog dialog(store, *m_http, *m_keys);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("Team OpenAI"));
        // New providers default to OpenAI's URL and OPENAI_API_KEY.
        QCOMPARE(child<QLineEdit>(&dialog, "providerBaseUrl")->text(), QStringLiteral("https://api.openai.com/v1"));
        QCOMPARE(child<QLineEdit>(&dialog, "keyName")->text(), QStringLiteral("OPENAI_API_KEY"));
        // Switching kind follows with the default URL and variable name.
        selectData(child<QComboBox>(&dialog, "providerKind"), QStringLiteral("anthropic"));
        QCOMPARE(child<QLineEdit>(&dialog, "providerBaseUrl")->text(), QStringLiteral("https://api.anthropic.com"));
        QCOMPARE(child<QLineEdit>(&dialog, "keyName")->text(), QStringLiteral("ANTHROPIC_API_KEY"));
        selectData(child<QComboBox>(&dialog, "providerKind"), QStringLiteral("openai"));

        // Keep the key in the keychain: the workspace gets "keychain:team-openai" only.
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("keychain"));
        QLineEdit *keyName = child<QLineEdit>(&dialog, "keyName");
        keyName->clear();
        QTest::keyClicks(keyName, QStringLiteral("team-openai"));
        const QByteArray secret = "sk-proj-SECRET-0123456789abcdef";
        QSignalSpy stored(&dialog, &ProviderDialog::keyStored);
        child<QPushButton>(&dialog, "setKey")->click();
        auto *input = child<QInputDialog>(&dialog, "setKeyInput");
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        input->setTextValue(QString::fromLatin1(secret));
        input->accept();
        QTRY_COMPARE(stored.size(), 1);
        QVERIFY(stored.first().at(0).toBool());
        QCOMPARE(m_keychain.value(QStringLiteral("team-openai")), secret);

        child<QSpinBox>(&dialog, "maxConcurrent")->setValue(16);
        child<QSpinBox>(&dialog, "requestsPerMinute")->setValue(500);
        child<QSpinBox>(&dialog, "totalTimeout")->setValue(120);
        QTest::keyClicks(child<QLineEdit>(dialog.modelsBox(), "newModel"), QStringLiteral("gpt-4o-mini"));
        QTest::keyClick(child<QLineEdit>(dialog.modelsBox(), "newModel"), Qt::Key_Return);

        QSignalSpy saved(&dialog, &ProviderDialog::saved);
        dialog.accept();
        QVERIFY2(saved.size() == 1, qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto p = store.find(QStringLiteral("Team OpenAI"));
        QVERIFY(p);
        QCOMPARE(p->kind, QStringLiteral("openai"));
        QCOMPARE(p->keyRef, QStringLiteral("keychain:team-openai"));
        QCOMPARE(p->config[QStringLiteral("limits")][QStringLiteral("max_concurrent")].toInt(), 16);
        QCOMPARE(p->config[QStringLiteral("limits")][QStringLiteral("requests_per_minute")].toInt(), 500);
        QCOMPARE(p->config[QStringLiteral("timeouts")][QStringLiteral("total_ms")].toInt(), 120000);
        QCOMPARE(p->config[QStringLiteral("models")].toArray(), QJsonArray{QStringLiteral("gpt-4o-mini")});

        // The key never reached the workspace file (or its WAL) or the settings.
        QSettings().sync();
        for (const QString &path : QStringList{m_ws->path(), m_ws->path() + QStringLiteral("-wal"), QSettings().fileName()}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(path));
        }

        // Edit: the name is fixed, the rest round-trips, a changed limit is saved.
        ProviderDialog edit(store, *m_http, *m_keys);
        edit.setProvider(*p);
        QVERIFY(child<QLineEdit>(&edit, "providerName")->isReadOnly());
        QCOMPARE(edit.provider().config, p->config);
        QCOMPARE(edit.provider().keyRef, p->keyRef);
        child<QSpinBox>(&edit, "requestsPerMinute")->setValue(0);
        edit.accept();
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.find(QStringLiteral("Team OpenAI"))->config[QStringLiteral("limits")][QStringLiteral("requests_per_minute")].toInt(), 0);
    }

    void invalidInputKeepsDialogOpen()
    {
        ProviderStore store(m_ws->database());
        ProviderDialog dialog(store, *m_http, *m_keys);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("bad"));
        child<QLineEdit>(&dialog, "providerBaseUrl")->setText(QStringLiteral("https://user:pw@example.com/v1"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("credentials")), qPrintable(dialog.errorText()));
        QVERIFY(store.list().isEmpty());

        // Azure needs an API version; switching to Azure fills the default one.
        selectData(child<QComboBox>(&dialog, "providerKind"), QStringLiteral("azure"));
        QVERIFY(!child<QLineEdit>(&dialog, "providerApiVersion")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "providerDeployment")->isVisibleTo(&dialog));
        child<QLineEdit>(&dialog, "providerBaseUrl")->setText(QStringLiteral("https://res.openai.azure.com"));
        dialog.accept();
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorText()));
        QCOMPARE(store.find(QStringLiteral("bad"))->config[QStringLiteral("api_version")].toString(), QStringLiteral("2024-10-21"));
    }

    void testConnectionListsModels()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        ProviderStore store(m_ws->database());
        ProviderDialog dialog(store, *m_http, *m_keys);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("mock"));
        child<QLineEdit>(&dialog, "providerBaseUrl")->setText(server.baseUrl() + QStringLiteral("/v1"));
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("none"));
        QSignalSpy tested(dialog.modelsBox(), &ProviderModelsBox::tested);
        child<QPushButton>(dialog.modelsBox(), "testConnection")->click();
        QTRY_COMPARE(tested.size(), 1);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QCOMPARE(dialog.modelsBox()->models(), (QStringList{QStringLiteral("mock-small"), QStringLiteral("mock-large")}));
        QVERIFY(dialog.modelsBox()->statusText().contains(QStringLiteral("2 model")));
        screenshot(&dialog, QStringLiteral("provider-dialog"));
    }

    void testConnectionShowsKeyAndServerErrors()
    {
        mock::MockOptions options;
        options.apiKey = "right-key";
        mock::MockLlmServer server(options);
        QVERIFY(server.listen());
        ProviderStore store(m_ws->database());
        ProviderDialog dialog(store, *m_http, *m_keys);
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("mock"));
        child<QLineEdit>(&dialog, "providerBaseUrl")->setText(server.baseUrl() + QStringLiteral("/v1"));
        QSignalSpy tested(dialog.modelsBox(), &ProviderModelsBox::tested);

        // A missing environment variable: named, and no request is sent.
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("env"));
        child<QLineEdit>(&dialog, "keyName")->setText(QStringLiteral("LATHE_TEST_UNSET_KEY"));
        child<QPushButton>(dialog.modelsBox(), "testConnection")->click();
        QTRY_COMPARE(tested.size(), 1);
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY(dialog.modelsBox()->statusText().contains(QStringLiteral("LATHE_TEST_UNSET_KEY")));
        QCOMPARE(server.requestCount(), 0);

        // A keychain entry that is not there: the keychain's message.
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("keychain"));
        child<QLineEdit>(&dialog, "keyName")->setText(QStringLiteral("nowhere"));
        child<QPushButton>(dialog.modelsBox(), "testConnection")->click();
        QTRY_COMPARE(tested.size(), 2);
        QVERIFY2(dialog.modelsBox()->statusText().contains(QStringLiteral("has no entry “nowhere”")),
                 qPrintable(dialog.modelsBox()->statusText()));

        // A wrong key: the server's 401, with the key masked.
        qputenv("LATHE_TEST_WRONG_KEY", "wrong-key-value");
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("env"));
        child<QLineEdit>(&dialog, "keyName")->setText(QStringLiteral("LATHE_TEST_WRONG_KEY"));
        child<QPushButton>(dialog.modelsBox(), "testConnection")->click();
        QTRY_COMPARE(tested.size(), 3);
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(dialog.modelsBox()->statusText().contains(QStringLiteral("401")), qPrintable(dialog.modelsBox()->statusText()));
        QVERIFY(!dialog.modelsBox()->statusText().contains(QStringLiteral("wrong-key-value")));

        // The right key from the keychain.
        m_keychain.insert(QStringLiteral("mock"), "right-key");
        selectData(child<QComboBox>(&dialog, "keySource"), QStringLiteral("keychain"));
        child<QLineEdit>(&dialog, "keyName")->setText(QStringLiteral("mock"));
        child<QPushButton>(dialog.modelsBox(), "testConnection")->click();
        QTRY_COMPARE(tested.size(), 4);
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(dialog.modelsBox()->statusText()));
    }

    void detectLocalServersFillsTheForm()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        ProviderStore store(m_ws->database());
        ProviderDialog dialog(store, *m_http, *m_keys);
        QSignalSpy detected(dialog.modelsBox(), &ProviderModelsBox::detected);
        // One server that answers (the mock, as llama.cpp would) and one port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        dialog.modelsBox()->detectLocalServers(
            {{QStringLiteral("llama.cpp"), ProviderKind::OpenAi, server.baseUrl() + QStringLiteral("/v1")},
             {QStringLiteral("Ollama"), ProviderKind::Ollama, QStringLiteral("http://127.0.0.1:%1").arg(deadPort)}});
        QTRY_COMPARE(detected.size(), 1);
        QCOMPARE(detected.first().at(0).toInt(), 1);
        const QList<QAction *> actions = dialog.modelsBox()->detectedMenu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(actions.first()->text().contains(QStringLiteral("llama.cpp")));
        actions.first()->trigger();
        QCOMPARE(child<QLineEdit>(&dialog, "providerName")->text(), QStringLiteral("llama.cpp"));
        QCOMPARE(child<QLineEdit>(&dialog, "providerBaseUrl")->text(), server.baseUrl() + QStringLiteral("/v1"));
        QCOMPARE(dialog.provider().keyRef, QString());
        QCOMPARE(dialog.modelsBox()->models().size(), 2);
    }

    void providersListAddsEditsRemoves()
    {
        ProvidersDialog list(m_ws->database(), *m_http, *m_keys);
        list.show();
        QCOMPARE(list.list()->topLevelItemCount(), 0);
        QSignalSpy changed(&list, &ProvidersDialog::providersChanged);

        ProviderDialog *add = list.addProvider();
        QTest::keyClicks(child<QLineEdit>(add, "providerName"), QStringLiteral("local"));
        selectData(child<QComboBox>(add, "providerKind"), QStringLiteral("ollama"));
        QCOMPARE(add->provider().keyRef, QString());   // local Ollama needs no key
        add->accept();
        QVERIFY2(changed.size() == 1, qPrintable(add->errorText()));
        QCOMPARE(list.list()->topLevelItemCount(), 1);
        QCOMPARE(list.list()->topLevelItem(0)->text(1), QStringLiteral("ollama"));
        QCOMPARE(list.list()->topLevelItem(0)->text(2), QStringLiteral("http://127.0.0.1:11434"));

        ProviderDialog *edit = list.editProvider(QStringLiteral("local"));
        QVERIFY(edit);
        child<QLineEdit>(edit, "providerBaseUrl")->setText(QStringLiteral("http://127.0.0.1:11500"));
        edit->accept();
        QCOMPARE(list.list()->topLevelItem(0)->text(2), QStringLiteral("http://127.0.0.1:11500"));

        list.removeProvider(QStringLiteral("local"));
        auto *confirm = child<QMessageBox>(&list, "confirmRemoveProvider");
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(list.list()->topLevelItemCount(), 0);
        QCOMPARE(changed.size(), 3);
        QVERIFY(ProviderStore(m_ws->database()).list().isEmpty());
    }
};

QTEST_MAIN(TestProviderDialog)
#include "tst_providerdialog.moc"
