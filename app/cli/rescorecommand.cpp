// lathe-cli score WORKSPACE --run ID: re-score a stored run (never calling a model) and print
// pass rates, scorer means, corpus BLEU/chrF, latency, cost and comparisons between columns.
#include "rescorecommand.h"

#include "scoringsupport.h"

#include "eval/judge/judgeservice.h"
#include "eval/runscorer.h"
#include "eval/scorers/scorerset.h"
#include "eval/stats/runaggregator.h"
#include "eval/stats/runsummaryjson.h"
#include "providers/envkeyresolver.h"
#include "workspace/aggregatequery.h"
#include "workspace/runstore.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <cmath>

namespace lathe::cli {

namespace {

using namespace Qt::StringLiterals;

QString percent(double v)
{
    return QString::number(100.0 * v, 'f', 1) + u'%';
}

QString interval(const Interval &i, int decimals, bool asPercent = false)
{
    if (!i.isValid())
        return {};
    if (asPercent)
        return u"[%1, %2]"_s.arg(percent(i.low), percent(i.high));
    return u"[%1, %2]"_s.arg(QString::number(i.low, 'f', decimals), QString::number(i.high, 'f', decimals));
}

QString signedNumber(double v, int decimals)
{
    return (v >= 0 ? u"+"_s : QString()) + QString::number(v, 'f', decimals);
}

QString count(qint64 n, const char *one, const char *many)
{
    return u"%1 %2"_s.arg(n).arg(QLatin1StringView(n == 1 ? one : many));
}

QString pValue(double p)
{
    return p < 0.001 ? u"< 0.001"_s : QString::number(p, 'f', 3);
}

void printSummary(QTextStream &out, const ColumnSummary &s)
{
    out << s.promptName << " v" << s.promptVersion << " · " << s.model << '\n';
    const auto line = [&](const QString &label, const QString &text) {
        out << "  " << label.leftJustified(20) << ' ' << text << '\n';
    };
    QString cases = u"%1: %2 ok"_s.arg(count(s.cases, "case", "cases")).arg(s.ok);
    if (s.errors)
        cases += u", "_s + count(s.errors, "failed call", "failed calls");
    if (s.pending)
        cases += u", %1 pending"_s.arg(s.pending);
    line(u"cases"_s, cases);
    if (s.passRate)
        line(u"pass rate"_s, u"%1  %2  (%3 of %4%5)"_s.arg(percent(*s.passRate), interval(s.passInterval, 3, true))
                                 .arg(s.passed).arg(s.judged + s.errors)
                                 .arg(s.errors ? u", errors count as failures"_s : QString()));
    if (s.meanScore)
        line(u"mean score"_s, u"%1  %2"_s.arg(QString::number(*s.meanScore, 'f', 3), interval(s.meanScoreInterval, 3)));
    if (!s.scorers.isEmpty())
        out << "  scores\n";
    for (const ScorerSummary &sc : s.scorers) {
        QString text = sc.count ? u"%1  %2"_s.arg(QString::number(sc.mean, 'f', 3), interval(sc.meanInterval, 3))
                                : u"—"_s;
        if (sc.judged)
            text += u"  %1/%2 pass"_s.arg(sc.passed).arg(sc.judged);
        if (sc.errors)
            text += u"  %1 errors"_s.arg(sc.errors);
        if (sc.skipped)
            text += u"  %1 skipped"_s.arg(sc.skipped);
        if (sc.corpus)
            text += u"  %1 = %2 %3"_s.arg(sc.corpus->name, QString::number(sc.corpus->score, 'f', 2),
                                          interval(sc.corpus->interval, 2));
        if (sc.classification)
            text += u"  accuracy %1, macro-F1 %2, micro-F1 %3"_s.arg(QString::number(sc.classification->accuracy, 'f', 3),
                                                                     QString::number(sc.classification->macroF1, 'f', 3),
                                                                     QString::number(sc.classification->microF1, 'f', 3));
        line(u"  "_s + sc.name, text);
    }
    const auto times = [&](const QString &label, const Measurements &m) {
        if (m.count)
            line(label, u"p50 %1 ms  p90 %2 ms  p99 %3 ms  (n = %4)"_s.arg(QString::number(m.p50, 'f', 0),
                                                                          QString::number(m.p90, 'f', 0),
                                                                          QString::number(m.p99, 'f', 0)).arg(m.count));
    };
    times(u"latency"_s, s.latencyMs);
    times(u"time to 1st token"_s, s.ttftMs);
    if (s.promptTokens || s.completionTokens)
        line(u"tokens"_s, u"%1 prompt, %2 completion"_s.arg(s.promptTokens).arg(s.completionTokens));
    if (s.costPer1000)
        line(u"cost"_s, u"%1 (%2 per 1,000 cases)"_s.arg(QString::number(s.cost, 'f', 4), QString::number(*s.costPer1000, 'f', 4)));
    if (s.repeatGroups)
        line(u"repeats"_s, u"%1 identical on average, mean pairwise ratio %2 (%3 rows)"_s
                              .arg(percent(s.identicalShare), QString::number(s.meanPairwiseRatio, 'f', 3))
                              .arg(s.repeatGroups));
}

void printComparison(QTextStream &out, const ColumnSummary &a, const ColumnSummary &b, const ColumnComparison &c)
{
    out << u"v%1 · %2 vs v%3 · %4"_s.arg(b.promptVersion).arg(b.model).arg(a.promptVersion).arg(a.model) << ": "
        << c.pairs << " paired cases, " << c.improved << " improved, " << c.regressed << " regressed, " << c.unchanged
        << " unchanged\n";
    if (c.pairs == 0)
        return;
    out << "  pass/fail            McNemar (" << c.mcnemar.methodName() << "): " << c.mcnemar.b << " only the baseline passed, "
        << c.mcnemar.c << " only the candidate passed, p = " << pValue(c.mcnemar.pValue) << '\n';
    out << "  mean score           " << signedNumber(c.score.difference, 3) << ' ' << interval(c.score.interval, 3)
        << ", paired bootstrap p = " << pValue(c.score.pValue) << '\n';
    for (const ScorerComparison &s : c.scorers)
        out << "  " << s.name.leftJustified(20) << ' ' << signedNumber(s.comparison.difference, 3) << ' '
            << interval(s.comparison.interval, 3) << ", p = " << pValue(s.comparison.pValue) << '\n';
}

} // namespace

bool isRescore(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == u"--run"_s || a.startsWith(u"--run="_s))
            return true;
    }
    return false;
}

int rescoreRun(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Re-score a stored run from its outputs (no model is called) with the dataset's default scorers, each "
        "row's own and the run's, then print per prompt version x model: pass rate (Wilson 95% interval; failed "
        "calls count as failures), mean scores (bootstrap intervals), corpus BLEU/chrF from summed statistics, "
        "classification metrics, latency percentiles, tokens and cost; and every column compared with the first "
        "on the same rows (McNemar, paired bootstrap). LLM judges (llm-rubric, model-graded-closedqa, factuality) "
        "call the provider and model named on the scorer, else --judge-provider/--judge-model, else the run's "
        "config \"judge\"; their answers are cached in the workspace, so scoring again does not call them again."_s);
    parser.addPositionalArgument(u"WORKSPACE"_s, u"The .lathe file."_s);
    const QCommandLineOption run(u"run"_s, u"The run's id."_s, u"ID"_s);
    const QCommandLineOption scorersFile(u"scorers"_s, u"Set the run's own scorers from FILE first (- for standard input)."_s,
                                         u"FILE"_s);
    const QCommandLineOption threshold(u"threshold"_s, u"Set the run's test threshold: a case passes when its weighted "
                                                       "mean score reaches X (instead of every scorer passing)."_s, u"X"_s);
    const QCommandLineOption noRescore(u"no-rescore"_s, u"Summarize the stored scores without scoring again."_s);
    const QCommandLineOption minPass(u"min-pass-rate"_s, u"Exit with 1 when a column's pass rate is below X (0-1)."_s, u"X"_s);
    const QCommandLineOption seed(u"seed"_s, u"Bootstrap seed (default 12345)."_s, u"N"_s, u"12345"_s);
    const QCommandLineOption resamples(u"resamples"_s, u"Bootstrap resamples (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption judgeProvider(u"judge-provider"_s, u"The stored provider (lathe-cli provider list) that "
                                                                 "judges for scorers naming none."_s, u"NAME"_s);
    const QCommandLineOption judgeModel(u"judge-model"_s, u"The judge's model for scorers naming none."_s, u"M"_s);
    const QCommandLineOption noJudgeCache(u"no-judge-cache"_s, u"Ask the judges again instead of reading their "
                                                               "cached answers (new answers are not cached)."_s);
    const QCommandLineOption json(u"json"_s, u"Print machine-readable JSON."_s);
    parser.addOptions({run, scorersFile, threshold, noRescore, minPass, seed, resamples, judgeProvider, judgeModel,
                       noJudgeCache, json});
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;

    bool ok = false;
    const qint64 runId = parser.value(run).toLongLong(&ok);
    if (!ok || runId <= 0)
        return ctx.fail(UsageError, u"--run needs a run id (see lathe-cli run list)"_s);
    Bootstrap::Options boot;
    boot.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.fail(UsageError, u"--seed needs a whole number >= 0"_s);
    boot.resamples = parser.value(resamples).toInt(&ok);
    if (!ok || boot.resamples < 1 || boot.resamples > 1000000)
        return ctx.fail(UsageError, u"--resamples needs a whole number from 1 to 1000000"_s);
    std::optional<double> minRate;
    if (parser.isSet(minPass)) {
        minRate = parser.value(minPass).toDouble(&ok);
        if (!ok || *minRate < 0 || *minRate > 1)
            return ctx.fail(UsageError, u"--min-pass-rate needs a number from 0 to 1"_s);
    }
    std::optional<double> thresholdValue;
    if (parser.isSet(threshold)) {
        thresholdValue = parser.value(threshold).toDouble(&ok);
        if (!ok || !std::isfinite(*thresholdValue))
            return ctx.fail(UsageError, u"--threshold needs a number"_s);
    }
    const bool rescore = !parser.isSet(noRescore);
    if (!rescore && (parser.isSet(scorersFile) || thresholdValue))
        return ctx.fail(UsageError, u"--scorers and --threshold change the scores: they need re-scoring (drop --no-rescore)"_s);
    const JudgeTarget judge{parser.value(judgeProvider).trimmed(), parser.value(judgeModel).trimmed()};
    if (!rescore && (!judge.isEmpty() || parser.isSet(noJudgeCache)))
        return ctx.fail(UsageError, u"--judge-provider, --judge-model and --no-judge-cache apply when scoring (drop --no-rescore)"_s);
    ScorerSet runSet;
    if (parser.isSet(scorersFile)) {
        if (const int code = readScorerFile(ctx, parser.value(scorersFile), &runSet); code >= 0)
            return code;
    }

    auto ws = openScoringWorkspace(ctx, parser.positionalArguments().at(0), !rescore);
    if (!ws)
        return BadInput;
    Database &db = ws->database();
    try {
        RunStore runs(db);
        const std::optional<RunInfo> info = runs.find(runId);
        if (!info)
            return ctx.fail(BadInput, u"run %1 does not exist (see lathe-cli run list)"_s.arg(runId));
        ScoreStore store(db);
        StoreError error;
        if (parser.isSet(scorersFile) || thresholdValue) {
            if (!parser.isSet(scorersFile)) {
                QString e;
                runSet = ScorerSet::fromJson(info->config.value(u"scorers"_s), &e).value_or(ScorerSet());
            }
            if (thresholdValue)
                runSet.threshold = thresholdValue;
            if (!store.setRunScorers(runId, runSet.isEmpty() ? QJsonValue(QJsonValue::Undefined) : runSet.toJson(), &error))
                return ctx.fail(BadInput, error.message);
        }
        std::optional<RunScoreReport> report;
        if (rescore) {
            if (const int code = checkJudge(ctx, db, judge); code >= 0)
                return code;
            const EnvKeyResolver keys;
            JudgeService service(db.path(), keys, !parser.isSet(noJudgeCache));
            RunScorer scorer(db);
            scorer.setJudge(&service, judge);
            report = scorer.scoreRun(runId, &error);
            if (!report)
                return ctx.fail(BadInput, error.message);
        }
        const QList<RunColumnInfo> columns = runs.columns(runId);
        const QList<CaseFacts> cases = AggregateQuery(db).cases(runId);
        const RunAggregator aggregator(boot);
        const QList<ColumnSummary> summaries = aggregator.summarize(columns, cases);
        QList<ColumnComparison> comparisons;
        for (qsizetype i = 1; i < columns.size(); ++i) {
            QList<CaseFacts> a;
            QList<CaseFacts> b;
            for (const CaseFacts &c : cases) {
                if (c.columnId == columns[0].id)
                    a.append(c);
                else if (c.columnId == columns[i].id)
                    b.append(c);
            }
            comparisons.append(aggregator.compare(a, b));
        }

        bool belowMin = false;
        for (const ColumnSummary &s : summaries)
            belowMin = belowMin || (minRate && (!s.passRate || *s.passRate < *minRate));

        if (parser.isSet(json)) {
            QJsonArray cols;
            for (const ColumnSummary &s : summaries)
                cols.append(RunSummaryJson::toJson(s));
            QJsonArray cmps;
            for (const ColumnComparison &c : comparisons)
                cmps.append(RunSummaryJson::toJson(c));
            QJsonObject top{{u"run"_s, double(runId)}, {u"name"_s, info->name}, {u"columns"_s, cols},
                            {u"comparisons"_s, cmps}, {u"seed"_s, double(boot.seed)}, {u"resamples"_s, boot.resamples}};
            if (report)
                top.insert(u"scoring"_s, QJsonObject{{u"cases"_s, double(report->cases)}, {u"scored"_s, double(report->scored)},
                                                      {u"model_errors"_s, double(report->modelErrors)},
                                                      {u"unanswered"_s, double(report->unanswered)},
                                                      {u"scorer_errors"_s, double(report->scorerErrors)},
                                                      {u"skipped"_s, double(report->skipped)},
                                                      {u"judge_verdicts"_s, double(report->judgeVerdicts)},
                                                      {u"judge_cached"_s, double(report->judgeCached)},
                                                      {u"written"_s, double(report->written)},
                                                      {u"problems"_s, QJsonArray::fromStringList(report->problems)}});
            if (minRate)
                top.insert(u"min_pass_rate"_s, QJsonObject{{u"threshold"_s, *minRate}, {u"met"_s, !belowMin}});
            ctx.printJson(top);
        } else {
            if (report) {
                ctx.out << u"Scored run %1 “%2”: %3 cases, %4 scored"_s.arg(runId).arg(info->name).arg(report->cases)
                               .arg(report->scored);
                if (report->modelErrors)
                    ctx.out << ", " << count(report->modelErrors, "failed call", "failed calls");
                if (report->unanswered)
                    ctx.out << ", " << report->unanswered << " unanswered";
                ctx.out << " (" << report->written << " scores written)\n";
                if (report->judgeVerdicts)
                    ctx.out << "  " << count(report->judgeVerdicts, "judge verdict", "judge verdicts") << ", "
                            << report->judgeCached << " from the response cache\n";
                for (const QString &p : report->problems)
                    ctx.out << "  note: " << p << '\n';
            }
            for (const ColumnSummary &s : summaries) {
                ctx.out << '\n';
                printSummary(ctx.out, s);
            }
            for (qsizetype i = 0; i < comparisons.size(); ++i) {
                ctx.out << '\n';
                printComparison(ctx.out, summaries[0], summaries[i + 1], comparisons[i]);
            }
            if (minRate)
                ctx.out << '\n' << (belowMin ? "FAILED" : "OK") << ": minimum pass rate " << percent(*minRate) << '\n';
        }
        return belowMin ? WorkFailed : Success;
    } catch (const SqlError &e) {
        return ctx.fail(BadInput, e.message());
    }
}

} // namespace lathe::cli
