#include "runsummaryjson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue interval(const Interval &i)
{
    if (!i.isValid())
        return QJsonValue::Null;
    return QJsonArray{i.low, i.high};
}

QJsonObject measurements(const Measurements &m)
{
    if (m.count == 0)
        return {{u"count"_s, 0}};
    return {{u"count"_s, double(m.count)}, {u"mean"_s, m.mean}, {u"p50"_s, m.p50}, {u"p90"_s, m.p90}, {u"p99"_s, m.p99}};
}

QJsonObject paired(const PairedComparison &p)
{
    return {{u"count"_s, double(p.count)},  {u"baseline"_s, number(p.a)},          {u"candidate"_s, number(p.b)},
            {u"difference"_s, number(p.difference)}, {u"interval"_s, interval(p.interval)}, {u"p_value"_s, number(p.pValue)}};
}

} // namespace

QJsonObject RunSummaryJson::toJson(const ClassificationReport &r)
{
    QJsonArray labels;
    for (const ClassificationReport::Label &l : r.labels)
        labels.append(QJsonObject{{u"label"_s, l.label}, {u"precision"_s, l.precision}, {u"recall"_s, l.recall},
                                  {u"f1"_s, l.f1}, {u"support"_s, double(l.support)}});
    QJsonArray confusion;
    for (const QList<qint64> &row : r.confusion) {
        QJsonArray a;
        for (const qint64 v : row)
            a.append(double(v));
        confusion.append(a);
    }
    return {{u"accuracy"_s, r.accuracy},          {u"count"_s, double(r.count)},
            {u"macro_precision"_s, r.macroPrecision}, {u"macro_recall"_s, r.macroRecall},
            {u"macro_f1"_s, r.macroF1},          {u"micro_precision"_s, r.microPrecision},
            {u"micro_recall"_s, r.microRecall},  {u"micro_f1"_s, r.microF1},
            {u"labels"_s, labels},               {u"confusion_matrix"_s, confusion}};
}

QJsonObject RunSummaryJson::toJson(const ColumnSummary &s)
{
    QJsonArray scorers;
    for (const ScorerSummary &sc : s.scorers) {
        QJsonObject o{{u"name"_s, sc.name},          {u"count"_s, double(sc.count)},   {u"judged"_s, double(sc.judged)},
                      {u"passed"_s, double(sc.passed)}, {u"errors"_s, double(sc.errors)}, {u"skipped"_s, double(sc.skipped)},
                      {u"mean"_s, sc.count ? number(sc.mean) : QJsonValue(QJsonValue::Null)},
                      {u"mean_interval"_s, interval(sc.meanInterval)}};
        if (sc.corpus)
            o.insert(u"corpus"_s, QJsonObject{{u"name"_s, sc.corpus->name}, {u"score"_s, number(sc.corpus->score)},
                                              {u"interval"_s, interval(sc.corpus->interval)}});
        if (sc.classification)
            o.insert(u"classification"_s, toJson(*sc.classification));
        scorers.append(o);
    }
    QJsonObject o{{u"column_id"_s, double(s.columnId)},
                  {u"prompt"_s, s.promptName},
                  {u"version"_s, s.promptVersion},
                  {u"model"_s, s.model},
                  {u"cases"_s, double(s.cases)},
                  {u"ok"_s, double(s.ok)},
                  {u"errors"_s, double(s.errors)},
                  {u"pending"_s, double(s.pending)},
                  {u"judged"_s, double(s.judged)},
                  {u"passed"_s, double(s.passed)},
                  {u"pass_rate"_s, number(s.passRate)},
                  {u"pass_rate_interval"_s, interval(s.passInterval)},
                  {u"mean_score"_s, number(s.meanScore)},
                  {u"mean_score_interval"_s, interval(s.meanScoreInterval)},
                  {u"scorers"_s, scorers},
                  {u"latency_ms"_s, measurements(s.latencyMs)},
                  {u"ttft_ms"_s, measurements(s.ttftMs)},
                  {u"prompt_tokens"_s, double(s.promptTokens)},
                  {u"completion_tokens"_s, double(s.completionTokens)},
                  {u"cost"_s, s.priced ? QJsonValue(s.cost) : QJsonValue(QJsonValue::Null)},
                  {u"priced"_s, double(s.priced)},
                  {u"cost_per_1000"_s, number(s.costPer1000)}};
    if (s.repeatGroups > 0)
        o.insert(u"repeats"_s, QJsonObject{{u"groups"_s, double(s.repeatGroups)},
                                           {u"identical_share"_s, s.identicalShare},
                                           {u"mean_pairwise_ratio"_s, s.meanPairwiseRatio}});
    return o;
}

QJsonObject RunSummaryJson::toJson(const ColumnComparison &c)
{
    QJsonArray scorers;
    for (const ScorerComparison &s : c.scorers) {
        QJsonObject o = paired(s.comparison);
        o.insert(u"name"_s, s.name);
        scorers.append(o);
    }
    return {{u"baseline_column_id"_s, double(c.baselineColumnId)},
            {u"candidate_column_id"_s, double(c.candidateColumnId)},
            {u"pairs"_s, double(c.pairs)},
            {u"improved"_s, double(c.improved)},
            {u"regressed"_s, double(c.regressed)},
            {u"unchanged"_s, double(c.unchanged)},
            {u"mcnemar"_s, QJsonObject{{u"b"_s, double(c.mcnemar.b)}, {u"c"_s, double(c.mcnemar.c)},
                                       {u"method"_s, c.mcnemar.methodName()},
                                       {u"statistic"_s, c.mcnemar.statistic}, {u"p_value"_s, c.mcnemar.pValue}}},
            {u"score"_s, paired(c.score)},
            {u"scorers"_s, scorers}};
}

} // namespace lathe
