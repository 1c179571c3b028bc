// Keys from the keychain are read ahead, kept in memory and resolved synchronously; every
// keychain failure turns into a message naming the entry and what to do; env refs still work.
#include "fakekeychain.h"
#include "keychainkeyresolver.h"

#include <QTest>

using namespace lathe;
using Status = KeychainReply::Status;

class TestKeychainKeyResolver : public QObject
{
    Q_OBJECT

private:
    // Runs prefetch and waits (through the event loop) for its answer.
    static QStringList prefetch(KeychainKeyResolver &resolver, const QStringList &refs)
    {
        bool called = false;
        QStringList errors;
        resolver.prefetch(refs, [&](const QStringList &e) {
            called = true;
            errors = e;
        });
        if (!QTest::qWaitFor([&] { return called; }, 10000))
            return {QStringLiteral("prefetch never answered")};
        return errors;
    }

private Q_SLOTS:
    void prefetchThenResolve()
    {
        QHash<QString, QByteArray> entries{{QStringLiteral("openai-main"), QByteArrayLiteral("sk-live-123\n")}};
        auto *fake = new FakeKeychain(&entries);
        KeychainKeyResolver resolver{std::unique_ptr<KeychainBackend>(fake)};

        // Before reading, resolve() says so rather than blocking.
        QVERIFY(!resolver.resolve(QStringLiteral("keychain:openai-main")).ok());
        QVERIFY(resolver.resolve(QStringLiteral("keychain:openai-main")).error.contains(QStringLiteral("not been read")));

        QCOMPARE(prefetch(resolver, {QStringLiteral("keychain:openai-main"), QStringLiteral("keychain:openai-main")}),
                 QStringList());
        QCOMPARE(fake->reads, 1);
        const KeyLookup k = resolver.resolve(QStringLiteral("keychain:openai-main"));
        QVERIFY(k.ok());
        QCOMPARE(k.key, QByteArrayLiteral("sk-live-123"));   // trimmed

        // Already in memory: not read again.
        QCOMPARE(prefetch(resolver, {QStringLiteral("keychain:openai-main")}), QStringList());
        QCOMPARE(fake->reads, 1);

        // No key and env refs go through EnvKeyResolver.
        QVERIFY(resolver.resolve(QString()).ok());
        qputenv("LATHE_TEST_KEYCHAIN_ENV", "env-secret");
        QCOMPARE(resolver.resolve(QStringLiteral("env:LATHE_TEST_KEYCHAIN_ENV")).key, QByteArrayLiteral("env-secret"));
        const QStringList envErrors = prefetch(resolver, {QStringLiteral("env:LATHE_TEST_UNSET_VARIABLE")});
        QCOMPARE(envErrors.size(), 1);
        QVERIFY(envErrors.first().contains(QStringLiteral("LATHE_TEST_UNSET_VARIABLE")));
    }

    void jobErrorsBecomeClearMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not found") << int(Status::NotFound) << QStringLiteral("has no entry “prov”");
        QTest::newRow("denied") << int(Status::Denied) << QStringLiteral("was denied");
        QTest::newRow("no backend") << int(Status::NoBackend) << QStringLiteral("environment variable");
        QTest::newRow("other") << int(Status::Failed) << QStringLiteral("Could not read the keychain entry “prov” (D-Bus broke)");
    }

    void jobErrorsBecomeClearMessages()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        QHash<QString, QByteArray> entries{{QStringLiteral("prov"), QByteArrayLiteral("k")}};
        auto *fake = new FakeKeychain(&entries);
        if (Status(status) != Status::NotFound) {
            fake->failWith = Status(status);
            fake->failDetail = QStringLiteral("D-Bus broke");
        } else {
            entries.clear();
        }
        KeychainKeyResolver resolver{std::unique_ptr<KeychainBackend>(fake)};
        const QStringList errors = prefetch(resolver, {QStringLiteral("keychain:prov")});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(expected), qPrintable(errors.first()));
        // resolve() reports the same message, which the run shows per failed case.
        const KeyLookup k = resolver.resolve(QStringLiteral("keychain:prov"));
        QVERIFY(!k.ok());
        QCOMPARE(k.error, errors.first());

        // The entry appears later: a new prefetch reads it again and succeeds.
        fake->failWith = Status::Ok;
        entries.insert(QStringLiteral("prov"), QByteArrayLiteral("k2"));
        QCOMPARE(prefetch(resolver, {QStringLiteral("keychain:prov")}), QStringList());
        QCOMPARE(resolver.resolve(QStringLiteral("keychain:prov")).key, QByteArrayLiteral("k2"));
    }

    void emptyEntryIsAnError()
    {
        QHash<QString, QByteArray> entries{{QStringLiteral("blank"), QByteArrayLiteral("  ")}};
        KeychainKeyResolver resolver{std::make_unique<FakeKeychain>(&entries)};
        const QStringList errors = prefetch(resolver, {QStringLiteral("keychain:blank")});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("is empty")));
    }

    void storeKeepsKeyInMemoryAndReportsWriteErrors()
    {
        QHash<QString, QByteArray> entries;
        auto *fake = new FakeKeychain(&entries);
        KeychainKeyResolver resolver{std::unique_ptr<KeychainBackend>(fake)};
        QString error = QStringLiteral("pending");
        resolver.store(QStringLiteral("new-entry"), QByteArrayLiteral("sk-new"), [&](const QString &e) { error = e; });
        QTRY_COMPARE(error, QString());
        QCOMPARE(entries.value(QStringLiteral("new-entry")), QByteArrayLiteral("sk-new"));
        QCOMPARE(resolver.resolve(QStringLiteral("keychain:new-entry")).key, QByteArrayLiteral("sk-new"));

        fake->failWith = Status::NoBackend;
        error = QStringLiteral("pending");
        resolver.store(QStringLiteral("other"), QByteArrayLiteral("sk-x"), [&](const QString &e) { error = e; });
        QTRY_VERIFY(error != QStringLiteral("pending"));
        QVERIFY2(error.contains(QStringLiteral("No keychain service")), qPrintable(error));
        QVERIFY(!resolver.resolve(QStringLiteral("keychain:other")).ok());

        error = QStringLiteral("pending");
        resolver.store(QStringLiteral("x"), QByteArray(), [&](const QString &e) { error = e; });
        QTRY_VERIFY(error != QStringLiteral("pending"));
        QVERIFY(!error.isEmpty());
    }

    // The real QtKeychain path: reading an entry that does not exist must answer (not hang)
    // with a message. Without a keychain daemon (the test environment) that is "no keychain
    // service" or a read failure; with one, "no entry".
    void systemKeychainAnswersWithMessage()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !qEnvironmentVariableIsSet("LATHE_TEST_SYSTEM_KEYCHAIN"))
            QSKIP("a session bus is running; set LATHE_TEST_SYSTEM_KEYCHAIN=1 to touch the real keychain");
        KeychainKeyResolver resolver;
        const QString id = QStringLiteral("lathe-test-missing-entry");
        const QStringList errors = prefetch(resolver, {QStringLiteral("keychain:") + id});
        QCOMPARE(errors.size(), 1);
        qInfo() << "system keychain said:" << errors.first();
        QVERIFY(errors.first() != QStringLiteral("prefetch never answered"));
        QVERIFY(errors.first().contains(id) || errors.first().contains(QStringLiteral("No keychain service")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyResolver)
#include "tst_keychainkeyresolver.moc"
