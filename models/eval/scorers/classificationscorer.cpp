#include "classificationscorer.h"

#include "scorer.h"
#include "scorervalues.h"

#include "eval/classification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClassificationScorer)
};

class LabelScorer final : public Scorer
{
public:
    LabelScorer(const ScorerSpec &spec, bool normalize) : Scorer(spec), m_normalize(normalize) {}

    ScoreResult score(const ScoringInput &in) const override
    {
        const QStringList refs = ScorerValues::references(m_spec, in);
        if (refs.isEmpty())
            return ScoreResult::error(Tr::tr("classification needs a gold label: a value, or an expected column"));
        const QString gold = m_normalize ? Classification::normalizeLabel(refs.constFirst()) : refs.constFirst();
        const QString predicted = m_normalize ? Classification::normalizeLabel(in.output) : in.output;
        ScoreResult r = check(gold == predicted,
                              Tr::tr("Predicted \"%1\", expected \"%2\"").arg(predicted.left(200), gold),
                              Tr::tr("Predicted the label \"%1\"").arg(gold));
        r.details = {{u"label"_s, gold}, {u"predicted"_s, predicted}};
        return r;
    }

private:
    bool m_normalize;
};

} // namespace

std::unique_ptr<Scorer> ClassificationScorer::create(const ScorerSpec &spec, QString *error)
{
    if (spec.type != u"classification") {
        *error = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
        return nullptr;
    }
    return std::make_unique<LabelScorer>(spec, spec.config.value(u"normalize"_s).toBool(true));
}

} // namespace lathe
