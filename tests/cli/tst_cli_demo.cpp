// lathe-cli demo: builds the demo workspace from its source, or copies the built one, and the
// result is a workspace the other commands read.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject infoJson(const QString &path)
{
    const CliResult r = runCli({u"info"_s, path, u"--json"_s});
    if (r.code != 0)
        qWarning("info failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsFromSourceAndInfoListsIt();
    void refusesToOverwriteWithoutForce();
    void copiesTheBuiltDemo();
    void badSourceIsBadInput();
};

void TestCliDemo::buildsFromSourceAndInfoListsIt()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.lathe"_s);
    const CliResult r = runCli({u"demo"_s, out, u"--source"_s, QStringLiteral(LATHE_DEMO_SOURCE)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Built the demo workspace"_s) && r.out.contains(u"3 runs"_s), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());

    const QJsonObject info = infoJson(out);
    QCOMPARE(info.value("project"_L1).toString(), u"Lathe demo"_s);
    QCOMPARE(info.value("prompts"_L1).toInt(), 3);
    QCOMPARE(info.value("prompt_versions"_L1).toInt(), 7);
    QCOMPARE(info.value("datasets"_L1).toInt(), 3);
    QCOMPARE(info.value("dataset_rows"_L1).toInt(), 96 + 50 + 40);
    QCOMPARE(info.value("runs"_L1).toInt(), 3);
    // Every version of every prompt, on both sample models, for every row of its dataset.
    QCOMPARE(info.value("results"_L1).toInt(), 3 * 2 * 96 + 2 * 2 * 50 + 2 * 2 * 40);

    // The runs are there for the other commands too.
    const CliResult runs = runCli({u"run"_s, u"list"_s, out});
    QVERIFY2(runs.code == 0, qPrintable(runs.err));
    QVERIFY2(runs.out.contains(u"Support intents"_s), qPrintable(runs.out));
}

void TestCliDemo::refusesToOverwriteWithoutForce()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.lathe"_s);
    QCOMPARE(runCli({u"demo"_s, out, u"--source"_s, QStringLiteral(LATHE_DEMO_SOURCE)}).code, 0);
    const QByteArray before = sha256(out);
    const CliResult again = runCli({u"demo"_s, out, u"--source"_s, QStringLiteral(LATHE_DEMO_SOURCE), u"--json"_s});
    QCOMPARE(again.code, 3);
    QVERIFY2(again.err.contains(u"--force"_s), qPrintable(again.err));
    QCOMPARE(sha256(out), before);

    const CliResult forced = runCli({u"demo"_s, out, u"--source"_s, QStringLiteral(LATHE_DEMO_SOURCE), u"--force"_s,
                                     u"--json"_s});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    const QJsonObject report = QJsonDocument::fromJson(forced.out.toUtf8()).object();
    QCOMPARE(report.value("judgements"_L1).toInt() > 0, true);
    QCOMPARE(report.value("scores"_L1).toInt() > report.value("results"_L1).toInt(), true);
}

void TestCliDemo::copiesTheBuiltDemo()
{
    // The build puts share/lathe/demo.lathe next to bin/; without --source the command copies it.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"copy.lathe"_s);
    const CliResult r = runCli({u"demo"_s, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(infoJson(out).value("runs"_L1).toInt(), 3);
    // The copy is the user's: writable.
    QVERIFY(QFileInfo(out).isWritable());
    const CliResult label = runCli({u"prompt"_s, u"label"_s, out, u"support-intent@2"_s, u"candidate"_s});
    QVERIFY2(label.code == 0, qPrintable(label.err + label.out));
}

void TestCliDemo::badSourceIsBadInput()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.lathe"_s);
    const CliResult r = runCli({u"demo"_s, out, u"--source"_s, dir.filePath(u"nowhere"_s)});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(u"demo.json"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
