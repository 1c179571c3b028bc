// Dataset versions: edits in place on an unfrozen head, copy-on-write once a version is frozen
// (the frozen version keeps its exact rows and columns; the new one shares unchanged row
// records), column keys never reused, refused edits leave nothing behind, tags and windows.
#include "datasettesthelpers.h"

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

class TestDatasetVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"v%1.lathe"_s.arg(++m_count)), u"Test"_s, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        QBuffer csv;
        csv.setData("question,answer\nq1,a1\nq2,a2\nq3,a3\nq4,a4\nq5,a5\n");
        csv.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.name = u"qa"_s;
        ImportError e;
        const auto r = DatasetImporter::importDevice(db(), &csv, u"qa.csv"_s, options, &e);
        QVERIFY2(r, qPrintable(e.toString()));
        m_datasetId = r->datasetId;
        m_v1 = r->versionId;
    }

    void cleanup() { m_ws.reset(); }

    void unfrozenHeadIsEditedInPlace()
    {
        DatasetStore store(db());
        const qint64 row2 = store.rows(m_v1, 1, 1).at(0).id;
        DatasetEditor editor(db(), m_datasetId);
        const auto e = editor.setCell(row2, u"c2"_s, u"A2"_s);
        QVERIFY(e);
        QVERIFY(!e->createdVersion);
        QCOMPARE(e->versionId, m_v1);
        QCOMPARE(e->rowId, row2);
        QCOMPARE(store.rows(m_v1, 1, 1).at(0).data.value(u"c2"_s).toString(), u"A2"_s);
        QCOMPARE(store.versions(m_datasetId).size(), 1);
        QCOMPARE(rowRecords(), 5);
    }

    void frozenVersionKeepsItsRows()
    {
        DatasetStore store(db());
        QVERIFY(store.freezeVersion(m_v1));
        const QList<DatasetRow> before = store.rows(m_v1, 0, 100);
        const QList<DatasetColumn> columnsBefore = store.columns(m_v1);

        DatasetEditor editor(db(), m_datasetId);
        const auto e = editor.setCell(before.at(1).id, u"c2"_s, u"changed"_s);
        QVERIFY(e);
        QVERIFY(e->createdVersion);
        QCOMPARE(e->versionNumber, 2);
        QVERIFY(e->rowId != before.at(1).id);

        // Version 1 is exactly as it was.
        QCOMPARE(rowsOf(m_v1), rowsOf(before));
        QCOMPARE(store.columns(m_v1), columnsBefore);
        // Version 2 shares every unchanged row record and holds a copy of the changed one.
        const QList<DatasetRow> after = store.rows(e->versionId, 0, 100);
        QCOMPARE(after.size(), 5);
        for (int i : {0, 2, 3, 4})
            QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(1).id, e->rowId);
        QCOMPARE(after.at(1).data.value(u"c2"_s).toString(), u"changed"_s);
        QCOMPARE(after.at(1).data.value(u"c1"_s).toString(), u"q2"_s);
        QCOMPARE(rowRecords(), 6);
        QCOMPARE(store.find(u"qa"_s)->head.number, 2);

        // Version 2 is not frozen: editing the copy again is in place, no version 3.
        const auto again = editor.setCell(e->rowId, u"c2"_s, u"changed twice"_s);
        QVERIFY(again && !again->createdVersion);
        QCOMPARE(again->rowId, e->rowId);
        // A row still shared with version 1 is copied even though version 2 is editable.
        const auto shared = editor.setCell(before.at(3).id, u"c1"_s, u"Q4"_s);
        QVERIFY(shared && !shared->createdVersion);
        QVERIFY(shared->rowId != before.at(3).id);
        QCOMPARE(rowsOf(m_v1), rowsOf(before));
        QCOMPARE(store.versions(m_datasetId).size(), 2);
        QCOMPARE(rowRecords(), 7);
    }

    void columnEditsOnANewVersion()
    {
        DatasetStore store(db());
        QVERIFY(store.freezeVersion(m_v1));
        const QList<DatasetColumn> v1Columns = store.columns(m_v1);
        DatasetEditor editor(db(), m_datasetId);

        const auto renamed = editor.renameColumn(u"c1"_s, u"prompt"_s);
        QVERIFY(renamed && renamed->createdVersion);
        const qint64 v2 = renamed->versionId;
        QVERIFY(editor.setColumnRole(u"c2"_s, ColumnRole::Metadata));
        QVERIFY(editor.setColumnType(u"c2"_s, ColumnType::Json));
        const auto added = editor.addColumn(u"notes"_s, ColumnRole::Variable, ColumnType::Text);
        QVERIFY(added);
        QCOMPARE(added->columnKey, u"c3"_s);
        const qint64 firstRow = store.rows(v2, 0, 1).at(0).id;
        const auto noted = editor.setCell(firstRow, u"c3"_s, u"old note"_s);
        QVERIFY(noted);
        QVERIFY(editor.deleteColumn(u"c3"_s));
        // A column added after the deletion starts empty: the old values do not come back.
        const auto another = editor.addColumn(u"notes"_s, ColumnRole::Variable, ColumnType::Text);
        QVERIFY(another);
        QVERIFY(!store.rows(v2, 0, 1).at(0).data.contains(another->columnKey));
        QVERIFY(editor.setCell(noted->rowId, another->columnKey, u"new note"_s));
        QVERIFY(editor.deleteColumn(u"c2"_s));

        QCOMPARE(store.columns(m_v1), v1Columns);   // untouched
        const QList<DatasetColumn> v2Columns = store.columns(v2);
        QCOMPARE(v2Columns, (QList<DatasetColumn>{{u"c1"_s, u"prompt"_s, ColumnRole::Variable, ColumnType::Text},
                                                  {another->columnKey, u"notes"_s, ColumnRole::Variable,
                                                   ColumnType::Text}}));
        // Rows shared with version 1 keep the deleted column's values for version 1.
        QCOMPARE(store.rows(m_v1, 0, 1).at(0).data.value(u"c2"_s).toString(), u"a1"_s);
        QCOMPARE(store.rows(v2, 0, 1).at(0).data.value(another->columnKey).toString(), u"new note"_s);
        QCOMPARE(store.versions(m_datasetId).size(), 2);
        QCOMPARE(rowRecords(), 6);   // only the row whose cell changed was copied
    }

    // On rows the head alone holds, deleting a column drops the value itself.
    void deleteColumnStripsOwnedRows()
    {
        DatasetEditor editor(db(), m_datasetId);
        QVERIFY(editor.deleteColumn(u"c2"_s));
        DatasetStore store(db());
        QCOMPARE(store.rows(m_v1, 0, 1).at(0).data, obj("{\"c1\": \"q1\"}"));
        QCOMPARE(editor.addColumn(u"answer"_s, ColumnRole::Expected, ColumnType::Text)->columnKey, u"c2"_s);
        QVERIFY(!store.rows(m_v1, 0, 1).at(0).data.contains(u"c2"_s));
    }

    void addDeleteRowsAndTags()
    {
        DatasetStore store(db());
        QVERIFY(store.freezeVersion(m_v1));
        const QList<DatasetRow> v1Rows = store.rows(m_v1, 0, 100);
        DatasetEditor editor(db(), m_datasetId);

        const auto added = editor.addRow(obj("{\"c1\": \"q6\", \"c2\": \"a6\"}"), {u"test"_s});
        QVERIFY(added && added->createdVersion);
        const qint64 v2 = added->versionId;
        QVERIFY(editor.deleteRows({v1Rows.at(0).id, v1Rows.at(2).id}));
        const auto tagged = editor.setRowTags(v1Rows.at(4).id, {u"test"_s, u" hard "_s, u"test"_s});
        QVERIFY(tagged);

        QCOMPARE(store.rowCount(m_v1), 5);
        QCOMPARE(rowsOf(m_v1), rowsOf(v1Rows));
        QCOMPARE(store.rowCount(v2), 4);
        QCOMPARE(store.rowCount(v2, u"test"_s), 2);
        QCOMPARE(store.rowCount(v2, u"hard"_s), 1);
        QCOMPARE(store.tags(v2), (QStringList{u"hard"_s, u"test"_s}));
        const QList<DatasetRow> testRows = store.rows(v2, 0, 10, u"test"_s);
        QCOMPARE(testRows.at(0).tags, (QStringList{u"test"_s, u"hard"_s}));
        QCOMPARE(testRows.at(0).data.value(u"c1"_s).toString(), u"q5"_s);
        QCOMPARE(testRows.at(1).data.value(u"c1"_s).toString(), u"q6"_s);
        // Windows count the remaining rows in order, across the gaps deletions left.
        const QList<DatasetRow> window = store.rows(v2, 1, 2);
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.at(0).data.value(u"c1"_s).toString(), u"q4"_s);
        QCOMPARE(window.at(1).data.value(u"c1"_s).toString(), u"q5"_s);

        // Deleting a row only version 2 holds removes its record; shared ones stay for version 1.
        const qint64 recordsBefore = rowRecords();
        QVERIFY(editor.deleteRows({added->rowId}));
        QCOMPARE(rowRecords(), recordsBefore - 1);
        QVERIFY(editor.deleteRows({v1Rows.at(1).id}));
        QCOMPARE(rowRecords(), recordsBefore - 1);
    }

    void refusedEditsLeaveNothing()
    {
        DatasetStore store(db());
        QVERIFY(store.freezeVersion(m_v1));
        DatasetEditor editor(db(), m_datasetId);
        WorkspaceError error;
        QVERIFY(!editor.setCell(999999, u"c1"_s, u"x"_s, &error));
        QCOMPARE(error.code, WorkspaceError::NotFound);
        QVERIFY(!editor.setCell(store.rows(m_v1, 0, 1).at(0).id, u"c99"_s, u"x"_s, &error));
        QVERIFY(!editor.renameColumn(u"c1"_s, u"answer"_s, &error));
        QCOMPARE(error.code, WorkspaceError::AlreadyExists);
        QVERIFY(!editor.addColumn(u"  "_s, ColumnRole::Variable, ColumnType::Text, &error));
        QVERIFY(!editor.deleteRows({store.rows(m_v1, 0, 1).at(0).id, 424242}, &error));
        // The frozen head stayed the head: no half-made version 2.
        QCOMPARE(store.versions(m_datasetId).size(), 1);
        QCOMPARE(store.rowCount(m_v1), 5);
        QCOMPARE(rowRecords(), 5);
    }

    void listAndDelete()
    {
        DatasetStore store(db());
        QVERIFY(store.freezeVersion(m_v1));
        DatasetEditor editor(db(), m_datasetId);
        QVERIFY(editor.setCell(store.rows(m_v1, 0, 1).at(0).id, u"c1"_s, u"x"_s));
        const QList<DatasetInfo> all = store.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).name, u"qa"_s);
        QCOMPARE(all.at(0).versionCount, 2);
        QCOMPARE(all.at(0).head.number, 2);
        QCOMPARE(all.at(0).head.rowCount, 5);
        QCOMPARE(all.at(0).columns.size(), 2);
        QCOMPARE(store.version(m_datasetId, 1)->id, m_v1);
        QVERIFY(store.version(m_datasetId, 1)->frozen);
        QVERIFY(!store.version(m_datasetId, 3));

        QVERIFY(store.deleteDataset(m_datasetId));
        QVERIFY(store.list().isEmpty());
        QCOMPARE(rowRecords(), 0);
        WorkspaceError error;
        QVERIFY(!store.find(u"qa"_s, &error));
        QCOMPARE(error.code, WorkspaceError::NotFound);
    }

private:
    Database &db() { return m_ws->database(); }
    qint64 rowRecords() { return db().queryInt("SELECT count(*) FROM dataset_rows"); }

    // (id, data, tags) of rows, comparable.
    static QList<QString> rowsOf(const QList<DatasetRow> &rows)
    {
        QList<QString> out;
        for (const DatasetRow &r : rows)
            out << u"%1 %2 %3"_s.arg(r.id).arg(QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)),
                                           r.tags.join(u',')) ;
        return out;
    }
    QList<QString> rowsOf(qint64 versionId) { return rowsOf(DatasetStore(db()).rows(versionId, 0, 1000)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;
    qint64 m_datasetId = 0;
    qint64 m_v1 = 0;
};

QTEST_GUILESS_MAIN(TestDatasetVersions)
#include "tst_datasetversions.moc"
