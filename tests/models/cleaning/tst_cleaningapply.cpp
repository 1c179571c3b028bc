// Applying a cleaning tool: a preview changes nothing; apply writes exactly one new version
// (the one before stays as it was) and one activity row; a stale preview is refused;
// restoring the previous version is the undo.
#include "cleaningfixture.h"

#include "cleaning/cleaningdata.h"
#include "cleaning/duplicatefinder.h"
#include "cleaning/nearduplicatefinder.h"
#include "cleaning/outlierdetector.h"
#include "cleaning/piiredactor.h"
#include "workspace/datasetbatch.h"
#include "workspace/dataseteditor.h"
#include "workspace/datasetstore.h"

#include <QJsonArray>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;
using cleaningtest::count;

namespace {

QStringList column(DatasetStore &store, qint64 versionId, const QString &key = u"c1"_s)
{
    QStringList out;
    for (const DatasetRow &r : store.rows(versionId, 0, 1000))
        out.append(r.data.value(key).toString());
    return out;
}

QJsonObject lastActivity(Database &db, QString *kind)
{
    Statement st(db, "SELECT kind, details FROM activity ORDER BY id DESC LIMIT 1");
    if (!st.step())
        return {};
    *kind = st.columnText(0);
    return QJsonDocument::fromJson(st.columnBlob(1)).object();
}

} // namespace

class TestCleaningApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_id = 0;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        m_ws = cleaningtest::createWorkspace(m_dir, u"w%1.lathe"_s.arg(++m_n));
        QVERIFY(m_ws);
        m_id = cleaningtest::makeDataset(m_ws->database(), u"faq"_s, {u"question"_s, u"answer"_s},
                                         {{u"How do I reset?"_s, u"Hold the button."_s},
                                          {u"Where is my order?"_s, u"Mail kim@example.kr or call 010-1234-5678."_s},
                                          {u"How do I reset?"_s, u"Hold the button."_s},
                                          {u"How do I reset?"_s, u"Hold the button."_s},
                                          {u"Refunds?"_s, u"Ask kim@example.kr."_s}});
        QVERIFY(m_id > 0);
    }

    void previewChangesNothingApplyMakesOneVersion()
    {
        Database &db = m_ws->database();
        const qint64 activityBefore = count(db, "SELECT count(*) FROM activity");
        const qint64 changesBefore = count(db, "SELECT total_changes()");
        const auto data = CleaningData::load(db, m_id);
        QVERIFY(data);
        QCOMPARE(data->rows.size(), 5);
        const DuplicateReport report = DuplicateFinder::find(*data, {});
        QCOMPARE(report.duplicateRowCount(), 2);
        // Previews (every tool) leave the file alone.
        NearDuplicateFinder::find(*data, {});
        OutlierDetector::find(*data, {});
        PiiRedactor::scan(*data, PiiTypeInfo::allTypes());
        QCOMPARE(count(db, "SELECT total_changes()"), changesBefore);
        QCOMPARE(count(db, "SELECT count(*) FROM dataset_versions"), 1);

        WorkspaceError error;
        const auto edit = DuplicateFinder::apply(db, *data, report, report.defaultRemovals(*data), &error);
        QVERIFY2(edit, qPrintable(error.message));
        QCOMPARE(edit->versionNumber, 2);
        QVERIFY(edit->createdVersion);
        DatasetStore store(db);
        QCOMPARE(store.versions(m_id).size(), 2);
        QCOMPARE(column(store, store.version(m_id, 1)->id).size(), 5);   // untouched
        QCOMPARE(column(store, edit->versionId),
                 (QStringList{u"How do I reset?"_s, u"Where is my order?"_s, u"Refunds?"_s}));
        QCOMPARE(count(db, "SELECT count(*) FROM activity"), activityBefore + 1);
        QString kind;
        const QJsonObject details = lastActivity(db, &kind);
        QCOMPARE(kind, u"dataset.dedup"_s);
        QCOMPARE(details.value(u"removed"_s).toInt(), 2);
        QCOMPARE(details.value(u"from_version"_s).toInt(), 1);
        QCOMPARE(details.value(u"version"_s).toInt(), 2);
        QCOMPARE(details.value(u"dataset"_s).toString(), u"faq"_s);
        QCOMPARE(details.value(u"row_ids"_s).toArray().size(), 2);

        // Undo: version 1's content again, as version 3.
        const auto restored = DatasetBatch::restoreVersion(db, m_id, 1, &error);
        QVERIFY2(restored, qPrintable(error.message));
        QCOMPARE(restored->versionNumber, 3);
        QCOMPARE(column(store, restored->versionId), column(store, store.version(m_id, 1)->id));
        lastActivity(db, &kind);
        QCOMPARE(kind, u"dataset.restore"_s);
        QVERIFY(!DatasetBatch::restoreVersion(db, m_id, 3, &error));
    }

    void stalePreviewIsRefused()
    {
        Database &db = m_ws->database();
        const auto data = CleaningData::load(db, m_id);
        const DuplicateReport report = DuplicateFinder::find(*data, {});
        // Someone edits the dataset after the preview was made.
        QVERIFY(DatasetEditor(db, m_id).addRow(QJsonObject{{u"c1"_s, u"new"_s}}));
        QVERIFY(DatasetStore(db).freezeVersion(data->versionId));
        QVERIFY(DatasetEditor(db, m_id).addRow(QJsonObject{{u"c1"_s, u"newer"_s}}));   // version 2
        WorkspaceError error;
        QVERIFY(!DuplicateFinder::apply(db, *data, report, report.defaultRemovals(*data), &error));
        QVERIFY(error.message.contains(u"preview again"_s));
        QCOMPARE(count(db, "SELECT count(*) FROM dataset_versions"), 2);
    }

    void redactionWritesPlaceholdersAndCountsOnly()
    {
        Database &db = m_ws->database();
        const auto data = CleaningData::load(db, m_id);
        const PiiReport report = PiiRedactor::scan(*data, PiiTypeInfo::allTypes());
        QCOMPARE(report.cells.size(), 2);
        QCOMPARE(report.found.value(PiiType::Email), 2);
        QCOMPARE(report.distinct.value(PiiType::Email), 1);
        QCOMPARE(report.found.value(PiiType::Phone), 1);
        QCOMPARE(report.cells.at(0).redacted, u"Mail [EMAIL_1] or call [PHONE_1]."_s);
        QCOMPARE(report.cells.at(1).redacted, u"Ask [EMAIL_1]."_s);
        WorkspaceError error;
        // Only the second cell was kept ticked.
        const auto edit = PiiRedactor::apply(db, *data, report, {1}, &error);
        QVERIFY2(edit, qPrintable(error.message));
        DatasetStore store(db);
        const QStringList answers = column(store, edit->versionId, u"c2"_s);
        QCOMPARE(answers.at(1), u"Mail kim@example.kr or call 010-1234-5678."_s);
        QCOMPARE(answers.at(4), u"Ask [EMAIL_1]."_s);
        QCOMPARE(column(store, store.version(m_id, 1)->id, u"c2"_s).at(4), u"Ask kim@example.kr."_s);
        QString kind;
        const QJsonObject details = lastActivity(db, &kind);
        QCOMPARE(kind, u"dataset.redact"_s);
        QCOMPARE(details.value(u"replaced"_s).toObject().value(u"email"_s).toInt(), 1);
        QVERIFY(!QJsonDocument(details).toJson().contains("kim@"));
        Statement summary(db, "SELECT summary FROM activity ORDER BY id DESC LIMIT 1");
        QVERIFY(summary.step());
        QVERIFY(!summary.columnText(0).contains(u"kim@"_s));
    }

    void batchRollsBackOnBadRow()
    {
        Database &db = m_ws->database();
        const auto data = CleaningData::load(db, m_id);
        DatasetBatch batch(db, m_id, data->versionId);
        batch.deleteRow(data->rows.at(0).id);
        batch.setCell(999999, u"c1"_s, u"x"_s);
        batch.setActivity(u"dataset.test"_s, u"test"_s);
        WorkspaceError error;
        QVERIFY(!batch.apply(&error));
        QCOMPARE(count(db, "SELECT count(*) FROM dataset_versions"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM activity WHERE kind = 'dataset.test'"), 0);
        DatasetBatch empty(db, m_id, data->versionId);
        QVERIFY(!empty.apply(&error));
    }

    void outlierAndNearApplyDeleteChosenRows()
    {
        Database &db = m_ws->database();
        auto data = CleaningData::load(db, m_id);
        NearDuplicateOptions o;
        o.columnKeys = {u"c1"_s};
        const NearDuplicateReport near = NearDuplicateFinder::find(*data, o);
        QCOMPARE(near.pairs.size(), 2);   // rows 3 and 4 are copies of row 1
        WorkspaceError error;
        auto edit = NearDuplicateFinder::apply(db, *data, near, {data->rows.at(2).id}, &error);
        QVERIFY2(edit, qPrintable(error.message));
        QCOMPARE(DatasetStore(db).rowCount(edit->versionId), 4);
        data = CleaningData::load(db, m_id);
        const OutlierReport outliers = OutlierDetector::find(*data, {});
        edit = OutlierDetector::apply(db, *data, outliers, {data->rows.at(0).id}, &error);
        QVERIFY2(edit, qPrintable(error.message));
        QCOMPARE(edit->versionNumber, 3);
        QString kind;
        lastActivity(db, &kind);
        QCOMPARE(kind, u"dataset.outliers"_s);
    }
};

QTEST_GUILESS_MAIN(TestCleaningApply)
#include "tst_cleaningapply.moc"
