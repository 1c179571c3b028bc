#include "evalsummary.h"

#include "runreport.h"
#include "scoringsupport.h"

#include "compare/runcomparison.h"
#include "eval/judge/judgeservice.h"
#include "eval/runscorer.h"
#include "eval/stats/runaggregator.h"
#include "eval/stats/runsummaryjson.h"
#include "providers/envkeyresolver.h"
#include "reportfile.h"
#include "workspace/aggregatequery.h"
#include "workspace/runcomparisonquery.h"
#include "workspace/runresults.h"
#include "workspace/runstore.h"
#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <QJsonArray>

namespace lathe::cli {

using namespace Qt::StringLiterals;

namespace {

struct Comparison
{
    const RunColumnInfo *baseline;
    const RunColumnInfo *candidate;
    RunComparisonResult result;
};

QString percent(double v)
{
    return QString::number(100.0 * v, 'f', 1) + u'%';
}

// "p = 0.123" or "p < 0.001".
QString pValue(double p)
{
    return p < 0.001 ? u"p < 0.001"_s : u"p = "_s + QString::number(p, 'f', 3);
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject comparisonJson(const Comparison &c)
{
    const RunComparisonResult &r = c.result;
    QJsonObject score{{u"baseline_mean"_s, r.score.a}, {u"candidate_mean"_s, r.score.b},
                      {u"difference"_s, r.score.difference}, {u"pairs"_s, double(r.score.count)}};
    if (r.score.interval.isValid())
        score.insert(u"interval"_s, QJsonArray{r.score.interval.low, r.score.interval.high});
    return {{u"baseline"_s, columnLabel(*c.baseline)}, {u"candidate"_s, columnLabel(*c.candidate)},
            {u"baseline_column"_s, c.baseline->id}, {u"candidate_column"_s, c.candidate->id},
            {u"improved"_s, r.improved}, {u"regressed"_s, r.regressed}, {u"unchanged"_s, r.unchanged},
            {u"not_judged"_s, r.notJudged},
            {u"mcnemar"_s, QJsonObject{{u"pass_to_fail"_s, r.mcnemar.b}, {u"fail_to_pass"_s, r.mcnemar.c},
                                       {u"method"_s, r.mcnemar.methodName()}, {u"p_value"_s, r.mcnemar.pValue}}},
            {u"score"_s, score}, {u"significant_regression"_s, r.isSignificantRegression()}};
}

void printTable(QTextStream &out, const QList<RunColumnInfo> &columns, const QList<ColumnSummary> &summaries,
                int baselineColumns)
{
    // The label column is as wide as the longest label, so the figures line up.
    QStringList labels;
    qsizetype width = 6;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        labels << columnLabel(columns[i]) + (i < baselineColumns ? u" (baseline)"_s : QString());
        width = std::max(width, labels.last().size());
    }
    out << "  " << u"column"_s.leftJustified(width) << u"cases"_s.rightJustified(7) << u"pass rate"_s.rightJustified(11)
        << "  " << u"95% interval"_s.leftJustified(17) << u"mean"_s.rightJustified(6) << u"errors"_s.rightJustified(8)
        << u"p50 ms"_s.rightJustified(8) << '\n';
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const ColumnSummary &s = summaries[i];
        const QString interval = s.passInterval.isValid()
            ? u"[%1, %2]"_s.arg(percent(s.passInterval.low), percent(s.passInterval.high)) : u"-"_s;
        out << "  " << labels[i].leftJustified(width) << QString::number(s.cases).rightJustified(7)
            << (s.passRate ? percent(*s.passRate) : u"-"_s).rightJustified(11) << "  " << interval.leftJustified(17)
            << (s.meanScore ? QString::number(*s.meanScore, 'f', 3) : u"-"_s).rightJustified(6)
            << QString::number(s.errors).rightJustified(8)
            << (s.latencyMs.count ? QString::number(s.latencyMs.p50, 'f', 0) : u"-"_s).rightJustified(8) << '\n';
    }
}

// The first three failed calls, so a CI log says why (a wrong key, a model name, a limit).
void printFirstErrors(QTextStream &out, Database &db, qint64 runId, const QList<RunColumnInfo> &columns, qint64 errors)
{
    QHash<qint64, QString> labels;
    for (const RunColumnInfo &c : columns)
        labels.insert(c.id, columnLabel(c));
    out << "  failed calls (first " << qMin<qint64>(3, errors) << " of " << errors << "):\n";
    int shown = 0;
    for (qint64 offset = 0; shown < 3; offset += 1000) {
        const QList<CaseRecord> page = RunResults(db).cases(runId, offset, 1000, false);
        for (const CaseRecord &c : page) {
            if (c.answered && !c.result.ok && shown++ < 3)
                out << "    row " << c.work.rowPosition << ", " << labels.value(c.work.columnId) << ": " << c.result.error
                    << '\n';
        }
        if (page.size() < 1000)
            break;
    }
}

} // namespace

QString evalRegressionRule()
{
    return u"McNemar's test on the cases' pass/fail verdicts gives p < 0.05 and more cases went from pass to fail "
           "than from fail to pass"_s;
}

int finishEval(CliContext &ctx, Workspace &ws, qint64 runId, const EvalSettings &settings)
{
    Database &db = ws.database();
    try {
        if (const int code = checkJudge(ctx, db, settings.judge); code >= 0)
            return code;
        StoreError error;
        const EnvKeyResolver keys;
        JudgeService judges(ws.path(), keys);   // LLM judge scorers call it; answers are cached
        RunScorer scorer(db);
        scorer.setJudge(&judges, settings.judge);
        const std::optional<RunScoreReport> scoring = scorer.scoreRun(runId, &error);
        if (!scoring)
            return ctx.fail(BadInput, error.message);
        const std::optional<RunInfo> run = RunStore(db).find(runId);
        const QList<RunColumnInfo> columns = RunStore(db).columns(runId);
        const QList<ColumnSummary> summaries = RunAggregator(settings.bootstrap).summarize(columns, AggregateQuery(db).cases(runId));

        QList<Comparison> comparisons;
        RunComparisonQuery query(db);
        RunComparison::Options options;
        options.bootstrap = settings.bootstrap;
        for (qsizetype i = settings.baselineColumns; settings.baselineColumns > 0 && i < columns.size(); ++i) {
            const RunColumnInfo &base = columns[i % settings.baselineColumns];
            comparisons.append({&base, &columns[i],
                                RunComparison(options).compare(query.cases(runId, base.id), query.cases(runId, columns[i].id))});
        }

        QStringList failures;
        for (qsizetype i = settings.baselineColumns; settings.minPassRate && i < summaries.size(); ++i) {
            const ColumnSummary &s = summaries[i];
            if (!s.passRate && s.ok == 0 && s.errors > 0)
                failures.append(u"%1: every call failed (%2), so the minimum pass rate %3 is not met"_s
                                    .arg(columnLabel(columns[i])).arg(s.errors).arg(percent(*settings.minPassRate)));
            else if (!s.passRate)
                failures.append(u"%1: no case was scored (has the dataset scorers?), so the minimum pass rate %2 is not met"_s
                                    .arg(columnLabel(columns[i]), percent(*settings.minPassRate)));
            else if (*s.passRate < *settings.minPassRate)
                failures.append(u"%1: pass rate %2 is below the minimum %3"_s.arg(columnLabel(columns[i]),
                                                                                  percent(*s.passRate),
                                                                                  percent(*settings.minPassRate)));
        }
        for (const Comparison &c : std::as_const(comparisons)) {
            if (c.result.isSignificantRegression())
                failures.append(u"%1: significant regression against %2 (%3 pass -> fail, %4 fail -> pass, McNemar %5)"_s
                                    .arg(columnLabel(*c.candidate), columnLabel(*c.baseline))
                                    .arg(c.result.mcnemar.b)
                                    .arg(c.result.mcnemar.c)
                                    .arg(pValue(c.result.mcnemar.pValue)));
        }
        std::optional<ReportFileInfo> written;
        if (!settings.reportPath.isEmpty()) {
            QString reportError;
            written = ReportFile::write(ws.path(), runId, settings.reportFormat, settings.reportPath, &reportError);
            if (!written)
                failures.append(u"the report was not written: %1"_s.arg(reportError));
        }

        if (settings.json) {
            QJsonArray cols;
            for (qsizetype i = 0; i < summaries.size(); ++i) {
                QJsonObject o = RunSummaryJson::toJson(summaries[i]);
                o.insert(u"label"_s, columnLabel(columns[i]));
                o.insert(u"baseline"_s, i < settings.baselineColumns);
                cols.append(o);
            }
            QJsonArray cmps;
            for (const Comparison &c : std::as_const(comparisons))
                cmps.append(comparisonJson(c));
            QJsonObject top{{u"workspace"_s, ws.path()}, {u"run"_s, runJson(*run)}, {u"columns"_s, cols},
                            {u"comparisons"_s, cmps}, {u"passed"_s, failures.isEmpty()},
                            {u"failures"_s, QJsonArray::fromStringList(failures)},
                            {u"unsupported"_s, QJsonArray::fromStringList(settings.unsupported)},
                            {u"scoring"_s, QJsonObject{{u"scored"_s, double(scoring->scored)},
                                                        {u"model_errors"_s, double(scoring->modelErrors)},
                                                        {u"scorer_errors"_s, double(scoring->scorerErrors)},
                                                        {u"skipped"_s, double(scoring->skipped)},
                                                        {u"problems"_s, QJsonArray::fromStringList(scoring->problems)}}},
                            {u"min_pass_rate"_s, optional(settings.minPassRate)},
                            {u"baseline"_s, settings.baselineLabel.isEmpty() ? QJsonValue() : QJsonValue(settings.baselineLabel)}};
            if (written)
                top.insert(u"report"_s, QJsonObject{{u"path"_s, settings.reportPath},
                                                     {u"format"_s, ReportWriter::name(settings.reportFormat)},
                                                     {u"bytes"_s, double(written->bytes)}});
            for (auto it = settings.extra.begin(); it != settings.extra.end(); ++it)
                top.insert(it.key(), it.value());
            ctx.printJson(top);
            return failures.isEmpty() ? Success : WorkFailed;
        }

        ctx.out << u"Eval run %1 “%2”: %3 cases, %4 scored"_s.arg(runId).arg(run->name).arg(scoring->cases).arg(scoring->scored);
        if (scoring->modelErrors)
            ctx.out << ", " << scoring->modelErrors << " failed calls (count as failures)";
        ctx.out << ".\n";
        for (const QString &p : scoring->problems)
            ctx.out << "  note: " << p << '\n';
        if (scoring->modelErrors > 0)
            printFirstErrors(ctx.out, db, runId, columns, scoring->modelErrors);
        printTable(ctx.out, columns, summaries, settings.baselineColumns);
        for (const Comparison &c : std::as_const(comparisons)) {
            const RunComparisonResult &r = c.result;
            ctx.out << "\n" << columnLabel(*c.candidate) << " vs " << columnLabel(*c.baseline) << ": " << r.improved
                    << " improved, " << r.regressed << " regressed, " << r.unchanged << " unchanged";
            if (r.notJudged)
                ctx.out << ", " << r.notJudged << " not judged";
            ctx.out << "\n  pass/fail: " << r.mcnemar.b << " pass -> fail, " << r.mcnemar.c << " fail -> pass, McNemar ("
                    << r.mcnemar.methodName() << ") " << pValue(r.mcnemar.pValue) << '\n';
            if (r.score.interval.isValid())
                ctx.out << "  mean score: " << (r.score.difference >= 0 ? "+" : "") << QString::number(r.score.difference, 'f', 3)
                        << u" [%1, %2]"_s.arg(QString::number(r.score.interval.low, 'f', 3),
                                              QString::number(r.score.interval.high, 'f', 3))
                        << " (paired bootstrap)\n";
        }
        if (written)
            ctx.out << "\nReport: " << settings.reportPath << " (" << ReportWriter::name(settings.reportFormat) << ", "
                    << written->bytes << " bytes)\n";
        if (!settings.unsupported.isEmpty())
            ctx.out << "\n" << settings.unsupported.size() << " promptfoo features were left out (listed on standard error).\n";
        ctx.out << '\n';
        for (const QString &f : std::as_const(failures))
            ctx.out << "FAILED: " << f << '\n';
        if (failures.isEmpty()) {
            ctx.out << "OK";
            if (settings.minPassRate)
                ctx.out << ": every pass rate reaches " << percent(*settings.minPassRate);
            if (!comparisons.isEmpty())
                ctx.out << (settings.minPassRate ? "; " : ": ") << "no significant regression against " << settings.baselineLabel;
            ctx.out << '\n';
        }
        return failures.isEmpty() ? Success : WorkFailed;
    } catch (const SqlError &e) {
        return ctx.fail(BadInput, e.message());
    }
}

} // namespace lathe::cli
