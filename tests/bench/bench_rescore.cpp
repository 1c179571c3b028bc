// Benchmark of re-scoring a stored run and summarizing it: 10,000 cases (one prompt version x
// model) scored by icontains, regex, bleu, chrf and a JavaScript scorer on the thread pool,
// written in batches; then the summary (pass rate, bootstrap intervals with 1,000 resamples,
// corpus BLEU/chrF and their bootstrap). Seeded data; prints the times.
#include "eval/runscorer.h"
#include "eval/stats/runaggregator.h"
#include "prompt/promptcontent.h"
#include "workspace/aggregatequery.h"
#include "workspace/database.h"
#include "workspace/promptstore.h"
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
#include <QThreadPool>

#include <cstdio>
#include <random>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 10000;

QString sentence(std::mt19937 &rng)
{
    static const char *const words[] = {"the", "refund", "was", "sent", "to", "your", "account", "today", "please",
                                        "allow", "three", "days", "order", "number", "shipped", "sorry", "for",
                                        "delay", "we", "can", "help", "with", "that", "request", "thanks"};
    QStringList w;
    const int n = 8 + int(rng() % 10);
    for (int i = 0; i < n; ++i)
        w.append(QString::fromUtf8(words[rng() % std::size(words)]));
    return w.join(u' ');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    WorkspaceError wsError;
    auto ws = Workspace::create(dir.filePath(u"bench.lathe"_s), {}, &wsError);
    if (!ws) {
        std::fprintf(stderr, "cannot create a workspace: %s\n", qPrintable(wsError.message));
        return 1;
    }
    Database &db = ws->database();
    const QJsonArray scorers{
        QJsonObject{{u"type"_s, u"icontains"_s}, {u"value"_s, u"refund"_s}},
        QJsonObject{{u"type"_s, u"regex"_s}, {u"value"_s, u"\\b(order|number)\\b"_s}},
        QJsonObject{{u"type"_s, u"bleu"_s}},
        QJsonObject{{u"type"_s, u"chrf"_s}},
        QJsonObject{{u"type"_s, u"javascript"_s}, {u"value"_s, u"output.split(' ').length < 15"_s}, {u"metric"_s, u"short"_s}}};
    std::mt19937 rng(20261128);
    QStringList outputs;
    {
        Transaction tx(db);
        Statement ds(db, "INSERT INTO datasets (id, name, created_at, default_scorers) VALUES (1, 'bench', 'n', ?)");
        ds.bind(1, QString::fromUtf8(QJsonDocument(scorers).toJson(QJsonDocument::Compact))).exec();
        db.exec("INSERT INTO dataset_versions (id, dataset_id, number, created_at) VALUES (1, 1, 1, 'n');"
                "INSERT INTO dataset_columns (version_id, position, key, name, role) VALUES"
                " (1, 1, 'c0', 'question', 'variable'), (1, 2, 'c1', 'answer', 'expected');");
        Statement row(db, "INSERT INTO dataset_rows (id, data) VALUES (?, ?)");
        Statement member(db, "INSERT INTO dataset_version_rows (version_id, position, row_id) VALUES (1, ?, ?)");
        for (int i = 0; i < kRows; ++i) {
            const QString answer = sentence(rng);
            outputs.append(rng() % 4 ? answer : sentence(rng));
            row.bind(1, qint64(i + 1))
                .bind(2, QString::fromUtf8(QJsonDocument(QJsonObject{{u"c0"_s, u"q%1"_s.arg(i)}, {u"c1"_s, answer}})
                                               .toJson(QJsonDocument::Compact)))
                .exec();
            member.bind(1, qint64(i)).bind(2, qint64(i + 1)).exec();
        }
        tx.commit();
    }
    PromptStore prompts(db);
    StoreError err;
    PromptContent content;
    content.templateText = u"Answer: {{ question }}"_s;
    const auto version = prompts.commitContent(u"support"_s, content, u"1"_s, &err);
    RunSpec spec;
    spec.name = u"bench"_s;
    spec.datasetVersionId = 1;
    spec.columns = {{version->id, 0, u"model"_s, {}, {}}};
    RunStore runs(db);
    const auto runId = version ? runs.createRun(spec, &err) : std::nullopt;
    if (!runId) {
        std::fprintf(stderr, "cannot store the run: %s\n", qPrintable(err.message));
        return 1;
    }
    QList<CaseResult> results;
    for (const CaseWork &w : runs.pendingCases(*runId, false)) {
        CaseResult r;
        r.caseId = w.caseId;
        r.ok = true;
        r.output = outputs[int(w.rowId - 1)];
        r.latencyMs = 200 + double(rng() % 800);
        r.cost = 0.0001;
        results.append(r);
    }
    runs.writeResults(results, &err);

    std::printf("re-score %d cases x 5 scorers (icontains, regex, bleu, chrf, javascript), %d threads\n", kRows,
                QThreadPool::globalInstance()->maxThreadCount());
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        RunScorer scorer(db);
        const auto report = scorer.scoreRun(*runId, &err);
        if (!report) {
            std::fprintf(stderr, "scoring failed: %s\n", qPrintable(err.message));
            return 1;
        }
        const qint64 scoreMs = t.elapsed();
        t.restart();
        const QList<CaseFacts> cases = AggregateQuery(db).cases(*runId);
        const qint64 readMs = t.elapsed();
        t.restart();
        const QList<ColumnSummary> summary = RunAggregator().summarize(runs.columns(*runId), cases);
        const qint64 aggregateMs = t.elapsed();
        std::printf("  run %d: score %lld ms (%lld rows written), read %lld ms, summarize %lld ms"
                    " (pass rate %.3f, corpus BLEU %.2f)\n",
                    run + 1, static_cast<long long>(scoreMs), static_cast<long long>(report->written),
                    static_cast<long long>(readMs), static_cast<long long>(aggregateMs),
                    summary.value(0).passRate.value_or(-1),
                    summary.value(0).scorers.value(2).corpus ? summary.value(0).scorers.value(2).corpus->score : -1.0);
    }
    return 0;
}
