// lathe-cli prompt commands end to end.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliPrompt : public QObject
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("w.lathe"));
        QCOMPARE(runCli({QStringLiteral("init"), m_ws}).code, 0);
    }

    void commitLogLabelShow()
    {
        const QString v1 = write(QStringLiteral("greet1.txt"), "Hello {{ name }}, 안녕하세요 👋\n");
        CliResult r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("greet"),
                              QStringLiteral("--file"), v1, QStringLiteral("-m"), QStringLiteral("first")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Committed greet@1")), qPrintable(r.out + r.err));

        // The same content again is refused with exit code 1 and changes nothing.
        r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("greet"),
                    QStringLiteral("--file"), v1, QStringLiteral("-m"), QStringLiteral("again")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nothing to commit")));

        const QString v2 = write(QStringLiteral("greet2.txt"), "Hi {{ name }}!\n");
        r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("greet"), QStringLiteral("--file"), v2,
                    QStringLiteral("-m"), QStringLiteral("shorter"), QStringLiteral("--param"), QStringLiteral("temperature=0.3"),
                    QStringLiteral("--param"), QStringLiteral("model=sample-model-a")});
        QCOMPARE(r.code, 0);

        r = runCli({QStringLiteral("prompt"), QStringLiteral("label"), m_ws, QStringLiteral("greet@1"), QStringLiteral("production")});
        QCOMPARE(r.code, 0);

        r = runCli({QStringLiteral("prompt"), QStringLiteral("log"), m_ws, QStringLiteral("greet")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("@2")) && lines[0].contains(QStringLiteral("shorter")));
        QVERIFY(lines[1].contains(QStringLiteral("[production]")));

        r = runCli({QStringLiteral("prompt"), QStringLiteral("show"), m_ws, QStringLiteral("greet@production"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("template")).toString(), QStringLiteral("Hello {{ name }}, 안녕하세요 👋\n"));

        r = runCli({QStringLiteral("prompt"), QStringLiteral("show"), m_ws, QStringLiteral("greet"), QStringLiteral("--json")});
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("sample-model-a"));

        // Move the label.
        QCOMPARE(runCli({QStringLiteral("prompt"), QStringLiteral("label"), m_ws, QStringLiteral("greet@2"), QStringLiteral("production")}).code, 0);
        r = runCli({QStringLiteral("prompt"), QStringLiteral("show"), m_ws, QStringLiteral("greet@production"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("version")).toInt(), 2);

        r = runCli({QStringLiteral("prompt"), QStringLiteral("list"), m_ws, QStringLiteral("--json")});
        const QJsonArray prompts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("prompts")).toArray();
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts[0].toObject().value(QStringLiteral("versions")).toInt(), 2);
        QCOMPARE(prompts[0].toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("production")).toInt(), 2);
    }

    void diffAndRender()
    {
        // greet@1 and greet@2 come from commitLogLabelShow().
        CliResult r = runCli({QStringLiteral("prompt"), QStringLiteral("diff"), m_ws, QStringLiteral("greet@1"), QStringLiteral("greet@2")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("-Hello {{ name }}, 안녕하세요 👋")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("+Hi {{ name }}!")));
        QVERIFY(r.out.contains(QStringLiteral("temperature")));
        r = runCli({QStringLiteral("prompt"), QStringLiteral("diff"), m_ws, QStringLiteral("greet@1"), QStringLiteral("greet@1"),
                    QStringLiteral("--exit-code"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("identical")).toBool());
        r = runCli({QStringLiteral("prompt"), QStringLiteral("diff"), m_ws, QStringLiteral("greet@1"), QStringLiteral("greet@2"),
                    QStringLiteral("--exit-code")});
        QCOMPARE(r.code, 1);

        r = runCli({QStringLiteral("prompt"), QStringLiteral("render"), m_ws, QStringLiteral("greet@1"), QStringLiteral("--vars"),
                    QStringLiteral("{\"name\":\"Ana\"}")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Hello Ana, 안녕하세요 👋\n"));
        // Strict by default: a missing variable is an error naming it and its position.
        r = runCli({QStringLiteral("prompt"), QStringLiteral("render"), m_ws, QStringLiteral("greet@1")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("greet@1: 1:")) && r.err.contains(QStringLiteral("name")), qPrintable(r.err));
        r = runCli({QStringLiteral("prompt"), QStringLiteral("render"), m_ws, QStringLiteral("greet@1"), QStringLiteral("--lenient")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Hello , ")));
    }

    void chatFromStdinAndErrors()
    {
        CliResult r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("chat"), QStringLiteral("--chat"),
                              QStringLiteral("--file"), QStringLiteral("-"), QStringLiteral("-m"), QStringLiteral("m")},
                             R"([{"role":"system","content":"Be brief."},{"role":"user","content":"{{ q }}"}])");
        QCOMPARE(r.code, 0);
        r = runCli({QStringLiteral("prompt"), QStringLiteral("show"), m_ws, QStringLiteral("chat")});
        QVERIFY(r.out.contains(QStringLiteral("## system\nBe brief.")));

        r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("bad"), QStringLiteral("--chat"),
                    QStringLiteral("--file"), QStringLiteral("-"), QStringLiteral("-m"), QStringLiteral("m")}, "[{\"role\": 3}");
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("expected a JSON array")));

        r = runCli({QStringLiteral("prompt"), QStringLiteral("show"), m_ws, QStringLiteral("greet@nope")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("no version or label")));

        r = runCli({QStringLiteral("prompt"), QStringLiteral("commit"), m_ws, QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("prompt"), QStringLiteral("frob"), m_ws});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown verb")));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(TestCliPrompt)
#include "tst_cli_prompt.moc"
