// lathe-cli dataset dedup | redact end to end (preview by default, --apply writes one new
// version) and dataset export --format finetune.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

int headVersion(const QString &ws)
{
    const CliResult r = runCli({u"dataset"_s, u"list"_s, ws, u"--json"_s});
    return json(r).value(u"datasets"_s).toArray().at(0).toObject().value(u"version"_s).toInt();
}

} // namespace

class TestCliCleaning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        m_ws = m_dir.filePath(u"w%1.lathe"_s.arg(++m_n));
        QCOMPARE(runCli({u"init"_s, m_ws}).code, 0);
        const QString csv = writeFile(m_dir, u"faq.csv"_s,
            "question,answer\n"
            "How do I reset my router?,Hold the button for ten seconds.\n"
            "Where is my parcel?,Mail kim@example.kr or call 010-1234-5678.\n"
            "How do I reset my router?,Hold the button for ten seconds.\n"
            "how do I reset my  router?,Hold the button for ten seconds.\n"
            "Can I pay by card?,\"Yes, e.g. 4111 1111 1111 1111; order 4111-1111-1111-1112 is not one.\"\n"
            "환불은 어떻게 하나요?,kim@example.kr로 연락 주세요.\n");
        const CliResult r = runCli({u"dataset"_s, u"import"_s, m_ws, csv, u"--name"_s, u"faq"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void dedupPreviewThenApply()
    {
        CliResult r = runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = json(r);
        QCOMPARE(o.value(u"method"_s).toString(), u"exact"_s);
        QCOMPARE(o.value(u"groups"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"groups"_s).toArray().at(0).toObject().value(u"rows"_s).toArray(), (QJsonArray{1, 3}));
        QCOMPARE(o.value(u"remove"_s).toInt(), 1);
        QCOMPARE(headVersion(m_ws), 1);   // preview only

        r = runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--columns"_s, u"question"_s, u"--normalize"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"2 row(s) to remove"_s) && r.out.contains(u"--apply"_s), qPrintable(r.out));

        r = runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--columns"_s, u"question"_s, u"--normalize"_s,
                    u"--apply"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(u"new_version"_s).toInt(), 2);
        QCOMPARE(headVersion(m_ws), 2);
        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"faq"_s, u"--json"_s});
        QCOMPARE(json(r).value(u"total"_s).toInt(), 4);
        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"faq@1"_s, u"--json"_s});
        QCOMPARE(json(r).value(u"total"_s).toInt(), 6);
    }

    void nearDuplicates()
    {
        CliResult r = runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--near"_s, u"0.9"_s, u"--columns"_s,
                              u"question"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray pairs = json(r).value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.at(0).toObject().value(u"score"_s).toDouble(), 1.0);
        QVERIFY(pairs.at(1).toObject().value(u"score"_s).toDouble() >= 0.9);
        QCOMPARE(json(r).value(u"remove"_s).toInt(), 2);

        QCOMPARE(runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--near"_s, u"1.5"_s}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"dedup"_s, m_ws, u"faq"_s, u"--columns"_s, u"nope"_s}).code, 2);
        QCOMPARE(runCli({u"dataset"_s, u"dedup"_s, m_ws, u"missing"_s}).code, 3);
    }

    void redactPreviewThenApply()
    {
        CliResult r = runCli({u"dataset"_s, u"redact"_s, m_ws, u"faq"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = json(r);
        QCOMPARE(o.value(u"found"_s).toObject().value(u"email"_s).toInt(), 2);
        QCOMPARE(o.value(u"distinct"_s).toObject().value(u"email"_s).toInt(), 1);
        QCOMPARE(o.value(u"found"_s).toObject().value(u"phone"_s).toInt(), 1);
        QCOMPARE(o.value(u"found"_s).toObject().value(u"card"_s).toInt(), 1);   // the Luhn failure is not one
        QCOMPARE(o.value(u"cells"_s).toArray().size(), 3);
        QVERIFY(!r.out.contains(u"kim@example.kr"_s));   // previews never print the values
        QCOMPARE(headVersion(m_ws), 1);

        r = runCli({u"dataset"_s, u"redact"_s, m_ws, u"faq"_s, u"--types"_s, u"email"_s, u"--apply"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"version 2"_s), qPrintable(r.out));
        r = runCli({u"dataset"_s, u"show"_s, m_ws, u"faq"_s, u"--json"_s});
        const QJsonArray rows = json(r).value(u"rows"_s).toArray();
        QCOMPARE(rows.at(1).toObject().value(u"values"_s).toObject().value(u"answer"_s).toString(),
                 u"Mail [EMAIL_1] or call 010-1234-5678."_s);
        QCOMPARE(rows.at(5).toObject().value(u"values"_s).toObject().value(u"answer"_s).toString(),
                 u"[EMAIL_1]로 연락 주세요."_s);
        QCOMPARE(runCli({u"dataset"_s, u"redact"_s, m_ws, u"faq"_s, u"--types"_s, u"ssn"_s}).code, 2);
    }

    void exportFinetune()
    {
        const QString tmpl = writeFile(m_dir, u"support.txt"_s, "Answer the customer: {{ question }}");
        CliResult r = runCli({u"prompt"_s, u"commit"_s, m_ws, u"support"_s, u"--file"_s, tmpl, u"-m"_s, u"v1"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString out = m_dir.filePath(u"train.jsonl"_s);
        r = runCli({u"dataset"_s, u"export"_s, m_ws, u"faq"_s, u"--format"_s, u"finetune"_s, u"--prompt"_s,
                    u"support"_s, u"--output-column"_s, u"answer"_s, u"-o"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"wrote 6 example(s)"_s), qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const QJsonArray messages = QJsonDocument::fromJson(lines.at(5)).object().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject(), (QJsonObject{{u"role"_s, u"user"_s},
                                                        {u"content"_s, u"Answer the customer: 환불은 어떻게 하나요?"_s}}));
        QCOMPARE(messages.at(1).toObject().value(u"role"_s).toString(), u"assistant"_s);
        QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), u"kim@example.kr로 연락 주세요."_s);

        r = runCli({u"dataset"_s, u"export"_s, m_ws, u"faq"_s, u"--format"_s, u"finetune"_s, u"-o"_s, out});
        QCOMPARE(r.code, 2);
        const QString bad = writeFile(m_dir, u"bad.txt"_s, "{{ missing_variable }}");
        QCOMPARE(runCli({u"prompt"_s, u"commit"_s, m_ws, u"bad"_s, u"--file"_s, bad, u"-m"_s, u"v1"_s}).code, 0);
        r = runCli({u"dataset"_s, u"export"_s, m_ws, u"faq"_s, u"--format"_s, u"finetune"_s, u"--prompt"_s, u"bad"_s,
                    u"--output-column"_s, u"answer"_s, u"-o"_s, out});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"Row 1"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCleaning)
#include "tst_cli_cleaning.moc"
