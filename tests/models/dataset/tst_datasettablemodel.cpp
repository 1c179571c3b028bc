// The dataset table model: rows arrive asynchronously in windows from the loader thread; a
// 1,000,000-row dataset opens and reads at its start, middle and end while the model holds at
// most a few windows; sort, tag filter and search run in SQLite; stale answers are dropped;
// edits persist through DatasetEditor (including copy-on-write of a frozen head).
#include "dataset/datasetcelltext.h"
#include "dataset/datasetimporter.h"
#include "dataset/datasettablemodel.h"
#include "workspace/database.h"
#include "workspace/datasetstore.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;

// The text of a cell once its window has arrived; "<not loaded>" on timeout.
QString cell(DatasetTableModel &model, int row, int column)
{
    // The data() call in the loop asks for the row's window once the row count is known.
    const auto loaded = [&] {
        return !model.isLoading() && model.data(model.index(row, column), DatasetTableModel::LoadedRole).toBool();
    };
    if (!QTest::qWaitFor(loaded, kTimeoutMs))
        return u"<not loaded>"_s;
    return model.data(model.index(row, column)).toString();
}

bool waitReady(DatasetTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, kTimeoutMs);
}

} // namespace

class TestDatasetTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"t%1.lathe"_s.arg(++m_count)), u"Test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void cleanup() { m_ws.reset(); }

    void smallDatasetUnderTester()
    {
        const qint64 id = importCsv("question,answer,source\nq1,a1,x\nq2,a2,y\nq3,a3,x\n");
        DatasetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &DatasetTableModel::rowCountChanged);
        QVERIFY(model.setDataset(m_ws->database(), id));
        QCOMPARE(model.columnCount(), 4);   // three columns and Tags
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"answer"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal, DatasetTableModel::ColumnRoleRole).toInt(),
                 int(ColumnRole::Metadata));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), DatasetTableModel::kPlaceholder);
        QCOMPARE(cell(model, 0, 0), u"q1"_s);
        QCOMPARE(cell(model, 2, 1), u"a3"_s);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));

        // Rows and columns added and removed through the model keep the tester content.
        WorkspaceError error;
        QVERIFY(model.editRows([&](DatasetEditor &e) { return e.addRow({{u"c1"_s, u"q4"_s}}, {}, &error); }, &error));
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, 0), u"q4"_s);
        const qint64 first = model.data(model.index(0, 0), DatasetTableModel::RowIdRole).toLongLong();
        QVERIFY(model.editRows([&](DatasetEditor &e) { return e.deleteRows({first}, &error); }, &error));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, 0), u"q2"_s);
        QVERIFY(model.editColumns([&](DatasetEditor &e) {
            return e.addColumn(u"notes"_s, ColumnRole::Metadata, ColumnType::Text, &error);
        }, &error));
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"notes"_s);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Tags"_s);
        QVERIFY(model.editColumns([&](DatasetEditor &e) { return e.renameColumn(u"c2"_s, u"expected"_s, &error); }, &error));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"expected"_s);
        QVERIFY(model.editColumns([&](DatasetEditor &e) { return e.deleteColumn(u"c3"_s, &error); }, &error));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"notes"_s);

        // Sort and filter reset the view to the new rows.
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(waitReady(model));
        QCOMPARE(cell(model, 0, 0), u"q4"_s);
        model.setSearchText(u"Q3"_s);   // case-insensitive
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, 0), u"q3"_s);
        model.setSearchText({});
        model.sort(-1);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, 0), u"q2"_s);
    }

    void oneMillionRows()
    {
        QElapsedTimer timer;
        timer.start();
        constexpr qint64 n = 1'000'000;
        const qint64 id = generate(n);
        qInfo("generated %lld rows in %lld ms", n, timer.restart());

        DatasetTableModel model;
        QVERIFY(model.setDataset(m_ws->database(), id));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(n), kTimeoutMs);
        qInfo("row count known after %lld ms", timer.restart());
        QCOMPARE(cell(model, 0, 0), u"question 1"_s);
        QCOMPARE(cell(model, int(n / 2), 0), u"question 500001"_s);
        QCOMPARE(cell(model, int(n - 1), 0), u"question 1000000"_s);
        QCOMPARE(cell(model, int(n - 1), 1), u"1000000"_s);
        QCOMPARE(cell(model, int(n - 1), 2), u"test"_s);
        qInfo("start, middle and end read in %lld ms", timer.restart());
        QVERIFY(model.maxRowsHeld() > 0);
        QVERIFY(model.maxRowsHeld() <= DatasetTableModel::kWindowSize * DatasetTableModel::kCachedWindows);

        // Reading every tenth window keeps the cache bounded.
        for (int row = 0; row < n; row += 100'000)
            QCOMPARE(cell(model, row + 7, 0), u"question %1"_s.arg(row + 8));
        QVERIFY(model.maxRowsHeld() <= DatasetTableModel::kWindowSize * DatasetTableModel::kCachedWindows);

        model.setTagFilter(u"test"_s);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), int(n / 10));
        QCOMPARE(cell(model, 0, 0), u"question 10"_s);
        QCOMPARE(cell(model, int(n / 20), 0), u"question 500010"_s);
        qInfo("tag filter in %lld ms", timer.restart());

        model.setTagFilter({});
        model.sort(1, Qt::DescendingOrder);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), int(n));
        QCOMPARE(cell(model, 0, 0), u"question 1000000"_s);
        QCOMPARE(cell(model, int(n - 1), 0), u"question 1"_s);
        qInfo("sort in %lld ms", timer.restart());

        model.sort(-1);
        model.setSearchText(u"question 99999"_s);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 11);   // 99999 and 999990..999999
        QCOMPARE(cell(model, 0, 0), u"question 99999"_s);
        QCOMPARE(cell(model, 10, 0), u"question 999999"_s);
        qInfo("search in %lld ms", timer.restart());

        // After a deletion positions have a gap: pages start at noted positions instead.
        model.setSearchText({});
        QCOMPARE(cell(model, 1, 0), u"question 2"_s);
        const qint64 second = model.data(model.index(1, 0), DatasetTableModel::RowIdRole).toLongLong();
        WorkspaceError error;
        QVERIFY(model.editRows([&](DatasetEditor &e) { return e.deleteRows({second}, &error); }, &error));
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), int(n - 1));
        QCOMPARE(cell(model, 1, 0), u"question 3"_s);
        QCOMPARE(cell(model, int(n / 2), 0), u"question 500002"_s);
        QCOMPARE(cell(model, int(n - 2), 0), u"question 1000000"_s);
        qInfo("refresh after a deletion in %lld ms", timer.restart());
        QVERIFY(model.maxRowsHeld() <= DatasetTableModel::kWindowSize * DatasetTableModel::kCachedWindows);
    }

    void staleAnswersAreDropped()
    {
        const qint64 id = importCsv("q,tag\na,1\nb,2\nc,3\n");
        DatasetTableModel model;
        QVERIFY(model.setDataset(m_ws->database(), id));
        QVERIFY(waitReady(model));
        QSignalSpy counts(&model, &DatasetTableModel::rowCountChanged);
        // Three views in a row before the loop runs: only the last one's answer is used.
        model.setSearchText(u"a"_s);
        model.sort(0, Qt::DescendingOrder);
        model.setSearchText(u"c"_s);
        QVERIFY(waitReady(model));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toLongLong(), 1);
        QCOMPARE(cell(model, 0, 0), u"c"_s);
    }

    void editsPersist()
    {
        const qint64 id = importCsv("question,answer\nq1,a1\nq2,a2\n");
        {
            DatasetTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model.setDataset(m_ws->database(), id));
            QCOMPARE(cell(model, 1, 1), u"a2"_s);
            QVERIFY(model.setData(model.index(1, 1), u"line one\nline two"_s));
            QCOMPARE(model.data(model.index(1, 1)).toString(), u"line one⏎line two"_s);
            QCOMPARE(model.data(model.index(1, 1), Qt::EditRole).toString(), u"line one\nline two"_s);
            QVERIFY(model.setData(model.index(0, 2), u"train, hard"_s));   // Tags
            QCOMPARE(model.data(model.index(0, 2), DatasetTableModel::TagsRole).toStringList(),
                     (QStringList{u"train"_s, u"hard"_s}));
            QTRY_COMPARE(model.tags(), (QStringList{u"hard"_s, u"train"_s}));
        }
        DatasetStore store(m_ws->database());
        const auto info = store.find(id);
        const QList<DatasetRow> rows = store.rows(info->head.id, 0, 10);
        QCOMPARE(rows.at(1).data.value(u"c2"_s).toString(), u"line one\nline two"_s);
        QCOMPARE(rows.at(0).tags, (QStringList{u"train"_s, u"hard"_s}));

        // A frozen head: the edit makes version 2, which the model follows.
        QVERIFY(store.freezeVersion(info->head.id));
        DatasetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy versions(&model, &DatasetTableModel::versionChanged);
        QVERIFY(model.setDataset(m_ws->database(), id));
        QCOMPARE(cell(model, 0, 0), u"q1"_s);
        QVERIFY(model.setData(model.index(0, 0), u"Q1"_s));
        QCOMPARE(model.versionNumber(), 2);
        QCOMPARE(versions.last().at(0).toInt(), 2);
        QCOMPARE(cell(model, 0, 0), u"Q1"_s);
        QCOMPARE(store.rows(store.find(id)->head.id, 0, 1).at(0).data.value(u"c1"_s).toString(), u"Q1"_s);
        QCOMPARE(store.rows(info->head.id, 0, 1).at(0).data.value(u"c1"_s).toString(), u"q1"_s);

        // The old version is shown read-only.
        QVERIFY(model.setVersion(1));
        QVERIFY(!model.isEditable());
        QCOMPARE(cell(model, 0, 0), u"q1"_s);
        QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), u"nope"_s));
    }

    void jsonCells()
    {
        const qint64 id = importCsv("q\nx\n");
        DatasetTableModel model;
        QVERIFY(model.setDataset(m_ws->database(), id));
        WorkspaceError error;
        QVERIFY(model.editColumns([&](DatasetEditor &e) {
            return e.addColumn(u"meta"_s, ColumnRole::Metadata, ColumnType::Json, &error);
        }, &error));
        QCOMPARE(cell(model, 0, 1), QString());
        QVERIFY(model.setData(model.index(0, 1), u"{\"a\": [1, 2]}"_s));
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"{\"a\":[1,2]}"_s);
        QSignalSpy errors(&model, &DatasetTableModel::errorOccurred);
        QVERIFY(!model.setData(model.index(0, 1), u"{\"a\": \n  [1, 2}"_s));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().startsWith(u"line 2, column"_s), qPrintable(errors.at(0).at(0).toString()));

        QString message;
        QVERIFY(!DatasetCellText::parse(u"{\n  \"ok\": tru\n}"_s, ColumnType::Json, true, &message));
        QVERIFY2(message.startsWith(u"line 2, column 9: "_s), qPrintable(message));
        QCOMPARE(DatasetCellText::parse(u"\"text\""_s, ColumnType::Json, true, &message).value(), QJsonValue(u"text"_s));
        QVERIFY(!DatasetCellText::parse(u"1, 2"_s, ColumnType::Json, true, &message));
        QCOMPARE(message, u"expected a single JSON value"_s);
        QCOMPARE(DatasetCellText::parse(u"42"_s, ColumnType::Number, false).value(), QJsonValue(42.0));
        QCOMPARE(DatasetCellText::parse(u"007x"_s, ColumnType::Number, false).value(), QJsonValue(u"007x"_s));
        QVERIFY(DatasetCellText::parse(u" "_s, ColumnType::Text, false).value().isUndefined());
    }

private:
    qint64 importCsv(const QByteArray &csv)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.name = u"d%1"_s.arg(++m_datasets);
        ImportError error;
        const auto result = DatasetImporter::importDevice(m_ws->database(), &buffer, u"d.csv"_s, options, &error);
        if (!result)
            qWarning("%s", qPrintable(error.toString()));
        return result ? result->datasetId : 0;
    }

    // A dataset of `n` rows {c1: "question N", c2: N}, tagged "test" every tenth row and
    // "train" otherwise, written directly with SQL (a recursive CTE) to be quick.
    qint64 generate(qint64 n)
    {
        Database &db = m_ws->database();
        const auto run = [&db](const QByteArray &sql) { db.exec(sql.constData()); };
        run("BEGIN");
        run("INSERT INTO datasets (name, created_at) VALUES ('big', '2026-01-01T00:00:00Z')");
        const QByteArray d = QByteArray::number(db.lastInsertId());
        run(QByteArray("INSERT INTO dataset_versions (dataset_id, number, created_at) VALUES (") + d
            + ", 1, '2026-01-01T00:00:00Z')");
        const QByteArray v = QByteArray::number(db.lastInsertId());
        run(QByteArray("INSERT INTO dataset_columns (version_id, position, key, name, role, type) VALUES (") + v
            + ", 1, 'c1', 'question', 'variable', 'text'), (" + v + ", 2, 'c2', 'n', 'metadata', 'number')");
        const QByteArray base = QByteArray::number(db.queryInt("SELECT coalesce(max(id), 0) FROM dataset_rows"));
        run(QByteArray("WITH RECURSIVE k(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM k WHERE x < ")
            + QByteArray::number(n) + ") INSERT INTO dataset_rows (id, data, tags) SELECT " + base
            + " + x, json_object('c1', 'question ' || x, 'c2', x),"
              " CASE WHEN x % 10 = 0 THEN '[\"test\"]' ELSE '[\"train\"]' END FROM k");
        run(QByteArray("INSERT INTO dataset_version_rows (version_id, position, row_id) SELECT ") + v + ", id - "
            + base + ", id FROM dataset_rows WHERE id > " + base);
        run("COMMIT");
        return d.toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;
    int m_datasets = 0;
};

QTEST_GUILESS_MAIN(TestDatasetTableModel)
#include "tst_datasettablemodel.moc"
