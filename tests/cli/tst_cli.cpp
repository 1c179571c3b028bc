// lathe-cli end to end: the real binary, its output and its exit codes.
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(LATHE_BIN_DIR "/lathe-cli"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));      // it must work with no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("lathe-cli ")));
        QVERIFY(r.out.trimmed().section(u' ', 1).contains(u'.'));
    }

    void initThenInfo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.lathe"));
        Result r = cli({QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("Support bot")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Support bot")));
        QVERIFY(QFile::exists(path));

        // Put something in it so the counts mean something.
        {
            WorkspaceError error;
            auto ws = Workspace::open(path, &error);
            QVERIFY(ws);
            ws->database().exec(
                "INSERT INTO prompts (name, created_at, updated_at) VALUES ('greet', 'n', 'n');"
                "INSERT INTO prompt_versions (prompt_id, number, kind, message, content_hash, created_at) VALUES"
                " (1, 1, 'text', 'a', 'h1', 'n'), (1, 2, 'text', 'b', 'h2', 'n');");
        }

        r = cli({QStringLiteral("info"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Schema version:   1")));
        QVERIFY(r.out.contains(QStringLiteral("Prompt versions:  2")));

        r = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("project")).toString(), QStringLiteral("Support bot"));
        QCOMPARE(o.value(QStringLiteral("prompts")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("prompt_versions")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("runs")).toInt(), 0);

        // init refuses to replace an existing file unless --force.
        r = cli({QStringLiteral("init"), path});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
    }

    void errorsGoToStderrWithCodes()
    {
        QTemporaryDir dir;
        Result r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage")));

        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));

        r = cli({QStringLiteral("info")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing")));

        r = cli({QStringLiteral("info"), QStringLiteral("--bogus"), dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);

        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes, long enough to not be mistaken for anything at all........................"
                "..............................................................................");
        f.close();
        r = cli({QStringLiteral("info"), notes});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("notes.txt")) && r.err.contains(QStringLiteral("not a Lathe workspace")),
                 qPrintable(r.err));
    }

    void helpListsCommands()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("init")));
        QVERIFY(r.out.contains(QStringLiteral("info")));
        const Result sub = cli({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(QStringLiteral("--json")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
