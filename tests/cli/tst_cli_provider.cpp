// lathe-cli provider commands end to end, including refusal of anything secret.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.lathe"));
        QCOMPARE(runCli({QStringLiteral("init"), ws}).code, 0);
        CliResult r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("local"), QStringLiteral("--kind"),
                              QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8080/v1"),
                              QStringLiteral("--api-key-env"), QStringLiteral("OPENAI_API_KEY"), QStringLiteral("--max-concurrency"),
                              QStringLiteral("16")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("provider"), QStringLiteral("list"), ws, QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("providers")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list[0].toObject();
        QCOMPARE(p.value(QStringLiteral("key_ref")).toString(), QStringLiteral("env:OPENAI_API_KEY"));
        QCOMPARE(p.value(QStringLiteral("config")).toObject().value(QStringLiteral("limits")).toObject()
                     .value(QStringLiteral("max_concurrent")).toInt(), 16);

        // Duplicates, bad URLs, credentials in URLs and secret-looking headers are refused.
        r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("local"), QStringLiteral("--kind"),
                    QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1/v1")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("x"), QStringLiteral("--kind"),
                    QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("ftp://example")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("base URL")));
        r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("x"), QStringLiteral("--kind"),
                    QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("https://user:sk-live-123@example.com/v1")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("x"), QStringLiteral("--kind"),
                    QStringLiteral("anthropic"), QStringLiteral("--base-url"), QStringLiteral("https://example.com"),
                    QStringLiteral("--header"), QStringLiteral("X-Api-Key=sk-ant-secret-999")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("looks like a secret")));
        QFile f(ws);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("sk-ant-secret-999"));
        QVERIFY(!bytes.contains("sk-live-123"));

        // A local server needs no key: no key reference at all is fine.
        r = runCli({QStringLiteral("provider"), QStringLiteral("add"), ws, QStringLiteral("ollama"), QStringLiteral("--kind"),
                    QStringLiteral("ollama"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:11434")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QCOMPARE(runCli({QStringLiteral("provider"), QStringLiteral("remove"), ws, QStringLiteral("local")}).code, 0);
        QCOMPARE(runCli({QStringLiteral("provider"), QStringLiteral("remove"), ws, QStringLiteral("local")}).code, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliProvider)
#include "tst_cli_provider.moc"
