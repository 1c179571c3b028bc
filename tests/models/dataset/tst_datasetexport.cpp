// Export: exact CSV (RFC 4180) and JSONL output, and round trips: import -> export -> import
// gives identical rows (values by column name, order, structure).
#include "datasettesthelpers.h"

#include "dataset/datasetexporter.h"
#include "dataset/datasetimporter.h"
#include "workspace/dataseteditor.h"
#include "workspace/datasetstore.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace lathe::test;
using namespace Qt::StringLiterals;

class TestDatasetExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"e%1.lathe"_s.arg(++m_count)), u"Test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void cleanup() { m_ws.reset(); }

    void csvOutputIsRfc4180()
    {
        const qint64 v = import(u"in.jsonl"_s, "{\"text\": \"plain\", \"n\": 1.5, \"obj\": {\"a\": [1, \"x\"]}}\n"
                                               "{\"text\": \"comma, \\\"quote\\\"\\nnewline\", \"n\": null}\n"
                                               "{\"text\": \" padded \", \"flag\": true}\n");
        const QByteArray csv = exportBytes(v, DatasetExporter::Format::Csv);
        QCOMPARE(csv, "text,n,obj,flag\r\n"
                      "plain,1.5,\"{\"\"a\"\":[1,\"\"x\"\"]}\",\r\n"
                      "\"comma, \"\"quote\"\"\nnewline\",,,\r\n"
                      "\" padded \",,,true\r\n"_ba);
    }

    void jsonlOutputKeepsStructureAndOrder()
    {
        const qint64 v = import(u"in.jsonl"_s, "{\"z\": \"last?\", \"a\": {\"nested\": [1, 2.5, null]}, \"big\": 9007199254740993}\n"
                                               "{\"a\": \"only a\"}\n");
        QCOMPARE(exportBytes(v, DatasetExporter::Format::Jsonl),
                 "{\"z\":\"last?\",\"a\":{\"nested\":[1,2.5,null]},\"big\":9007199254740993}\n"
                 "{\"a\":\"only a\"}\n"_ba);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("format");
        QTest::newRow("tricky CSV via CSV")
            << u"t.csv"_s
            << "\xEF\xBB\xBFid,text,notes\r\n1,\"a,b\",\"say \"\"hi\"\"\"\r\n2,\"line1\r\nline2\",\r\n"
               "3,\" spaced \",\"tab\there\"\r\n4,caf\xC3\xA9 \xF0\x9F\x98\x80,\"\"\r\n"_ba
            << int(DatasetExporter::Format::Csv);
        QTest::newRow("tricky CSV via JSONL")
            << u"t.csv"_s << "q,a\n\"x\ny\",\"\"\"\"\n,\n"_ba << int(DatasetExporter::Format::Jsonl);
        QTest::newRow("nested JSONL via JSONL")
            << u"t.jsonl"_s
            << "{\"input\": [{\"role\": \"user\", \"content\": \"hi\"}], \"ideal\": [\"a\", \"b\"], \"n\": 3}\n"
               "{\"input\": \"plain\", \"ideal\": \"x\", \"extra\": {\"k\": {\"deep\": true}}, \"f\": -0.25}\n"_ba
            << int(DatasetExporter::Format::Jsonl);
        QTest::newRow("promptfoo YAML via JSONL")
            << u"tests.yaml"_s << "- vars: {q: hi, ctx: {a: 1}}\n  description: d\n- vars: {q: there}\n"_ba
            << int(DatasetExporter::Format::Jsonl);
        QTest::newRow("promptfoo CSV via CSV")
            << u"p.csv"_s << "q,__expected,__description\nhi,contains:hello,greet\n"_ba
            << int(DatasetExporter::Format::Csv);
    }

    void roundTrip()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, format);
        const qint64 first = import(fileName, content, u"first"_s);
        const auto f = DatasetExporter::Format(format);
        const QString exported = m_dir.filePath(f == DatasetExporter::Format::Csv ? u"out.csv"_s : u"out.jsonl"_s);
        QString error;
        QVERIFY2(DatasetExporter::writeFile(m_ws->database(), first, f, exported, {}, &error), qPrintable(error));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 second = import(QFileInfo(exported).fileName(), file.readAll(), u"second"_s);
        QCOMPARE(namedRows(second), namedRows(first));
        QVERIFY(!namedRows(first).isEmpty());
    }

    void exportsOneVersionAndTag()
    {
        const qint64 v1 = import(u"in.csv"_s, "q\none\ntwo\nthree\n");
        DatasetStore store(m_ws->database());
        QVERIFY(store.freezeVersion(v1));
        DatasetEditor editor(m_ws->database(), store.find(u"data"_s)->id);
        const auto e = editor.setRowTags(store.rows(v1, 1, 1).at(0).id, {u"test"_s});
        QVERIFY(e && e->createdVersion);
        QCOMPARE(exportBytes(e->versionId, DatasetExporter::Format::Csv, u"test"_s), "q\r\ntwo\r\n"_ba);
        QCOMPARE(exportBytes(v1, DatasetExporter::Format::Csv, u"test"_s), "q\r\n"_ba);   // v1 had no tags
        QCOMPARE(exportBytes(v1, DatasetExporter::Format::Jsonl), "{\"q\":\"one\"}\n{\"q\":\"two\"}\n{\"q\":\"three\"}\n"_ba);
    }

    void unwritableTargetFails()
    {
        const qint64 v = import(u"in.csv"_s, "q\none\n");
        QString error;
        QVERIFY(!DatasetExporter::writeFile(m_ws->database(), v, DatasetExporter::Format::Csv,
                                            m_dir.filePath(u"no/such/folder/out.csv"_s), {}, &error));
        QVERIFY(error.contains(u"out.csv"_s));
    }

private:
    qint64 import(const QString &fileName, const QByteArray &content, const QString &name = u"data"_s)
    {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.name = name;
        ImportError error;
        const auto r = DatasetImporter::importDevice(m_ws->database(), &buffer, fileName, options, &error);
        if (!r)
            qWarning("%s", qPrintable(error.toString()));
        return r ? r->versionId : 0;
    }

    QByteArray exportBytes(qint64 versionId, DatasetExporter::Format format, const QString &tag = {})
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        if (!DatasetExporter::write(m_ws->database(), versionId, format, &out, tag, &error))
            qWarning("%s", qPrintable(error));
        return out.data();
    }

    // Rows as column name -> value, in order, with the column names in order.
    QList<QJsonObject> namedRows(qint64 versionId)
    {
        DatasetStore store(m_ws->database());
        const QList<DatasetColumn> columns = store.columns(versionId);
        QList<QJsonObject> out;
        QJsonObject header;
        for (qsizetype i = 0; i < columns.size(); ++i)
            header.insert(QString::number(i), columns.at(i).name);
        out << header;
        for (const DatasetRow &r : store.rows(versionId, 0, 1000)) {
            QJsonObject named;
            for (const DatasetColumn &c : columns) {
                if (r.data.contains(c.key))
                    named.insert(c.name, r.data.value(c.key));
            }
            out << named;
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDatasetExport)
#include "tst_datasetexport.moc"
