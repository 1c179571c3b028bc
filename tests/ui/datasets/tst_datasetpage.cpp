// The dataset tab: edit cells through the delegate's editors (line, multi-line, JSON with
// validation), undo and redo every kind of edit (rows and columns too, with ids that change
// under undo), search with highlighted matches, filter by tag, read-only old versions.
#include "datasetdelegate.h"
#include "datasetpage.h"
#include "jsoncelleditor.h"

#include "dataset/datasetimporter.h"
#include "dataset/datasettablemodel.h"
#include "workspace/database.h"
#include "workspace/dataseteditor.h"
#include "workspace/datasetstore.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

QString cell(DatasetTableModel *model, int row, int column)
{
    const auto loaded = [&] {
        return !model->isLoading() && model->data(model->index(row, column), DatasetTableModel::LoadedRole).toBool();
    };
    if (!QTest::qWaitFor(loaded, kTimeoutMs))
        return u"<not loaded>"_s;
    return model->data(model->index(row, column)).toString();
}

// The editor the view opened for `index`, after the user started editing it.
template<typename Editor>
Editor *openEditor(QTableView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    return view->viewport()->findChild<Editor *>();
}

} // namespace

class TestDatasetPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"p%1.lathe"_s.arg(++m_count)), u"Test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        m_id = importCsv("question,answer,source\n"
                         "What is the capital of France? Answer with the name of the city only,Paris,geo\n"
                         "Say hello to the team,Hello team!,chat\n"
                         "How many legs has a spider?,8,bio\n");
        QVERIFY(m_id > 0);
    }

    void cleanup() { m_ws.reset(); }

    void editUndoRedo()
    {
        DatasetPage page(m_ws->database(), m_id);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DatasetTableModel *model = page.model();
        QCOMPARE(cell(model, 0, 1), u"Paris"_s);

        // A short value: a line editor; Enter commits.
        auto *line = openEditor<QLineEdit>(page.view(), model->index(0, 1));
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, u"Paris, France"_s);
        QTest::keyClick(line, Qt::Key_Return);   // the view commits on its next turn
        QTRY_COMPARE(model->data(model->index(0, 1)).toString(), u"Paris, France"_s);
        QCOMPARE(page.undoStack()->undoText(), u"Edit Cell"_s);
        QCOMPARE(storedRow(0).value(u"c2"_s).toString(), u"Paris, France"_s);
        page.undoStack()->undo();
        QCOMPARE(model->data(model->index(0, 1)).toString(), u"Paris"_s);
        QCOMPARE(storedRow(0).value(u"c2"_s).toString(), u"Paris"_s);
        page.undoStack()->redo();
        QCOMPARE(model->data(model->index(0, 1)).toString(), u"Paris, France"_s);
        QCOMPARE(storedRow(0).value(u"c2"_s).toString(), u"Paris, France"_s);

        // A long value: a multi-line editor; Enter adds a line, Ctrl+Enter commits.
        auto *multi = openEditor<QPlainTextEdit>(page.view(), model->index(0, 0));
        QVERIFY(multi);
        QCOMPARE(multi->objectName(), u"multiLineEditor"_s);
        multi->moveCursor(QTextCursor::End);
        QTest::keyClick(multi, Qt::Key_Return);
        QTest::keyClicks(multi, u"Please."_s);
        QTest::keyClick(multi, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(storedRow(0).value(u"c1"_s).toString(), u"What is the capital of France? Answer with the name of the city only\nPlease."_s);
        QCOMPARE(model->data(model->index(0, 0)).toString(), u"What is the capital of France? Answer with the name of the city only⏎Please."_s);

        // A JSON column: the editor shows where the text is not JSON and will not commit it.
        QVERIFY(page.addColumn(u"meta"_s, ColumnRole::Metadata, ColumnType::Json));
        const int meta = model->columnOfKey(model->columns().last().key);
        auto *json = openEditor<JsonCellEditor>(page.view(), model->index(1, meta));
        QVERIFY(json);
        QTest::keyClicks(json, u"{\"lang\": \"en\","_s);
        QVERIFY(!json->isValid());
        auto *error = json->findChild<QLabel *>(u"jsonError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(u"line 1, column"_s), qPrintable(error->text()));
        QTest::keyClick(json, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page.view()->viewport()->findChild<JsonCellEditor *>());   // still open
        QTest::keyClicks(json, u" \"n\": 2}"_s);
        QVERIFY(json->isValid());
        QTest::keyClick(json, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(storedRow(1).value(model->columns().last().key).toObject().value(u"n"_s).toInt(), 2);
        QCOMPARE(model->data(model->index(1, meta)).toString(), u"{\"lang\":\"en\",\"n\":2}"_s);
        QVERIFY(!page.commitCell(model->index(1, meta), u"[1,"_s));   // refused, with a message
        QVERIFY(!page.messageText().isEmpty());

        // Undo all of it: the column goes, the texts come back.
        while (page.undoStack()->canUndo())
            page.undoStack()->undo();
        QCOMPARE(model->columns().size(), 3);
        QCOMPARE(storedRow(0).value(u"c1"_s).toString(), u"What is the capital of France? Answer with the name of the city only"_s);
        QCOMPARE(storedRow(0).value(u"c2"_s).toString(), u"Paris"_s);
    }

    void rowsAndColumnsUndo()
    {
        DatasetPage page(m_ws->database(), m_id);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        DatasetTableModel *model = page.model();
        QCOMPARE(cell(model, 2, 1), u"8"_s);

        // Edit a row, delete it, then undo both: the row comes back and the edit's undo still
        // finds it, though it is a new row record now.
        QVERIFY(page.commitCell(model->index(2, 1), u"eight"_s));
        page.view()->selectRow(2);
        QVERIFY(page.deleteSelectedRows());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(storedRows().size(), 2);
        page.undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 2, 1), u"eight"_s);
        page.undoStack()->undo();
        QCOMPARE(cell(model, 2, 1), u"8"_s);
        QCOMPARE(storedRows().at(2).value(u"c2"_s).toString(), u"8"_s);
        page.undoStack()->redo();
        page.undoStack()->redo();
        QTRY_COMPARE(model->rowCount(), 2);

        // Add a row; undo removes it.
        page.addRow();
        QTRY_COMPARE(model->rowCount(), 3);
        page.undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), 2);

        // Rename, change role, delete a column with values; undo each.
        QVERIFY(page.renameColumn(1, u"expected answer"_s));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"expected answer"_s);
        QVERIFY(page.setColumnRole(2, ColumnRole::Ignored));
        QCOMPARE(model->columns().at(2).role, ColumnRole::Ignored);
        QVERIFY(page.deleteColumn(0));
        QCOMPARE(model->columns().size(), 2);
        page.undoStack()->undo();   // the column comes back, last, with its values
        QCOMPARE(model->columns().size(), 3);
        QCOMPARE(model->columns().last().name, u"question"_s);
        QCOMPARE(cell(model, 1, 2), u"Say hello to the team"_s);
        const auto named = [model](const QString &name) {
            for (const DatasetColumn &c : model->columns()) {
                if (c.name == name)
                    return c;
            }
            return DatasetColumn{};
        };
        page.undoStack()->undo();
        QCOMPARE(named(u"source"_s).role, ColumnRole::Metadata);
        page.undoStack()->undo();
        QCOMPARE(named(u"answer"_s).role, ColumnRole::Expected);
        page.undoStack()->redo();   // and redo still finds the columns
        page.undoStack()->redo();
        page.undoStack()->redo();
        QCOMPARE(model->columns().size(), 2);
        QCOMPARE(model->columns().at(0).name, u"expected answer"_s);
    }

    void searchHighlights()
    {
        DatasetPage page(m_ws->database(), m_id);
        page.resize(1000, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DatasetTableModel *model = page.model();
        QCOMPARE(cell(model, 0, 0), u"What is the capital of France? Answer with the name of the city only"_s);
        QTest::keyClicks(page.searchEdit(), u"HELLO"_s);
        QTRY_COMPARE(model->searchText(), u"HELLO"_s);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, 0), u"Say hello to the team"_s);
        QCOMPARE(page.delegate()->matches(cell(model, 0, 0)), (QList<QPair<int, int>>{{4, 5}}));
        QCOMPARE(page.delegate()->matches(cell(model, 0, 1)), (QList<QPair<int, int>>{{0, 5}}));
        QVERIFY(page.delegate()->matches(cell(model, 0, 2)).isEmpty());
        // The matches are painted on the highlight colour.
        QCoreApplication::processEvents();
        const QImage shot = page.view()->viewport()->grab().toImage();
        QVERIFY(countPixels(shot, DatasetDelegate::highlightColor()) > 50);
        page.searchEdit()->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        QCoreApplication::processEvents();
        QCOMPARE(countPixels(page.view()->viewport()->grab().toImage(), DatasetDelegate::highlightColor()), 0);
    }

    void tagFilterAndVersions()
    {
        DatasetPage page(m_ws->database(), m_id);
        page.show();
        DatasetTableModel *model = page.model();
        const int tags = model->tagsColumn();
        QCOMPARE(cell(model, 0, tags), QString());
        QVERIFY(page.commitCell(model->index(0, tags), u"test, geo"_s));
        QVERIFY(page.commitCell(model->index(2, tags), u"test"_s));
        QTRY_COMPARE(page.tagCombo()->count(), 3);   // All rows, geo, test
        page.tagCombo()->setCurrentIndex(page.tagCombo()->findData(u"test"_s));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 1, 0), u"How many legs has a spider?"_s);
        page.tagCombo()->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 3);

        // Freeze the head (as a run would): the next edit makes version 2; version 1 stays
        // as it was and is shown read-only.
        DatasetStore store(m_ws->database());
        QVERIFY(store.freezeVersion(model->versionId()));
        QCOMPARE(cell(model, 0, 1), u"Paris"_s);
        QVERIFY(page.commitCell(model->index(0, 1), u"Paris!"_s));
        QCOMPARE(model->versionNumber(), 2);
        QCOMPARE(page.versionCombo()->count(), 2);
        QCOMPARE(page.versionCombo()->currentData().toInt(), 2);
        page.showVersion(1);
        QCOMPARE(cell(model, 0, 1), u"Paris"_s);
        QVERIFY(!model->isEditable());
        QVERIFY(page.statusText().contains(u"read-only"_s));
        QVERIFY(!page.commitCell(model->index(0, 1), u"nope"_s));
    }

    void millionRowsScroll()
    {
        const qint64 id = generate(1'000'000);
        QElapsedTimer timer;
        timer.start();
        DatasetPage page(m_ws->database(), id);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        qInfo("page shown in %lld ms", timer.restart());
        DatasetTableModel *model = page.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1'000'000, kTimeoutMs);
        QCOMPARE(cell(model, 0, 0), u"question 1"_s);
        QTRY_VERIFY(page.statusText().contains(QLocale().toString(1'000'000)));
        // Jump to the end and to the middle as a scroll bar drag would: the rows in sight load.
        page.view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(999'999), kTimeoutMs);
        QCOMPARE(model->rowAt(999'999)->data.value(u"c1"_s).toString(), u"question 1000000"_s);
        page.view()->verticalScrollBar()->setValue(page.view()->verticalScrollBar()->maximum() / 2);
        const int middle = page.view()->rowAt(page.view()->viewport()->height() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(middle), kTimeoutMs);
        qInfo("end and middle shown in %lld ms", timer.restart());
        QVERIFY(model->maxRowsHeld() <= DatasetTableModel::kWindowSize * DatasetTableModel::kCachedWindows);
    }

    void newerVersionMadeElsewhere()
    {
        DatasetPage page(m_ws->database(), m_id);
        page.show();
        DatasetTableModel *model = page.model();
        QCOMPARE(cell(model, 0, 1), u"Paris"_s);
        // Another tool freezes the head and edits: version 2 appears behind the page's back.
        DatasetStore store(m_ws->database());
        QVERIFY(store.freezeVersion(model->versionId()));
        QVERIFY(DatasetEditor(m_ws->database(), m_id).setCell(model->rowAt(1)->id, u"c2"_s, u"Hi team"_s));
        // An edit on the page is refused, says why, and the page moves to the newest version.
        QVERIFY(page.commitCell(model->index(0, 1), u"Lyon"_s));   // accepted by the page...
        QCOMPARE(page.undoStack()->count(), 0);                     // ...but the edit was refused
        QTRY_COMPARE(model->versionNumber(), 2);
        QVERIFY2(page.messageText().contains(u"newer version"_s), qPrintable(page.messageText()));
        QCOMPARE(cell(model, 1, 1), u"Hi team"_s);
        QCOMPARE(cell(model, 0, 1), u"Paris"_s);
        QCOMPARE(page.versionCombo()->count(), 2);
    }

    // Not a check: with LATHE_SCREENSHOT_DIR set, saves the table with a search for people to
    // look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        QBuffer csv;
        QByteArray data = "id,question,expected_output,category,context\n";
        for (int i = 1; i <= 300; ++i)
            data += QByteArray::number(i) + ",\"How do I reset my password (case " + QByteArray::number(i)
                + ")?\",\"Open Settings, then Security, then Reset.\"," + (i % 3 ? "account" : "billing")
                + ",\"{\"\"plan\"\": \"\"pro\"\", \"\"seats\"\": " + QByteArray::number(i % 7) + "}\"\n";
        const qint64 id = importCsv(data, u"support-tickets"_s);
        DatasetPage page(m_ws->database(), id);
        page.resize(1200, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(cell(page.model(), 0, 0), u"1"_s);
        QVERIFY(page.commitCell(page.model()->index(0, page.model()->tagsColumn()), u"test"_s));
        QTest::keyClicks(page.searchEdit(), u"security"_s);
        QTRY_COMPARE(page.model()->searchText(), u"security"_s);
        QCOMPARE(cell(page.model(), 5, 2), u"Open Settings, then Security, then Reset."_s);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(out + u"/dataset-table.png"_s));

        // The JSON editor showing where its text stops being JSON.
        page.searchEdit()->clear();
        QVERIFY(page.addColumn(u"metadata"_s, ColumnRole::Metadata, ColumnType::Json));
        QTRY_COMPARE(page.model()->searchText(), QString());
        DatasetTableModel *model = page.model();
        const int column = model->columnOfKey(model->columns().last().key);
        QCOMPARE(cell(model, 2, column), QString());
        page.view()->scrollTo(model->index(2, column));
        auto *json = openEditor<JsonCellEditor>(page.view(), model->index(2, column));
        QVERIFY(json);
        json->setPlainText(u"{\n  \"source\": \"help-center\",\n  \"reviewed\": tru\n"_s);
        json->moveCursor(QTextCursor::End);
        QTest::keyClicks(json, u"}"_s);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(out + u"/dataset-json-editor.png"_s));
    }

private:
    qint64 importCsv(const QByteArray &csv, const QString &name = u"qa"_s)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.name = name;
        ImportError error;
        const auto result = DatasetImporter::importDevice(m_ws->database(), &buffer, name + u".csv"_s, options, &error);
        if (!result)
            qWarning("%s", qPrintable(error.toString()));
        return result ? result->datasetId : 0;
    }

    // A dataset of `n` rows {c1: "question N", c2: N}, written directly with SQL to be quick.
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
            + QByteArray::number(n) + ") INSERT INTO dataset_rows (id, data) SELECT " + base
            + " + x, json_object('c1', 'question ' || x, 'c2', x) FROM k");
        run(QByteArray("INSERT INTO dataset_version_rows (version_id, position, row_id) SELECT ") + v + ", id - "
            + base + ", id FROM dataset_rows WHERE id > " + base);
        run("COMMIT");
        return d.toLongLong();
    }

    QList<QJsonObject> storedRows()
    {
        DatasetStore store(m_ws->database());
        QList<QJsonObject> out;
        for (const DatasetRow &r : store.rows(store.find(m_id)->head.id, 0, 100))
            out.append(r.data);
        return out;
    }

    QJsonObject storedRow(int i) { return storedRows().value(i); }

    static int countPixels(const QImage &image, const QColor &color)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == color)
                    ++n;
            }
        }
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_id = 0;
    int m_count = 0;
};

QTEST_MAIN(TestDatasetPage)
#include "tst_datasetpage.moc"
