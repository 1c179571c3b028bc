#include "referencescorers.h"

#include "metricoptions.h"
#include "scorer.h"
#include "scorervalues.h"

#include "eval/fuzzy.h"
#include "eval/rouge.h"
#include "eval/squad.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceScorers)
};

QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray a;
    for (const qint64 v : values)
        a.append(double(v));
    return a;
}

class ReferenceScorer : public Scorer
{
public:
    ReferenceScorer(const ScorerSpec &spec, std::optional<double> defaultThreshold)
        : Scorer(spec), m_threshold(spec.threshold ? spec.threshold : defaultThreshold)
    {
    }

    ScoreResult score(const ScoringInput &in) const final
    {
        const QStringList refs = ScorerValues::references(m_spec, in);
        if (refs.isEmpty())
            return ScoreResult::error(Tr::tr("%1 needs a reference: a value, or an expected column in the dataset")
                                          .arg(m_spec.fullType()));
        ScoreResult r;
        const double v = compute(in.output, refs, &r.details);
        if (!m_threshold) {
            r.value = v;
            return r;
        }
        const bool pass = (v >= *m_threshold) != m_spec.negated;
        r.pass = pass;
        r.value = m_spec.negated ? 1.0 - v : v;
        if (!pass)
            r.reason = m_spec.negated ? Tr::tr("%1 score %2 is at or above the threshold %3")
                                            .arg(m_spec.type, QString::number(v, 'f', 4)).arg(*m_threshold)
                                      : Tr::tr("%1 score %2 is below the threshold %3")
                                            .arg(m_spec.type, QString::number(v, 'f', 4)).arg(*m_threshold);
        return r;
    }

    bool isMetricOnly() const { return !m_threshold; }

protected:
    // The score in [0, 1]; figures worth keeping go to `details`.
    virtual double compute(const QString &output, const QStringList &refs, QJsonObject *details) const = 0;

private:
    std::optional<double> m_threshold;
};

class LevenshteinScorer final : public Scorer
{
public:
    using Scorer::Scorer;
    ScoreResult score(const ScoringInput &in) const override
    {
        const QStringList refs = ScorerValues::references(m_spec, in);
        if (refs.isEmpty())
            return ScoreResult::error(Tr::tr("levenshtein needs a reference: a value, or an expected column"));
        qsizetype distance = std::numeric_limits<qsizetype>::max();
        double similarity = 0;
        for (const QString &r : refs) {
            distance = std::min(distance, Fuzzy::levenshteinDistance(in.output, r));
            similarity = std::max(similarity, Fuzzy::levenshteinSimilarity(in.output, r));
        }
        const double limit = m_spec.threshold && *m_spec.threshold > 0 ? *m_spec.threshold : 5.0;
        ScoreResult res = check(double(distance) <= limit,
                                Tr::tr("Levenshtein distance %1 is greater than the threshold %2").arg(distance).arg(limit),
                                Tr::tr("Levenshtein distance %1 is within the threshold %2").arg(distance).arg(limit));
        res.details = {{u"distance"_s, double(distance)}, {u"similarity"_s, similarity}};
        return res;
    }
};

class RatioScorer final : public ReferenceScorer
{
public:
    using ReferenceScorer::ReferenceScorer;
    double compute(const QString &out, const QStringList &refs, QJsonObject *) const override
    {
        double best = 0;
        for (const QString &r : refs)
            best = std::max(best, Fuzzy::ratio(out, r));
        return best / 100.0;
    }
};

class BleuScorer final : public ReferenceScorer
{
public:
    BleuScorer(const ScorerSpec &spec, const Bleu::Options &options)
        : ReferenceScorer(spec, 0.5), m_bleu(options), m_options(MetricOptions::toJson(options))
    {
    }
    double compute(const QString &out, const QStringList &refs, QJsonObject *details) const override
    {
        const BleuScore s = m_bleu.sentenceScore(out, refs);
        *details = {{u"bleu"_s, s.score}, {u"corpus"_s, u"bleu"_s},
                    {u"statistics"_s, toArray(s.statistics.toList())}, {u"options"_s, m_options}};
        return s.score / 100.0;
    }

private:
    Bleu m_bleu;
    QJsonObject m_options;
};

class ChrfScorer final : public ReferenceScorer
{
public:
    ChrfScorer(const ScorerSpec &spec, const Chrf::Options &options)
        : ReferenceScorer(spec, std::nullopt), m_chrf(options), m_options(MetricOptions::toJson(options))
    {
    }
    double compute(const QString &out, const QStringList &refs, QJsonObject *details) const override
    {
        const ChrfScore s = m_chrf.sentenceScore(out, refs);
        *details = {{u"chrf"_s, s.score}, {u"corpus"_s, u"chrf"_s},
                    {u"statistics"_s, toArray(s.statistics.counts)}, {u"options"_s, m_options}};
        return s.score / 100.0;
    }

private:
    Chrf m_chrf;
    QJsonObject m_options;
};

class RougeScorer final : public ReferenceScorer
{
public:
    RougeScorer(const ScorerSpec &spec, Rouge::Type type, bool stem, bool precisionOnly)
        : ReferenceScorer(spec, precisionOnly ? std::optional<double>(0.75) : std::nullopt)
        , m_rouge(stem), m_type(type), m_precision(precisionOnly)
    {
    }
    double compute(const QString &out, const QStringList &refs, QJsonObject *details) const override
    {
        const RougeScore s = m_rouge.scoreMulti(refs, out, m_type);
        *details = {{u"precision"_s, s.precision}, {u"recall"_s, s.recall}, {u"fmeasure"_s, s.fmeasure}};
        return m_precision ? s.precision : s.fmeasure;
    }

private:
    Rouge m_rouge;
    Rouge::Type m_type;
    bool m_precision;
};

class SquadScorer final : public ReferenceScorer
{
public:
    SquadScorer(const ScorerSpec &spec, bool exact)
        : ReferenceScorer(spec, exact ? std::optional<double>(1.0) : std::nullopt), m_exact(exact)
    {
    }
    double compute(const QString &out, const QStringList &refs, QJsonObject *details) const override
    {
        const double em = Squad::exactMatch(out, refs);
        const double f1 = Squad::f1(out, refs);
        *details = {{u"exact_match"_s, em}, {u"f1"_s, f1}};
        return m_exact ? em : f1;
    }

private:
    bool m_exact;
};

} // namespace

QStringList ReferenceScorers::types()
{
    return {u"levenshtein"_s, u"ratio"_s,   u"bleu"_s,       u"chrf"_s,     u"chrf++"_s,   u"rouge-n"_s,
            u"rouge-1"_s,     u"rouge-2"_s, u"rouge-l"_s,    u"rouge-lsum"_s, u"squad-em"_s, u"squad-f1"_s};
}

std::unique_ptr<Scorer> ReferenceScorers::create(const ScorerSpec &spec, QString *error)
{
    const QString &t = spec.type;
    std::unique_ptr<ReferenceScorer> s;
    QString e;
    if (t == u"levenshtein")
        return std::make_unique<LevenshteinScorer>(spec);
    if (t == u"ratio") {
        s = std::make_unique<RatioScorer>(spec, std::nullopt);
    } else if (t == u"bleu") {
        const std::optional<Bleu::Options> o = MetricOptions::bleu(spec.config, &e);
        if (o)
            s = std::make_unique<BleuScorer>(spec, *o);
    } else if (t == u"chrf" || t == u"chrf++") {
        const std::optional<Chrf::Options> o = MetricOptions::chrf(t == u"chrf++", spec.config, &e);
        if (o)
            s = std::make_unique<ChrfScorer>(spec, *o);
    } else if (t.startsWith(u"rouge-"_s)) {
        const bool stem = spec.config.value(u"stem"_s).toBool();
        std::optional<Rouge::Type> type;
        if (t == u"rouge-n") {
            const int n = spec.config.value(u"n"_s).toInt(1);
            if (n >= 1 && n <= 9)
                type = Rouge::Type{Rouge::Kind::N, n};
            else
                e = Tr::tr("\"n\" must be a whole number from 1 to 9");
        } else if (t == u"rouge-l") {
            type = Rouge::Type{Rouge::Kind::L, 0};
        } else if (t == u"rouge-lsum") {
            type = Rouge::Type{Rouge::Kind::Lsum, 0};
        } else {
            type = Rouge::Type::fromName(QString(u"rouge"_s + t.mid(6)));
            if (!type)
                e = Tr::tr("unknown scorer type \"%1\" (rouge-1 .. rouge-9, rouge-l, rouge-lsum, rouge-n)").arg(t);
        }
        if (type)
            s = std::make_unique<RougeScorer>(spec, *type, stem, t == u"rouge-n");
    } else if (t == u"squad-em" || t == u"squad-f1") {
        s = std::make_unique<SquadScorer>(spec, t == u"squad-em");
    } else {
        e = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
    }
    if (!s) {
        *error = e.startsWith(spec.type) ? e : spec.fullType() + u": "_s + e;
        return nullptr;
    }
    if (s->isMetricOnly() && spec.negated) {
        *error = Tr::tr("%1 needs a threshold: without one %2 is a metric, not a check that can be inverted")
                     .arg(spec.fullType(), spec.type);
        return nullptr;
    }
    return s;
}

} // namespace lathe
