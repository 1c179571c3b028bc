// lathe-cli export end to end: every format from a stored two-column run, with no display in
// the environment (PDF included), the format from the file's suffix, standard output, --json,
// the error exits, and the workspace left untouched.
#include "clirunner.h"

#include "../models/report/reportfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_run;

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QByteArray checksum() { return QCryptographicHash::hash(read(m_ws), QCryptographicHash::Sha256); }

    CliResult exportTo(const QString &file, const QStringList &extra = {})
    {
        const CliResult r = runCli(QStringList{u"export"_s, m_ws, u"--run"_s, m_run, u"-o"_s, m_dir.filePath(file)} + extra);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(u"export.lathe"_s);
        reportfixture::Run run = reportfixture::create(m_ws);
        QVERIFY(run.ws && run.runId > 0);
        m_run = QString::number(run.runId);
        run.ws.reset();   // the CLI opens the file on its own
    }

    void everyFormat()
    {
        const QByteArray before = checksum();

        QCOMPARE(exportTo(u"r.html"_s, {u"--format"_s, u"html"_s}).code, 0);
        const QString html = QString::fromUtf8(read(m_dir.filePath(u"r.html"_s)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
        QCOMPARE(html.count(u"<svg"), 2);
        QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"));

        const CliResult pdf = exportTo(u"r.pdf"_s, {u"--format"_s, u"pdf"_s});
        QCOMPARE(pdf.code, 0);
        QVERIFY(read(m_dir.filePath(u"r.pdf"_s)).startsWith("%PDF-"));
        QVERIFY(pdf.out.contains(u"page"));
        QVERIFY2(pdf.err.isEmpty(), qPrintable(pdf.err));   // no platform or font noise

        QCOMPARE(exportTo(u"r.md"_s, {u"--format"_s, u"md"_s}).code, 0);
        QVERIFY(read(m_dir.filePath(u"r.md"_s)).contains("| Column | Pass rate |"));

        QCOMPARE(exportTo(u"r.csv"_s, {u"--format"_s, u"csv"_s}).code, 0);
        const QByteArray csv = read(m_dir.filePath(u"r.csv"_s));
        QVERIFY(csv.startsWith("run_id,case_id,"));
        QVERIFY(csv.endsWith("\r\n"));

        QCOMPARE(exportTo(u"r.json"_s, {u"--format"_s, u"json"_s}).code, 0);
        const QJsonObject json = QJsonDocument::fromJson(read(m_dir.filePath(u"r.json"_s))).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"lathe-report"_s);
        QCOMPARE(json.value(u"rows"_s).toArray().size(), 5);

        QCOMPARE(exportTo(u"r.junit"_s, {u"--format"_s, u"junit"_s}).code, 0);
        QXmlStreamReader xml(read(m_dir.filePath(u"r.junit"_s)));
        int testcases = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"testcase")
                ++testcases;
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(testcases, 10);

        // Exports read the stored results only.
        QCOMPARE(checksum(), before);
    }

    void formatFromSuffixAndJson()
    {
        const CliResult r = exportTo(u"ci.xml"_s, {u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"format"_s).toString(), u"junit"_s);
        QCOMPARE(o.value(u"cases"_s).toInt(), 10);
        QCOMPARE(o.value(u"bytes"_s).toInteger(), read(m_dir.filePath(u"ci.xml"_s)).size());
        QVERIFY(read(m_dir.filePath(u"ci.xml"_s)).contains("<testsuites"));

        const CliResult pdf = exportTo(u"auto.pdf"_s, {u"--json"_s});
        QCOMPARE(pdf.code, 0);
        QVERIFY(QJsonDocument::fromJson(pdf.out.toUtf8()).object().value(u"pages"_s).toInt() > 0);
    }

    void standardOutput()
    {
        const CliResult r = runCli({u"export"_s, m_ws, u"--run"_s, m_run, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"columns"_s).toArray().size(), 2);
    }

    void errors()
    {
        const QString out = m_dir.filePath(u"x.html"_s);
        QCOMPARE(runCli({u"export"_s, m_ws, u"-o"_s, out}).code, 2);                                       // no --run
        QCOMPARE(runCli({u"export"_s, m_ws, u"--run"_s, m_run}).code, 2);                                  // no -o
        QCOMPARE(runCli({u"export"_s, m_ws, u"--run"_s, u"abc"_s, u"-o"_s, out}).code, 2);
        const CliResult format = runCli({u"export"_s, m_ws, u"--run"_s, m_run, u"--format"_s, u"docx"_s, u"-o"_s, out});
        QCOMPARE(format.code, 2);
        QVERIFY(format.err.contains(u"html, pdf, md, csv, json, junit"));
        QCOMPARE(runCli({u"export"_s, m_ws, u"--run"_s, m_run, u"-o"_s, m_dir.filePath(u"x.docx"_s)}).code, 2);
        const CliResult missing = runCli({u"export"_s, m_ws, u"--run"_s, u"999"_s, u"-o"_s, out});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(u"999"));
        QCOMPARE(runCli({u"export"_s, m_dir.filePath(u"nope.lathe"_s), u"--run"_s, m_run, u"-o"_s, out}).code, 3);
        QCOMPARE(runCli({u"export"_s, m_ws, u"--run"_s, m_run, u"-o"_s, m_dir.filePath(u"no/such/dir/x.html"_s)}).code, 1);
        QVERIFY(!QFile::exists(out));
    }

    void help()
    {
        QVERIFY(runCli({u"--help"_s}).out.contains(u"export"));
        const CliResult r = runCli({u"export"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"--format"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
