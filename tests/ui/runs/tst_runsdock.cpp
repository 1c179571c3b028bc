// Runs from the main window: New Run… plans and starts a run against the mock server and the
// runs dock follows it live to 100% with its counts; Cancel keeps what is done and Resume
// finishes it; Retry failed re-runs only the failed cases; a key that cannot be read stops
// the start with a message and no run.
#include "fakekeychain.h"
#include "runguifixture.h"
#include "screenshot.h"

#include "mainwindow.h"
#include "modelpicker.h"
#include "promptversionpicker.h"
#include "rundialog.h"
#include "runscontroller.h"
#include "runsdock.h"
#include "workspacecontroller.h"

#include "run/runengine.h"
#include "run/runlistmodel.h"
#include "run/runplan.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lathe;
using namespace lathe::testing;

class TestRunsDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString cell(RunListModel *m, int column, int row = 0) { return m->data(m->index(row, column)).toString(); }

    // Opens New Run…, checks `prompt`'s newest version and `models` of provider "mock", sets
    // the concurrency and starts. Returns the planned case count.
    static qint64 startFromDialog(MainWindow &window, const QString &prompt, const QStringList &models, int concurrency)
    {
        window.runs()->newRunAction()->trigger();
        auto *dialog = window.findChild<RunDialog *>();
        if (!dialog)
            return -1;
        dialog->versionPicker()->check(prompt);
        for (const QString &m : models)
            dialog->modelPicker()->check(u"mock"_s, m);
        dialog->findChild<QSpinBox *>(u"concurrency"_s)->setValue(concurrency);
        const qint64 planned = dialog->plannedCases();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return planned;
    }

    static RunOutcome waitFinished(RunEngine *engine, int timeoutMs = 60000)
    {
        QSignalSpy finished(engine, &RunEngine::finished);
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<RunOutcome>();
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"LatheTest"_s); }

    void runFromDialogCompletes()
    {
        MockServerThread mock;
        MainWindow window;
        window.show();
        QVERIFY(window.controller()->createAt(m_dir.filePath(u"complete.lathe"_s)));
        Database &db = window.controller()->workspace()->database();
        addDataset(db, 40);
        addProvider(db, mock.baseUrl(), {u"mock-small"_s, u"mock-large"_s});
        commitPrompt(db, u"classify"_s, u"Classify: {{ text }}"_s);
        RunsDock *dock = window.runs()->dock();
        QVERIFY(!dock->isVisible());   // shown when a run starts
        QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(startFromDialog(window, u"classify"_s, {u"mock-small"_s, u"mock-large"_s}, 8), 80);
        const RunOutcome outcome = waitFinished(window.runs()->engine());
        QCOMPARE(outcome.status, u"completed"_s);
        QCOMPARE(outcome.progress.done, 80);
        QCOMPARE(mock.requestCount(), 80);
        QVERIFY(dock->isVisible());

        RunListModel *model = dock->model();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, RunListModel::StatusColumn), u"Completed"_s);
        QCOMPARE(cell(model, RunListModel::ProgressColumn), u"100%"_s);
        QCOMPARE(cell(model, RunListModel::CasesColumn), u"80 / 80"_s);
        QCOMPARE(cell(model, RunListModel::ErrorsColumn), u"0"_s);
        QVERIFY(!cell(model, RunListModel::TokensColumn).isEmpty());
        QCOMPARE(dock->currentRunId(), outcome.runId);
        QVERIFY2(dock->statusText().contains(u"completed"_s), qPrintable(dock->statusText()));
        QVERIFY(!dock->resumeAction()->isEnabled());
        QVERIFY(!dock->retryFailedAction()->isEnabled());
        QVERIFY(!dock->cancelAction()->isEnabled());
    }

    void cancelThenResume()
    {
        mock::MockOptions slow;
        slow.latencyMs = 15;
        MockServerThread mock(slow);
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(window.controller()->createAt(m_dir.filePath(u"cancel.lathe"_s)));
        Database &db = window.controller()->workspace()->database();
        addDataset(db, 300);
        addProvider(db, mock.baseUrl(), {u"mock-small"_s}, u"mock"_s, u""_s, 4);
        commitPrompt(db, u"translate"_s, u"Translate: {{ text }}"_s);
        RunsDock *dock = window.runs()->dock();
        RunEngine *engine = window.runs()->engine();

        // Cancel from the dock once a fifth is done, grabbing the dock mid-run on the way.
        QObject context;
        bool cancelled = false;
        connect(engine, &RunEngine::progress, &context, [&](const RunProgress &p) {
            if (!cancelled && p.done >= 60) {
                cancelled = true;
                QVERIFY(dock->cancelAction()->isEnabled());
                screenshot(dock, u"runs-dock"_s);
                screenshot(&window, u"main-window-run"_s);
                dock->cancelAction()->trigger();
            }
        });
        QCOMPARE(startFromDialog(window, u"translate"_s, {u"mock-small"_s}, 4), 300);
        RunOutcome outcome = waitFinished(engine);
        QCOMPARE(outcome.status, u"cancelled"_s);
        QVERIFY(outcome.progress.done >= 60);
        QVERIFY(outcome.progress.done < 300);
        RunListModel *model = dock->model();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(cell(model, RunListModel::StatusColumn), u"Cancelled"_s);
        QCOMPARE(model->data(model->index(0, 0), RunListModel::DoneRole).toLongLong(), outcome.progress.done);
        QVERIFY(dock->resumeAction()->isEnabled());
        QVERIFY(!dock->cancelAction()->isEnabled());

        dock->resumeAction()->trigger();
        outcome = waitFinished(engine);
        QCOMPARE(outcome.status, u"completed"_s);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(cell(model, RunListModel::ProgressColumn), u"100%"_s);
        QCOMPARE(cell(model, RunListModel::CasesColumn), u"300 / 300"_s);
        QCOMPARE(model->rowCount(), 1);   // the same run, not a new one
    }

    void retryFailedRerunsOnlyTheFailures()
    {
        MockServerThread mock;
        MainWindow window;
        window.show();
        QVERIFY(window.controller()->createAt(m_dir.filePath(u"retry.lathe"_s)));
        Database &db = window.controller()->workspace()->database();
        QStringList texts;
        for (int i = 0; i < 10; ++i)   // rows 3 and 7 get a 400 the first time only
            texts << (i == 3 || i == 7 ? u"item %1 [[fault:400x1]]"_s.arg(i) : u"item %1"_s.arg(i));
        addDataset(db, 10, texts);
        addProvider(db, mock.baseUrl(), {u"mock-small"_s});
        commitPrompt(db, u"echo"_s, u"{{ text }}"_s);
        RunsDock *dock = window.runs()->dock();
        RunListModel *model = dock->model();

        QCOMPARE(startFromDialog(window, u"echo"_s, {u"mock-small"_s}, 2), 10);
        RunOutcome outcome = waitFinished(window.runs()->engine());
        QCOMPARE(outcome.status, u"completed"_s);
        QCOMPARE(outcome.progress.errors, 2);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(cell(model, RunListModel::StatusColumn), u"Completed with errors"_s);
        QCOMPARE(cell(model, RunListModel::ErrorsColumn), u"2"_s);
        QVERIFY(!dock->resumeAction()->isEnabled());   // nothing is pending
        QVERIFY(dock->retryFailedAction()->isEnabled());
        const int requestsBefore = mock.requestCount();

        dock->retryFailedAction()->trigger();
        outcome = waitFinished(window.runs()->engine());
        QCOMPARE(outcome.status, u"completed"_s);
        QCOMPARE(outcome.progress.errors, 0);
        QCOMPARE(mock.requestCount() - requestsBefore, 2);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(cell(model, RunListModel::StatusColumn), u"Completed"_s);
        QCOMPARE(cell(model, RunListModel::ErrorsColumn), u"0"_s);
        QVERIFY(!dock->retryFailedAction()->isEnabled());
    }

    void unreadableKeyStopsTheStart()
    {
        QHash<QString, QByteArray> entries;   // the keychain has no entry "team"
        QMainWindow window;
        RunsController runs(&window, std::make_unique<FakeKeychain>(&entries));
        WorkspaceError werror;
        auto ws = Workspace::create(m_dir.filePath(u"key.lathe"_s), u"t"_s, &werror);
        Database &db = ws->database();
        addDataset(db, 3);
        const StoredProvider p = addProvider(db, u"http://127.0.0.1:9"_s, {u"m"_s}, u"team"_s, u"keychain:team"_s);
        runs.setWorkspace(ws.get());
        RunSpec spec;
        spec.name = u"key test"_s;
        spec.datasetVersionId = DatasetStore(db).list().first().head.id;
        spec.columns << RunPlan::columnSpec(commitPrompt(db, u"p"_s, u"{{ text }}"_s), p, u"m"_s);

        QSignalSpy failed(&runs, &RunsController::startFailed);
        QSignalSpy created(runs.engine(), &RunEngine::runCreated);
        QVERIFY(runs.startRun(spec, {}));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(u"has no entry “team”"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!runs.engine()->isActive());
        QCOMPARE(created.size(), 0);

        // With the key in the keychain the same start goes through.
        entries.insert(u"team"_s, "k");
        QVERIFY(runs.startRun(spec, {}));
        const RunOutcome outcome = waitFinished(runs.engine());
        QVERIFY2(outcome.runId > 0, qPrintable(outcome.error));
        QCOMPARE(created.size(), 1);
        runs.setWorkspace(nullptr);
    }
};

QTEST_MAIN(TestRunsDock)
#include "tst_runsdock.moc"
