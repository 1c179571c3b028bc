// lathe-cli dataset end to end: import, list, show --json, export, re-import, compare; usage
// and bad-input exit codes with file:line:column on stderr.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QJsonObject parseJson(const CliResult &r)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

} // namespace

class TestCliDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"w%1.lathe"_s.arg(++m_count));
        QCOMPARE(runCli({u"init"_s, m_ws}).code, 0);
    }

    void importListShowExportReimport()
    {
        const QString csv = m_dir.filePath(u"tickets.csv"_s);
        writeFile(csv, "id,question,answer\r\n1,\"Where is my parcel, please?\",On its way\r\n"
                       "2,\"Two\nlines\",\"He said \"\"no\"\"\"\r\n3,Short,\r\n");
        CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--name"_s, u"tickets"_s,
                              u"--role"_s, u"id=ignored"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = parseJson(r);
        QCOMPARE(o.value(u"rows"_s).toInt(), 3);
        QCOMPARE(o.value(u"format"_s).toString(), u"csv"_s);
        QCOMPARE(o.value(u"columns"_s).toArray().at(0).toObject().value(u"role"_s).toString(), u"ignored"_s);
        QCOMPARE(o.value(u"columns"_s).toArray().at(2).toObject().value(u"role"_s).toString(), u"expected"_s);

        r = runCli({u"dataset"_s, u"list"_s, m_ws});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"tickets"_s) && r.out.contains(u"3 rows"_s), qPrintable(r.out));
        r = runCli({u"dataset"_s, u"list"_s, m_ws, u"--json"_s});
        QCOMPARE(parseJson(r).value(u"datasets"_s).toArray().at(0).toObject().value(u"rows"_s).toInt(), 3);

        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"tickets@1"_s, u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s,
                    u"--json"_s});
        QCOMPARE(r.code, 0);
        o = parseJson(r);
        QCOMPARE(o.value(u"total"_s).toInt(), 3);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"values"_s).toObject(),
                 (QJsonObject{{u"id"_s, u"2"_s}, {u"question"_s, u"Two\nlines"_s}, {u"answer"_s, u"He said \"no\""_s}}));

        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"tickets"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Two\\nlines"_s), qPrintable(r.out));

        // Export both ways, re-import each, and compare the rows shown.
        for (const QString &format : {u"csv"_s, u"jsonl"_s}) {
            const QString out = m_dir.filePath(u"export."_s + format);
            r = runCli({u"dataset"_s, u"export"_s, m_ws, u"tickets"_s, u"--format"_s, format, u"-o"_s, out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = runCli({u"dataset"_s, u"import"_s, m_ws, out, u"--name"_s, u"again-"_s + format});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject a = parseJson(runCli({u"dataset"_s, u"show"_s, m_ws, u"tickets"_s, u"--json"_s}));
            const QJsonObject b = parseJson(runCli({u"dataset"_s, u"show"_s, m_ws, u"again-"_s + format, u"--json"_s}));
            QCOMPARE(b.value(u"total"_s), a.value(u"total"_s));
            for (qsizetype i = 0; i < 3; ++i)
                QCOMPARE(b.value(u"rows"_s).toArray().at(i).toObject().value(u"values"_s),
                         a.value(u"rows"_s).toArray().at(i).toObject().value(u"values"_s));
        }
        QFile exported(m_dir.filePath(u"export.csv"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().startsWith("id,question,answer\r\n1,\"Where is my parcel, please?\",On its way\r\n"));
    }

    void badInputExitsThreeWithPosition()
    {
        const QString bad = m_dir.filePath(u"tickets.csv"_s);
        writeFile(bad, "a,b\n1,2\n3,\"open\n\n");
        CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, bad, u"--name"_s, u"t"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"tickets.csv:5:1: unterminated quoted field opened at 3:3"_s), qPrintable(r.err));
        r = runCli({u"dataset"_s, u"list"_s, m_ws, u"--json"_s});
        QVERIFY(parseJson(r).value(u"datasets"_s).toArray().isEmpty());

        const QString json = m_dir.filePath(u"rows.jsonl"_s);
        writeFile(json, "{\"a\": 1}\n{\"a\": [1,}\n");
        r = runCli({u"dataset"_s, u"import"_s, m_ws, json});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"rows.jsonl:2:10: "_s), qPrintable(r.err));

        r = runCli({u"dataset"_s, u"import"_s, m_ws, m_dir.filePath(u"missing.csv"_s)});
        QCOMPARE(r.code, 3);
        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"nope"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"nope"_s));
    }

    void usageErrorsExitTwo()
    {
        const QString csv = m_dir.filePath(u"ok.csv"_s);
        writeFile(csv, "a\n1\n");
        QCOMPARE(runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--format"_s, u"xls"_s}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--role"_s, u"a=boss"_s}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"import"_s, m_ws}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"show"_s, m_ws, u"x"_s, u"--limit"_s, u"many"_s}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"export"_s, m_ws, u"x"_s}).code, 2);   // no -o
        QCOMPARE(runCli({u"dataset"_s, u"frobnicate"_s, m_ws}).code, 2);
        // A role for a column the file does not have is bad input, and nothing is stored.
        const CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--role"_s, u"b=expected"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"no column named “b”"_s));
        QVERIFY(runCli({u"dataset"_s, u"list"_s, m_ws}).out.contains(u"No datasets yet"_s));
    }

    void promptfooAndOpenAiFormats()
    {
        const QString yaml = m_dir.filePath(u"tests.yaml"_s);
        writeFile(yaml, "- vars: {city: Paris}\n  assert:\n    - type: icontains\n      value: france\n");
        CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, yaml, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(parseJson(r).value(u"format"_s).toString(), u"promptfoo"_s);
        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"tests"_s, u"--json"_s});
        QCOMPARE(parseJson(r).value(u"rows"_s).toArray().at(0).toObject().value(u"scorers"_s).toArray().at(0)
                     .toObject().value(u"type"_s).toString(), u"icontains"_s);

        const QString evals = m_dir.filePath(u"samples.jsonl"_s);
        writeFile(evals, "{\"input\": [{\"role\": \"user\", \"content\": \"2+2\"}], \"ideal\": \"4\"}\n");
        r = runCli({u"dataset"_s, u"import"_s, m_ws, evals, u"--format"_s, u"openai-evals"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(parseJson(r).value(u"columns"_s).toArray().at(0).toObject().value(u"type"_s).toString(), u"json"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
