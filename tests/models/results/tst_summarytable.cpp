// The summary table: one row per prompt version x model with every aggregate, intervals as
// "0.82 [0.74, 0.88]", the best value per column marked, raw values for numeric sorting, and
// TSV / Markdown text for the clipboard; the loader computes it from a stored run off the
// calling thread.
#include "resultsfixture.h"

#include "results/summaryloader.h"
#include "results/summarytablemodel.h"
#include "results/tabletext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace lathe;

namespace {

ColumnSummary column(qint64 id, int version, const QString &model, double passRate, double low, double high,
                     double p50, qint64 errors)
{
    ColumnSummary s;
    s.columnId = id;
    s.promptName = QStringLiteral("qa");
    s.promptVersion = version;
    s.model = model;
    s.cases = 100;
    s.ok = 100 - errors;
    s.errors = errors;
    s.judged = 100 - errors;
    s.passRate = passRate;
    s.passInterval = {low, high};
    s.meanScore = passRate - 0.05;
    s.meanScoreInterval = {low - 0.05, high - 0.05};
    s.latencyMs = {100, p50, p50, p50 * 2, p50 * 3};
    s.promptTokens = 2000;
    s.completionTokens = 500;
    ScorerSummary bleu;
    bleu.name = QStringLiteral("bleu");
    bleu.count = 100;
    bleu.mean = passRate / 2;
    bleu.meanInterval = {low / 2, high / 2};
    bleu.corpus = CorpusSummary{QStringLiteral("corpus BLEU"), passRate * 40, {passRate * 35, passRate * 45}};
    s.scorers = {bleu};
    return s;
}

int columnOf(const QAbstractItemModel &model, const QString &title)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

} // namespace

class TestSummaryTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsIntervalsAndBest()
    {
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries({column(1, 1, QStringLiteral("model-a"), 0.82, 0.74, 0.88, 800, 2),
                            column(2, 2, QStringLiteral("model-a"), 0.64, 0.55, 0.72, 450, 0),
                            column(3, 2, QStringLiteral("model-b"), 0.82, 0.75, 0.89, 1200, 5)});
        QCOMPARE(model.rowCount(), 3);
        const int pass = columnOf(model, QStringLiteral("Pass rate"));
        const int latency = columnOf(model, QStringLiteral("Latency p50 (ms)"));
        const int errors = columnOf(model, QStringLiteral("Errors"));
        const int corpus = columnOf(model, QStringLiteral("corpus BLEU"));
        const int tokens = columnOf(model, QStringLiteral("Prompt tokens"));
        QVERIFY(pass >= 0 && latency >= 0 && errors >= 0 && corpus >= 0 && tokens >= 0);
        QVERIFY(columnOf(model, QStringLiteral("bleu")) >= 0);
        QCOMPARE(columnOf(model, QStringLiteral("Cost")), -1);            // nothing priced
        QCOMPARE(columnOf(model, QStringLiteral("TTFT p50 (ms)")), -1);   // nothing streamed

        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("qa@1"));
        QCOMPARE(model.index(0, pass).data().toString(), QStringLiteral("0.82 [0.74, 0.88]"));
        QCOMPARE(model.index(0, corpus).data().toString(), QStringLiteral("32.8 [28.7, 36.9]"));
        QCOMPARE(model.index(1, pass).data(SummaryTableModel::RawValueRole).toDouble(), 0.64);
        QCOMPARE(model.index(1, pass).data(SummaryTableModel::IntervalLowRole).toDouble(), 0.55);
        QCOMPARE(model.index(2, 0).data(SummaryTableModel::RunColumnIdRole).toLongLong(), 3);

        // Higher is better: both 0.82 rows are best; lower is better for latency and errors.
        QVERIFY(model.index(0, pass).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(!model.index(1, pass).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(model.index(2, pass).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(model.index(1, latency).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(!model.index(0, latency).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(model.index(1, errors).data(SummaryTableModel::BestRole).toBool());
        QVERIFY(model.index(1, errors).data(Qt::ToolTipRole).toString().contains(QStringLiteral("lower is better")));
        // Columns without a direction (or with one value everywhere) mark nothing.
        for (int r = 0; r < 3; ++r)
            QVERIFY(!model.index(r, tokens).data(SummaryTableModel::BestRole).toBool());
        QCOMPARE(model.headerData(latency, Qt::Horizontal, SummaryTableModel::BetterRole).toInt(), int(SummaryBetter::Lower));

        // Sorting compares the raw numbers (0.64 < 0.82, 450 < 800 < 1200), not the text.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SummaryTableModel::RawValueRole);
        proxy.sort(latency, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, latency).data().toString(), QStringLiteral("450"));
        QCOMPARE(proxy.index(2, latency).data().toString(), QStringLiteral("1200"));

        // Extra metrics from other features (e.g. human judgement win rates).
        SummaryMetric win{QStringLiteral("Win rate"), {}, SummaryBetter::Higher, {}};
        win.values.insert(2, SummaryCell{QStringLiteral("0.70 [0.50, 0.84]"), 0.7, {0.5, 0.84}});
        win.values.insert(3, SummaryCell{QStringLiteral("0.30 [0.16, 0.50]"), 0.3, {0.16, 0.5}});
        model.setExtraMetrics({win});
        const int w = columnOf(model, QStringLiteral("Win rate"));
        QCOMPARE(w, model.columnCount() - 1);
        QCOMPARE(model.index(0, w).data().toString(), QString());
        QVERIFY(model.index(1, w).data(SummaryTableModel::BestRole).toBool());
    }

    void tsvAndMarkdown()
    {
        SummaryTableModel model;
        model.setSummaries({column(1, 1, QStringLiteral("model|a"), 0.82, 0.74, 0.88, 800, 2),
                            column(2, 2, QStringLiteral("model-b"), 0.64, 0.55, 0.72, 450, 0)});
        const QStringList tsv = TableText::tsv(model).split(u'\n');
        QCOMPARE(tsv.size(), 4);   // header, two rows, final newline
        QVERIFY(tsv.at(0).startsWith(QStringLiteral("Prompt\tModel\tAnswered\tPass rate\tMean score\tbleu\tcorpus BLEU\t")));
        QVERIFY(tsv.at(1).startsWith(QStringLiteral("qa@1\tmodel|a\t100 / 100\t0.82 [0.74, 0.88]\t")));
        QCOMPARE(TableText::tsv(model, {1}).split(u'\n').size(), 3);

        const QStringList md = TableText::markdown(model, SummaryTableModel::BestRole).split(u'\n');
        QVERIFY(md.at(0).startsWith(QStringLiteral("| Prompt | Model | Answered | Pass rate | Mean score | bleu |")));
        QVERIFY(md.at(1).startsWith(QStringLiteral("| --- | --- | ---: | ---: | ---: | ---: |")));
        QVERIFY(md.at(2).startsWith(QStringLiteral("| qa@1 | model\\|a | 100 / 100 | **0.82 [0.74, 0.88]** |")));
        QVERIFY(md.at(3).contains(QStringLiteral("| **450** |")));
    }

    void loaderComputesTheStoredRun()
    {
        QTemporaryDir dir;
        const resultsfixture::Run run = resultsfixture::planted(dir.filePath(QStringLiteral("s.lathe")));
        QVERIFY(run.ws);
        SummaryLoader loader;
        QSignalSpy loaded(&loader, &SummaryLoader::loaded);
        loader.load(run.ws->path(), run.runId);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(20000));
        QVERIFY(!loader.isLoading());
        const auto summaries = loaded.first().at(1).value<QList<ColumnSummary>>();
        QCOMPARE(summaries.size(), 3);
        for (int c = 0; c < 3; ++c) {
            qint64 passed = 0, failed = 0, errors = 0;
            for (int r = 0; r < resultsfixture::kPattern.size(); ++r) {
                const QChar s = resultsfixture::stateAt(r, c);
                passed += s == u'P';
                failed += s == u'F';
                errors += s == u'E';
            }
            QCOMPARE(summaries[c].errors, errors);
            QVERIFY(summaries[c].passRate);
            QCOMPARE(*summaries[c].passRate, double(passed) / double(passed + failed + errors));
        }
        SummaryTableModel model;
        model.setSummaries(summaries);
        QCOMPARE(model.answeredCases(), 3 * resultsfixture::kPattern.size() - 1);   // one pending

        // A cancelled read stops before its first column, with no error to show.
        const std::atomic<bool> cancelled{true};
        QString error;
        QVERIFY(!SummaryLoader::read(run.ws->path(), run.runId, &error, &cancelled));
        QVERIFY(error.isEmpty());

        QSignalSpy failed(&loader, &SummaryLoader::failed);
        loader.load(run.ws->path(), 999);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestSummaryTable)
#include "tst_summarytable.moc"
