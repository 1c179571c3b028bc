// Runs: the stored plan, pending cases for resume/retry, statuses, the result writer thread
// and the response cache.
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/resultwriter.h"
#include "workspace/runstore.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace lathe;

class TestRunStore : public QObject
{
    Q_OBJECT

    RunSpec twoColumnSpec()
    {
        PromptStore prompts(m_ws->database());
        StoreError err;
        PromptContent c;
        c.templateText = QStringLiteral("Classify: {{ text }}");
        const auto v1 = prompts.commitContent(QStringLiteral("classify"), c, QStringLiteral("1"), &err);
        c.templateText = QStringLiteral("Classify this ticket: {{ text }}");
        const auto v2 = prompts.commitContent(QStringLiteral("classify"), c, QStringLiteral("2"), &err);
        RunSpec spec;
        spec.name = QStringLiteral("v1 vs v2");
        spec.datasetVersionId = 1;
        spec.columns = {{v1->id, 0, QStringLiteral("sample-model-a"), {}, {}}, {v2->id, 0, QStringLiteral("sample-model-a"), {}, {}}};
        return spec;
    }

private Q_SLOTS:
    void init()
    {
        WorkspaceError error;
        m_path = m_dir.filePath(QStringLiteral("r%1.lathe").arg(++m_n));
        m_ws = Workspace::create(m_path, {}, &error);
        QVERIFY(m_ws);
        m_ws->database().exec(
            "INSERT INTO datasets (id, name, created_at) VALUES (1, 'tickets', 'n');"
            "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
            "INSERT INTO dataset_rows (id, data, tags) VALUES (10, '{\"c0\":\"a\"}', '[\"dev\"]'), (11, '{\"c0\":\"b\"}', '[\"test\"]'),"
            " (12, '{\"c0\":\"c\"}', '[\"dev\",\"hard\"]');"
            "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, 0, 10), (1, 1, 11), (1, 2, 12);");
    }
    void cleanup() { m_ws.reset(); }

    void planCoversColumnsRowsRepeats()
    {
        RunStore runs(m_ws->database());
        RunSpec spec = twoColumnSpec();
        spec.repeats = 2;
        StoreError err;
        const auto id = runs.createRun(spec, &err);
        QVERIFY2(id, qPrintable(err.message));
        const auto info = runs.find(*id);
        QCOMPARE(info->status, QStringLiteral("planned"));
        QCOMPARE(info->totalCases, 2 * 3 * 2);
        QCOMPARE(runs.columns(*id).size(), 2);
        QCOMPARE(runs.columns(*id)[1].promptVersion, 2);
        // The dataset version it reads is frozen: later edits must go to a new version.
        QCOMPARE(m_ws->database().queryInt("SELECT frozen FROM dataset_versions WHERE id = 1"), 1);
        const QList<CaseWork> pending = runs.pendingCases(*id, false);
        QCOMPARE(pending.size(), 12);
        QCOMPARE(pending[0].rowId, 10);
        QCOMPARE(pending[1].rowId, 10);   // plan order: row, column, repeat
        QCOMPARE(pending.last().rowId, 12);
    }

    void unnamedRun()
    {
        RunStore runs(m_ws->database());
        RunSpec spec = twoColumnSpec();
        spec.name = QString();   // a null name is stored as empty, not refused
        StoreError err;
        const auto id = runs.createRun(spec, &err);
        QVERIFY2(id, qPrintable(err.message));
        QCOMPARE(runs.find(*id)->name, QString());
    }

    void tagFilter()
    {
        RunStore runs(m_ws->database());
        RunSpec spec = twoColumnSpec();
        spec.tag = QStringLiteral("dev");
        StoreError err;
        const auto id = runs.createRun(spec, &err);
        QCOMPARE(runs.find(*id)->totalCases, 2 * 2);
        for (const CaseWork &c : runs.pendingCases(*id, false))
            QVERIFY(c.rowId == 10 || c.rowId == 12);
    }

    void writerThreadPersistsAndResumeSkipsDone()
    {
        RunStore runs(m_ws->database());
        StoreError err;
        const auto id = runs.createRun(twoColumnSpec(), &err);
        const QList<CaseWork> pending = runs.pendingCases(*id, false);
        QCOMPARE(pending.size(), 6);
        {
            ResultWriter writer(m_path);
            QSignalSpy committed(&writer, &ResultWriter::committed);
            // Four producer threads, as the network thread and scorers would be.
            std::vector<std::thread> producers;
            for (int t = 0; t < 4; ++t) {
                producers.emplace_back([&, t] {
                    for (int i = t; i < 5; i += 4) {   // cases 0..4; case 5 stays unanswered
                        CaseResult r;
                        r.caseId = pending[i].caseId;
                        r.ok = i != 3;
                        r.output = QStringLiteral("out %1").arg(i);
                        r.error = r.ok ? QString() : QStringLiteral("HTTP 503: overloaded");
                        r.httpStatus = r.ok ? 200 : 503;
                        writer.submit(r);
                    }
                });
            }
            for (auto &p : producers)
                p.join();
            QVERIFY(writer.flush());
            QCOMPARE(writer.written(), 5);
            QVERIFY(!committed.isEmpty());
        }
        // Seen through the GUI's own connection.
        const auto info = runs.find(*id);
        QCOMPARE(info->okCases, 4);
        QCOMPARE(info->errorCases, 1);
        QCOMPARE(runs.pendingCases(*id, false).size(), 1);          // resume: only the unanswered
        QCOMPARE(runs.pendingCases(*id, true).size(), 2);           // retry failed too
        QCOMPARE(m_ws->database().queryText("SELECT error FROM results WHERE status = 'error'"),
                 QStringLiteral("HTTP 503: overloaded"));
    }

    void statusTimes()
    {
        RunStore runs(m_ws->database());
        StoreError err;
        const auto id = runs.createRun(twoColumnSpec(), &err);
        QVERIFY(runs.setStatus(*id, QStringLiteral("running"), &err));
        QVERIFY(!runs.find(*id)->startedAt.isEmpty());
        QVERIFY(runs.find(*id)->finishedAt.isEmpty());
        QVERIFY(runs.setStatus(*id, QStringLiteral("completed"), &err));
        QVERIFY(!runs.find(*id)->finishedAt.isEmpty());
        QVERIFY(!runs.setStatus(*id, QStringLiteral("exploded"), &err));   // CHECK constraint
        QVERIFY(!runs.setStatus(999, QStringLiteral("running"), &err));
        QCOMPARE(err.code, StoreError::NotFound);
    }

    void responseCache()
    {
        RunStore runs(m_ws->database());
        StoreError err;
        QVERIFY(!runs.cachedResponse(QStringLiteral("k")));
        QVERIFY(runs.storeCachedResponse(QStringLiteral("k"), {{QStringLiteral("output"), QStringLiteral("hi")}}, &err));
        QCOMPARE(runs.cachedResponse(QStringLiteral("k"))->value(QStringLiteral("output")).toString(), QStringLiteral("hi"));
    }

    void emptyRunRefused()
    {
        RunStore runs(m_ws->database());
        StoreError err;
        RunSpec spec;
        spec.datasetVersionId = 1;
        QVERIFY(!runs.createRun(spec, &err));
        QCOMPARE(err.code, StoreError::Invalid);
        QCOMPARE(m_ws->database().queryInt("SELECT count(*) FROM runs"), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
