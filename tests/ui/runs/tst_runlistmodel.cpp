// The runs list: stored runs are read on the loader thread with their totals; live progress
// changes only its own row (no reload, no query); stale reloads are dropped; the model passes
// QAbstractItemModelTester throughout.
#include "runguifixture.h"

#include "run/runlistmodel.h"
#include "run/runplan.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace lathe::testing;

class TestRunListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A workspace with one run of `rows` cases, `ok` answered (2 + 3 tokens, cost 0.5 each)
    // and `failed` failed; returns its path.
    QString makeWorkspace(const QString &name, int rows, int ok, int failed, qint64 *runId)
    {
        const QString path = m_dir.filePath(name);
        WorkspaceError werror;
        auto ws = Workspace::create(path, u"t"_s, &werror);
        Database &db = ws->database();
        const qint64 version = addDataset(db, rows);
        const StoredProvider p = addProvider(db, u"http://127.0.0.1:9"_s, {u"m"_s});
        RunSpec spec;
        spec.name = u"nightly"_s;
        spec.datasetVersionId = version;
        spec.columns << RunPlan::columnSpec(commitPrompt(db, u"p"_s, u"{{ text }}"_s), p, u"m"_s);
        spec.config.insert(u"concurrency"_s, 3);
        StoreError error;
        *runId = *RunStore(db).createRun(spec, &error);
        QList<CaseResult> results;
        const QList<CaseWork> pending = RunStore(db).pendingCases(*runId, false);
        for (int i = 0; i < ok + failed; ++i) {
            CaseResult r;
            r.caseId = pending.at(i).caseId;
            r.ok = i < ok;
            r.output = u"x"_s;
            r.error = r.ok ? QString() : u"HTTP 500"_s;
            if (r.ok) {
                r.promptTokens = 2;
                r.completionTokens = 3;
                r.cost = 0.5;
            }
            results << r;
        }
        RunStore(db).writeResults(results, &error);
        RunStore(db).setStatus(*runId, u"cancelled"_s, &error);
        return path;
    }

    static QString text(const RunListModel &m, int row, int column)
    {
        return m.data(m.index(row, column)).toString();
    }

private Q_SLOTS:
    void readsStoredRunsInTheBackground()
    {
        qint64 runId = 0;
        const QString path = makeWorkspace(u"a.lathe"_s, 10, 6, 2, &runId);
        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RunListModel::loaded);
        model.reload(path);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(model.rowCount(), 1);
        const RunListEntry e = model.entry(0);
        QCOMPARE(e.runId, runId);
        QCOMPARE(e.config.value(u"concurrency"_s).toInt(), 3);
        QCOMPARE(e.keyRefs, QStringList{QString()});
        QCOMPARE(text(model, 0, RunListModel::NameColumn), u"nightly"_s);
        QCOMPARE(text(model, 0, RunListModel::StatusColumn), u"Cancelled"_s);
        QCOMPARE(text(model, 0, RunListModel::ProgressColumn), u"80%"_s);
        QCOMPARE(text(model, 0, RunListModel::CasesColumn), u"8 / 10"_s);
        QCOMPARE(text(model, 0, RunListModel::ErrorsColumn), u"2"_s);
        QCOMPARE(text(model, 0, RunListModel::TokensColumn), u"12 + 18"_s);
        QCOMPARE(text(model, 0, RunListModel::CostColumn), u"$3.00"_s);
        QCOMPARE(text(model, 0, RunListModel::RateColumn), QString());   // not executing
        QCOMPARE(model.data(model.index(0, 0), RunListModel::FractionRole).toDouble(), 0.8);

        // An unreadable file: the error is reported, the rows stay.
        model.reload(m_dir.filePath(u"missing.lathe"_s));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 1);

        model.reload(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void staleReloadsAreDropped()
    {
        qint64 runA = 0;
        qint64 runB = 0;
        const QString a = makeWorkspace(u"stale-a.lathe"_s, 4, 0, 0, &runA);
        const QString b = makeWorkspace(u"stale-b.lathe"_s, 6, 6, 0, &runB);
        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RunListModel::loaded);
        model.reload(a);
        model.reload(b);
        QVERIFY(loaded.wait(10000));
        // The loader answers in order: by the time B's answer is applied, A's was dropped.
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(text(model, 0, RunListModel::CasesColumn), u"6 / 6"_s);
    }

    void liveProgressChangesOneRow()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunListEntry old;
        old.runId = 1;
        old.status = u"completed"_s;
        old.progress.total = old.progress.done = 5;
        model.setEntries({old});

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        RunProgress p;
        p.runId = 7;
        p.total = 200;
        p.done = 50;
        p.errors = 1;
        p.rate = 12.5;
        p.etaMs = 12'000;
        p.promptTokens = 1500;
        p.completionTokens = 20;
        p.cost = 0.0042;
        p.currency = u"USD"_s;
        model.updateProgress(p);   // a run the list has not read yet: added on top
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).runId, 7);
        QCOMPARE(text(model, 0, RunListModel::StatusColumn), u"Running"_s);
        QCOMPARE(text(model, 0, RunListModel::ProgressColumn), u"25%"_s);
        QCOMPARE(text(model, 0, RunListModel::RateColumn), u"12.5/s"_s);
        QCOMPARE(text(model, 0, RunListModel::EtaColumn), u"0:12"_s);
        QCOMPARE(text(model, 0, RunListModel::TokensColumn), u"1.50k + 20"_s);
        QCOMPARE(text(model, 0, RunListModel::CostColumn), u"$0.00420"_s);

        changed.clear();
        p.done = 120;
        model.updateProgress(p);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(text(model, 0, RunListModel::CasesColumn), u"120 / 200"_s);

        // A reload while the run executes keeps its live figures.
        RunListEntry stored;
        stored.runId = 7;
        stored.name = u"big"_s;
        stored.status = u"running"_s;
        stored.progress.total = 200;
        stored.progress.done = 100;
        model.setEntries({stored, old});
        QCOMPARE(text(model, 0, RunListModel::NameColumn), u"big"_s);
        QCOMPARE(text(model, 0, RunListModel::CasesColumn), u"120 / 200"_s);
        QVERIFY(model.data(model.index(0, 0), RunListModel::ActiveRole).toBool());

        RunOutcome outcome;
        outcome.runId = 7;
        outcome.status = u"cancelled"_s;
        outcome.progress = p;
        model.finish(outcome);
        QCOMPARE(text(model, 0, RunListModel::StatusColumn), u"Cancelled"_s);
        QCOMPARE(text(model, 0, RunListModel::RateColumn), QString());
        QVERIFY(!model.data(model.index(0, 0), RunListModel::ActiveRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
