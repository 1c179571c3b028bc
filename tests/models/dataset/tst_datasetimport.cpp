// Importing into a workspace: preview guesses, overrides, what is stored, and the all-or-nothing
// contract: after every kind of failed import the workspace content is exactly as before.
#include "datasettesthelpers.h"

#include "dataset/datasetimporter.h"
#include "dataset/importpreview.h"
#include "workspace/datasetstore.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace lathe::test;
using namespace Qt::StringLiterals;

namespace {

// Hash of every row of every table, independent of file layout and of PRAGMA data_version.
QByteArray contentChecksum(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.step())
        names << tables.columnText(0);
    for (const QString &t : std::as_const(names)) {
        const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\" ORDER BY 1, 2";
        Statement rows(db, sql.constData());
        h.addData(t.toUtf8());
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                h.addData(rows.isNull(c) ? QByteArray("\x01NULL") : rows.columnBlob(c) + '\x00');
        }
    }
    return h.result().toHex();
}

} // namespace

class TestDatasetImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"w%1.lathe"_s.arg(++m_count)), u"Test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void cleanup() { m_ws.reset(); }

    void previewGuessesRolesAndTypes()
    {
        const QString path = m_dir.filePath(u"tickets.csv"_s);
        QVERIFY(writeFile(path, "id,question,Expected Output,score,source,notes\n"
                                "1,Where is my parcel?,On its way,0.5,email,\n"
                                "2,Refund?,Yes,3,chat,x\n"
                                "3,Hi,Hello,,web,\n"));
        const ImportPreview p = ImportPreview::read(path, DatasetFormat::Auto, 2);
        QVERIFY2(!p.error, qPrintable(p.error.toString()));
        QCOMPARE(p.format, DatasetFormat::Csv);
        QCOMPARE(p.rows.size(), 2);
        QVERIFY(!p.complete);
        QCOMPARE(p.columns.size(), 6);
        QCOMPARE(p.columns.at(0).role, ColumnRole::Metadata);   // id
        QCOMPARE(p.columns.at(0).type, ColumnType::Number);
        QCOMPARE(p.columns.at(1).role, ColumnRole::Variable);
        QCOMPARE(p.columns.at(1).type, ColumnType::Text);
        QCOMPARE(p.columns.at(2).role, ColumnRole::Expected);   // "Expected Output"
        QCOMPARE(p.columns.at(3).type, ColumnType::Number);
        QCOMPARE(p.columns.at(4).role, ColumnRole::Metadata);   // source
        QCOMPARE(p.columns.at(5).type, ColumnType::Text);       // no values yet

        const ImportPreview all = ImportPreview::read(path, DatasetFormat::Auto, 100);
        QVERIFY(all.complete);
        QCOMPARE(all.rows.size(), 3);
    }

    void previewRoleGuesses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        for (const char *n : {"expected", "answer", "ideal", "label", "reference", "target", "output",
                              "ground_truth", "__expected", "__expected3"})
            QTest::newRow(n) << QString::fromUtf8(n) << int(ColumnRole::Expected);
        for (const char *n : {"id", "ID", "source", "__metadata:team", "__description"})
            QTest::newRow(n) << QString::fromUtf8(n) << int(ColumnRole::Metadata);
        for (const char *n : {"question", "context", "input", "answers_given"})
            QTest::newRow(n) << QString::fromUtf8(n) << int(ColumnRole::Variable);
    }

    void previewRoleGuesses()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        const ImportPreview p = ImportPreview::read(
            m_dir.filePath(u"missing"_s), DatasetFormat::Csv, 1);   // unreadable: reported, no crash
        QVERIFY(p.error);
        QBuffer b;
        b.setData(name.toUtf8() + "\nx\n");
        b.open(QIODevice::ReadOnly);
        const ImportPreview q = ImportPreview::read(&b, u"x.csv"_s, DatasetFormat::Csv, 5);
        QCOMPARE(q.columns.size(), 1);
        QCOMPARE(int(q.columns.at(0).role), role);
    }

    void importStoresRowsColumnsAndLog()
    {
        const QString path = m_dir.filePath(u"qa.jsonl"_s);
        QVERIFY(writeFile(path, "{\"question\": \"2+2?\", \"answer\": \"4\", \"meta\": {\"level\": 1}}\n"
                                "{\"question\": \"Capital?\", \"answer\": \"Paris\", \"id\": 7}\n"));
        ImportOptions options;
        options.name = u"qa"_s;
        options.overrides = {{u"meta"_s, u"details"_s, ColumnRole::Ignored, std::nullopt},
                             {u"answer"_s, {}, std::nullopt, ColumnType::Json}};
        ImportError error;
        const auto result = DatasetImporter::importFile(m_ws->database(), path, options, &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->rows, 2);
        QCOMPARE(result->format, DatasetFormat::Jsonl);

        DatasetStore store(m_ws->database());
        const auto info = store.find(u"qa"_s);
        QVERIFY(info);
        QCOMPARE(info->source, u"qa.jsonl"_s);
        QCOMPARE(info->versionCount, 1);
        QCOMPARE(info->head.rowCount, 2);
        QVERIFY(!info->head.frozen);
        QCOMPARE(info->columns.size(), 4);
        QCOMPARE(info->columns.at(0), (DatasetColumn{u"c1"_s, u"question"_s, ColumnRole::Variable, ColumnType::Text}));
        QCOMPARE(info->columns.at(1), (DatasetColumn{u"c2"_s, u"answer"_s, ColumnRole::Expected, ColumnType::Json}));
        QCOMPARE(info->columns.at(2), (DatasetColumn{u"c3"_s, u"details"_s, ColumnRole::Ignored, ColumnType::Json}));
        QCOMPARE(info->columns.at(3), (DatasetColumn{u"c4"_s, u"id"_s, ColumnRole::Metadata, ColumnType::Number}));
        const QList<DatasetRow> rows = store.rows(info->head.id, 0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).data, obj("{\"c1\": \"2+2?\", \"c2\": \"4\", \"c3\": {\"level\": 1}}"));
        QCOMPARE(rows.at(1).data.value(u"c4"_s).toInteger(), 7);
        QCOMPARE(m_ws->database().queryInt("SELECT count(*) FROM activity WHERE kind = 'dataset.import'"), 1);
        QCOMPARE(m_ws->stats().datasetRows, 2);
    }

    void importKeepsPromptfooScorers()
    {
        const QString path = m_dir.filePath(u"promptfooconfig.yaml"_s);
        QVERIFY(writeFile(path, "defaultTest:\n  assert:\n    - type: is-json\n"
                                "tests:\n  - vars: {city: Paris}\n    assert:\n      - type: contains\n"
                                "        value: France\n"));
        ImportError error;
        const auto result = DatasetImporter::importFile(m_ws->database(), path, {}, &error);
        QVERIFY2(result, qPrintable(error.toString()));
        DatasetStore store(m_ws->database());
        const auto info = store.find(u"promptfooconfig"_s);   // default name: the file's base name
        QVERIFY(info);
        QCOMPARE(info->defaultScorers, arr("[{\"type\": \"is-json\"}]"));
        const QList<DatasetRow> rows = store.rows(info->head.id, 0, 10);
        QCOMPARE(rows.at(0).scorers, arr("[{\"type\": \"contains\", \"value\": \"France\"}]"));
    }

    void failedImportLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated quote") << u"tickets.csv"_s << "a,b\n1,2\n3,\"open\n"_ba
                                            << u"tickets.csv:4:1: unterminated quoted field opened at 3:3"_s;
        QTest::newRow("ragged row") << u"tickets.csv"_s << "a,b\n1,2\n3\n"_ba
                                    << u"tickets.csv:3:2: row has 1 fields but the header has 2"_s;
        QTest::newRow("invalid UTF-8") << u"tickets.csv"_s << "a\nok\n\xC0\xAF\n"_ba
                                       << u"tickets.csv:3:1: invalid UTF-8 (byte 0xC0); save the file as UTF-8"_s;
        QTest::newRow("JSON syntax") << u"rows.jsonl"_s << "{\"a\": 1}\n{\"a\": }\n"_ba
                                     << u"rows.jsonl:2:7: expected a value (a string, number, object, array, true, "
                                        "false or null)"_s;
        QTest::newRow("empty file") << u"empty.csv"_s << QByteArray() << u"empty.csv:1:1: the file is empty"_s;
        QTest::newRow("binary") << u"image.csv"_s << "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR"_ba
                                << u"image.csv:3:1: NUL byte: this looks like a binary file, not text"_s;
        QTest::newRow("NUL byte") << u"data.txt"_s << "a\tb\nx\x00y\tz\n"_ba
                                  << u"data.txt:2:2: NUL byte: this looks like a binary file, not text"_s;
    }

    void failedImportLeavesWorkspaceUnchanged()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        importGood(u"existing"_s);
        const QByteArray before = contentChecksum(m_ws->database());
        const qint64 rowsBefore = m_ws->database().queryInt("SELECT count(*) FROM dataset_rows");

        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeFile(path, content));
        ImportError e;
        QVERIFY(!DatasetImporter::importFile(m_ws->database(), path, {}, &e));
        QCOMPARE(e.toString(), error);
        QCOMPARE(contentChecksum(m_ws->database()), before);
        QCOMPARE(m_ws->database().queryInt("SELECT count(*) FROM dataset_rows"), rowsBefore);
        // The connection is usable again (no transaction left open).
        importGood(u"after"_s);
    }

    // The error is 60,000 rows in: those rows were already inserted, and are rolled back.
    void lateErrorRollsBackEverything()
    {
        importGood(u"existing"_s);
        const QByteArray before = contentChecksum(m_ws->database());
        QByteArray csv = "n,text\n";
        for (int i = 0; i < 60000; ++i)
            csv += QByteArray::number(i) + ",\"row, number " + QByteArray::number(i) + "\"\n";
        csv += "60000,\"bad\"x\n";
        const QString path = m_dir.filePath(u"big.csv"_s);
        QVERIFY(writeFile(path, csv));
        ImportError e;
        QVERIFY(!DatasetImporter::importFile(m_ws->database(), path, {}, &e));
        QCOMPARE(e.line, 60002);
        QCOMPARE(e.column, 12);
        QCOMPARE(contentChecksum(m_ws->database()), before);
    }

    void refusedImports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<ColumnOverride>>("overrides");
        QTest::addColumn<QString>("error");
        QTest::newRow("name taken") << u"existing"_s << QList<ColumnOverride>{}
                                    << u"good.csv: A dataset named “existing” already exists; choose another name."_s;
        QTest::newRow("unknown column") << u"new"_s
                                        << QList<ColumnOverride>{{u"nope"_s, {}, ColumnRole::Expected, {}}}
                                        << u"good.csv: there is no column named “nope” (columns: question, answer)"_s;
        QTest::newRow("duplicate after rename") << u"new"_s
                                                << QList<ColumnOverride>{{u"answer"_s, u"question"_s, {}, {}}}
                                                << u"good.csv: two columns would be named “question”"_s;
    }

    void refusedImports()
    {
        QFETCH(QString, name);
        QFETCH(QList<ColumnOverride>, overrides);
        QFETCH(QString, error);
        importGood(u"existing"_s);
        const QByteArray before = contentChecksum(m_ws->database());
        ImportOptions options;
        options.name = name;
        options.overrides = overrides;
        ImportError e;
        QVERIFY(!DatasetImporter::importFile(m_ws->database(), m_dir.filePath(u"good.csv"_s), options, &e));
        QCOMPARE(e.toString(), error);
        QCOMPARE(contentChecksum(m_ws->database()), before);
    }

    void cancelRollsBack()
    {
        const QByteArray before = contentChecksum(m_ws->database());
        QByteArray csv = "n\n";
        for (int i = 0; i < 20000; ++i)
            csv += QByteArray::number(i) + '\n';
        const QString path = m_dir.filePath(u"numbers.csv"_s);
        QVERIFY(writeFile(path, csv));
        ImportOptions options;
        int calls = 0;
        options.progress = [&](qint64 bytes) {
            Q_ASSERT(bytes > 0);
            return ++calls < 2;
        };
        ImportError e;
        QVERIFY(!DatasetImporter::importFile(m_ws->database(), path, options, &e));
        QCOMPARE(e.message, u"the import was cancelled"_s);
        QCOMPARE(calls, 2);
        QCOMPARE(contentChecksum(m_ws->database()), before);
    }

private:
    void importGood(const QString &name)
    {
        const QString path = m_dir.filePath(u"good.csv"_s);
        QVERIFY(writeFile(path, "question,answer\nq1,a1\nq2,a2\n"));
        ImportOptions options;
        options.name = name;
        ImportError e;
        QVERIFY2(DatasetImporter::importFile(m_ws->database(), path, options, &e), qPrintable(e.toString()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"
