// Benchmark of re-scoring a stored run with an LLM judge (llm-rubric) against the in-process
// mock LLM server (its own thread, 20 ms before each reply): 2,000 cases with the judge's
// provider limited to 32 concurrent calls, then the same again answered by the response cache,
// then once more with a contains scorer only for comparison. Prints the times and the judge's
// call counts.
#include "mockllmserver.h"

#include "eval/judge/judgeservice.h"
#include "eval/runscorer.h"
#include "prompt/promptcontent.h"
#include "providers/envkeyresolver.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"
#include "workspace/statement.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 2000;
constexpr int kLatencyMs = 20;
constexpr int kConcurrent = 32;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    mock::MockOptions options;
    options.latencyMs = kLatencyMs;
    auto *server = new mock::MockLlmServer(options);
    QThread serverThread;
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    QString baseUrl;
    QMetaObject::invokeMethod(server, [&] { baseUrl = server->listen() ? server->baseUrl() : QString(); },
                              Qt::BlockingQueuedConnection);
    const auto requests = [&] {
        int n = 0;
        QMetaObject::invokeMethod(server, [&] { n = server->requestCount(); }, Qt::BlockingQueuedConnection);
        return n;
    };

    QTemporaryDir dir;
    WorkspaceError wsError;
    auto ws = Workspace::create(dir.filePath(u"bench.lathe"_s), {}, &wsError);
    if (!ws || baseUrl.isEmpty()) {
        std::fprintf(stderr, "cannot set up: %s\n", qPrintable(wsError.message));
        return 1;
    }
    Database &db = ws->database();
    {
        Transaction tx(db);
        db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'bench', 'n');"
                "INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
                "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
                " (1, 1, 'c0', 'question', 'variable'), (1, 2, 'c1', 'answer', 'expected');");
        Statement row(db, "INSERT INTO dataset_rows (id, data) VALUES (?, ?)");
        Statement member(db, "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, ?, ?)");
        for (int i = 0; i < kRows; ++i) {
            row.bind(1, qint64(i + 1))
                .bind(2, QString::fromUtf8(QJsonDocument(QJsonObject{{u"c0"_s, u"question %1"_s.arg(i)},
                                                                     {u"c1"_s, u"answer%1"_s.arg(i % 7)}})
                                               .toJson(QJsonDocument::Compact)))
                .exec();
            member.bind(1, qint64(i)).bind(2, qint64(i + 1)).exec();
        }
        tx.commit();
    }
    StoreError err;
    StoredProvider judge;
    judge.name = u"judge"_s;
    judge.kind = u"openai"_s;
    judge.baseUrl = baseUrl + u"/v1"_s;
    judge.config = {{u"limits"_s, QJsonObject{{u"max_concurrent"_s, kConcurrent}}}};
    PromptContent content;
    content.templateText = u"Answer: {{ question }}"_s;
    const auto version = PromptStore(db).commitContent(u"support"_s, content, u"1"_s, &err);
    if (!version || !ProviderStore(db).save(judge, false, &err)) {
        std::fprintf(stderr, "cannot store: %s\n", qPrintable(err.message));
        return 1;
    }
    const auto runWith = [&](const char *scorers) -> std::optional<qint64> {
        RunSpec spec;
        spec.name = u"bench"_s;
        spec.datasetVersionId = 1;
        spec.columns = {{version->id, 0, u"model"_s, {}, {}}};
        spec.config = {{u"scorers"_s, QJsonDocument::fromJson(scorers).array()},
                       {u"judge"_s, QJsonObject{{u"provider"_s, u"judge"_s}, {u"model"_s, u"mock-small"_s}}}};
        RunStore runs(db);
        const auto runId = runs.createRun(spec, &err);
        if (!runId)
            return std::nullopt;
        QList<CaseResult> results;
        for (const CaseWork &w : runs.pendingCases(*runId, false)) {
            CaseResult r;
            r.caseId = w.caseId;
            r.ok = true;
            r.output = u"It is answer%1, I think."_s.arg(w.rowId % 5);
            results.append(r);
        }
        runs.writeResults(results, &err);
        return runId;
    };
    const auto judged = runWith(R"([{"type": "llm-rubric", "value": "Gives \"{{ answer }}\" as the answer"}])");
    const auto plain = runWith(R"([{"type": "icontains", "value": "answer"}])");
    if (!judged || !plain) {
        std::fprintf(stderr, "cannot store the runs: %s\n", qPrintable(err.message));
        return 1;
    }

    std::printf("re-score %d cases with llm-rubric; mock judge replies after %d ms, provider max_concurrent %d\n",
                kRows, kLatencyMs, kConcurrent);
    const EnvKeyResolver keys;
    const char *const labels[] = {"judge calls", "response cache", "icontains only"};
    for (int pass = 0; pass < 3; ++pass) {
        JudgeService service(db.path(), keys);
        RunScorer scorer(db);
        scorer.setJudge(&service);
        const int before = requests();
        QElapsedTimer t;
        t.start();
        const auto report = scorer.scoreRun(pass < 2 ? *judged : *plain, &err);
        const qint64 ms = t.elapsed();
        if (!report) {
            std::fprintf(stderr, "scoring failed: %s\n", qPrintable(err.message));
            return 1;
        }
        std::printf("  %-15s %6lld ms  (%lld judge verdicts, %lld cached, %d requests, %lld errors)\n", labels[pass],
                    static_cast<long long>(ms), static_cast<long long>(report->judgeVerdicts),
                    static_cast<long long>(report->judgeCached), requests() - before,
                    static_cast<long long>(report->scorerErrors));
    }
    serverThread.quit();
    serverThread.wait();
    return 0;
}
