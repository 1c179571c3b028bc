// Re-scoring a finished run from the GUI: the run's scorers edited and saved, every case scored
// again from its stored output on a background thread (no model is called), progress shown,
// Cancel keeping the batches already written; the runs dock's Re-score action.
#include "scorerfixture.h"

#include "runs/runsdock.h"
#include "scorers/rescoredialog.h"
#include "scorers/rescorejob.h"
#include "scorers/scorerpanel.h"

#include "eval/runscorer.h"
#include "eval/scorers/scorersuite.h"
#include "run/runlistmodel.h"
#include "workspace/scorestore.h"
#include "workspace/statement.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

struct CaseScoresRow
{
    qint64 caseId = 0;
    QHash<QString, StoredScore> byName;
};

} // namespace

class TestRescoreDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_runId = 0;
    int m_n = 0;

    Database &db() { return m_ws->database(); }

    QList<qint64> caseIds()
    {
        QList<qint64> ids;
        Statement st(db(), "SELECT id FROM run_cases WHERE run_id = ? ORDER BY id");
        st.bind(1, m_runId);
        while (st.step())
            ids.append(st.columnInt64(0));
        return ids;
    }

    QHash<QString, StoredScore> scoresOf(qint64 caseId)
    {
        QHash<QString, StoredScore> out;
        for (const StoredScore &s : ScoreStore(db()).caseScores(caseId))
            out.insert(s.scorer, s);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"r%1.lathe"_s.arg(++m_n)), {}, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        test::addCapitals(db());
        m_runId = test::addRun(db());
        QVERIFY(m_runId > 0);
        StoreError err;
        QVERIFY2(RunScorer(db()).scoreRun(m_runId, &err), qPrintable(err.message));   // icontains: all pass
        for (qint64 id : caseIds())
            QCOMPARE(scoresOf(id).value(ScorerSuite::kTotalName).pass, std::optional<bool>(true));
    }
    void cleanup() { m_ws.reset(); }

    void rescoresFromStoredOutputs()
    {
        RescoreDialog dialog(m_ws->path(), m_runId);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy rescored(&dialog, &RescoreDialog::rescored);
        QSignalSpy progress(dialog.job(), &RescoreJob::progress);
        QVERIFY(dialog.panel()->scorers()->isEmpty());   // the run adds none yet
        dialog.panel()->setText(u"- type: equals\n  metric: exact\n"_s);
        QTRY_VERIFY(dialog.rescoreButton()->isEnabled());
        QTest::mouseClick(dialog.rescoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rescored.count() == 1, kTimeoutMs);
        QVERIFY(!dialog.isRescoring());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY2(dialog.statusText().startsWith(u"Re-scored 8 of 8 cases"_s), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.panel()->isModified());

        // The run's own scorers are stored, and every case has the new score: the lower-case
        // column fails "exact" and with it the case; the other passes.
        StoreError err;
        QCOMPARE(ScoreStore(db()).context(m_runId, &err)->runScorers,
                 QJsonValue(QJsonDocument::fromJson(R"([{"type": "equals", "metric": "exact"}])").array()));
        int failed = 0;
        for (qint64 id : caseIds()) {
            const auto scores = scoresOf(id);
            QVERIFY(scores.contains(u"exact"_s));
            QVERIFY(scores.contains(u"icontains"_s));
            if (scores.value(ScorerSuite::kTotalName).pass == std::optional<bool>(false))
                ++failed;
            QCOMPARE(scores.value(u"exact"_s).pass, scores.value(ScorerSuite::kTotalName).pass);
        }
        QCOMPARE(failed, 4);
    }

    void cancelKeepsEarlierBatches()
    {
        RescoreDialog dialog(m_ws->path(), m_runId);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.job()->setBatchSize(1);
        // Cancel right after the first batch is written (in the job's thread, so it is exact).
        RescoreJob *job = dialog.job();
        connect(job, &RescoreJob::progress, job, [job] { job->cancel(); }, Qt::DirectConnection);
        QSignalSpy finished(job, &RescoreJob::finished);
        dialog.panel()->setText(u"- type: equals\n  metric: exact\n"_s);
        QVERIFY(dialog.startRescore());
        QVERIFY(dialog.isRescoring());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        const auto report = finished.first().at(0).value<RunScoreReport>();
        QVERIFY(report.cancelled);
        QVERIFY2(dialog.statusText().startsWith(u"Cancelled"_s), qPrintable(dialog.statusText()));

        const QList<qint64> ids = caseIds();
        QVERIFY(scoresOf(ids.first()).contains(u"exact"_s));   // the first batch keeps its new scores
        for (qsizetype i = 1; i < ids.size(); ++i) {
            const auto scores = scoresOf(ids[i]);
            QVERIFY(!scores.contains(u"exact"_s));                // the rest keep the old ones
            QVERIFY(scores.contains(u"icontains"_s));
        }
    }

    void cancelButtonStopsAndCloseAsksAboutChanges()
    {
        auto *dialog = new RescoreDialog(m_ws->path(), m_runId);
        QPointer<RescoreDialog> guard = dialog;
        dialog->show();
        dialog->panel()->setText(u"- type: equals\n"_s);
        dialog->panel()->checkNow();
        QVERIFY(dialog->panel()->isModified());
        dialog->reject();   // unsaved: asks
        QVERIFY(guard);
        QTRY_VERIFY(dialog->findChild<QWidget *>(u"unsavedScorers"_s));
        dialog->findChild<QWidget *>(u"unsavedScorers"_s)->close();
        QVERIFY(guard);
        // Re-scoring, Cancel (Esc) stops the job instead of closing.
        dialog->job()->setBatchSize(1);
        QVERIFY(dialog->startRescore());
        dialog->reject();
        QVERIFY(guard);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRescoring(), kTimeoutMs);
        dialog->reject();   // nothing unsaved now: closes
        QTRY_VERIFY(!guard);
    }

    void runsDockOffersRescore()
    {
        RunsDock dock;
        dock.setWorkspacePath(m_ws->path());
        QTRY_VERIFY_WITH_TIMEOUT(dock.model()->rowCount() == 1, kTimeoutMs);
        dock.selectRun(m_runId);
        QVERIFY(dock.rescoreAction()->isEnabled());
        dock.rescoreAction()->trigger();
        auto *dialog = dock.findChild<RescoreDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->runId(), m_runId);
        QSignalSpy rescored(&dock, &RunsDock::runRescored);
        dialog->panel()->setText(u"- type: squad-f1\n"_s);
        QVERIFY(dialog->startRescore());
        QTRY_VERIFY_WITH_TIMEOUT(rescored.count() == 1, kTimeoutMs);
        QCOMPARE(rescored.first().at(0).toLongLong(), m_runId);
        dialog->reject();
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LATHE_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QPalette p = original;
            if (dark) {
                p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
                p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
                p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
                p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
                p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
                p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
                p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
                p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x78));
            }
            QApplication::setPalette(p);
            RescoreDialog dialog(m_ws->path(), m_runId);
            dialog.setAttribute(Qt::WA_DeleteOnClose, false);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSignalSpy rescored(&dialog, &RescoreDialog::rescored);
            dialog.panel()->setText(u"# Exact answers, and a fuzzy fallback\n- type: equals\n  metric: exact\n"
                                    "- type: ratio\n  threshold: 0.8\n"_s);
            QVERIFY(dialog.startRescore());
            QTRY_VERIFY_WITH_TIMEOUT(rescored.count() == 1, kTimeoutMs);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(dark ? u"rescore-dark.png"_s : u"rescore-light.png"_s)));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestRescoreDialog)
#include "tst_rescoredialog.moc"
