#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Scorer;
struct ScorerSpec;

// Scores against references: the scorer's value (a string or a list of them), else the row's
// expected values. Values are 0..1 (BLEU and chrF are sacreBLEU's sentence scores / 100).
//  - levenshtein: promptfoo's check, the edit distance to the closest reference is at most the
//    threshold (default 5); value 1 or 0; the distance and normalized similarity in details.
//  - ratio: RapidFuzz fuzz.ratio / 100 against the best reference.
//  - bleu: sacreBLEU sentence BLEU (effective order); promptfoo's default threshold 0.5.
//  - chrf, chrf++: sacreBLEU sentence chrF.
//  - rouge-1, rouge-2, rouge-l, rouge-lsum: rouge_score F-measure (config stem: true for
//    Porter stemming), best reference; rouge-n: promptfoo's check, ROUGE-N precision with
//    n = config n (default 1) against threshold 0.75.
//  - squad-em, squad-f1: the official SQuAD exact match (passes at 1 unless a threshold is
//    given) and token F1.
// A scorer with a threshold passes when value >= threshold ("not-" inverts the verdict and
// reports 1 - value, as promptfoo does); without one (chrf, ratio, rouge-*, squad-f1) it is a
// metric only: reported and aggregated, left out of the case's pass and mean. BLEU and chrF
// details carry the segment statistics, so corpus scores are summed, not averaged.
class ReferenceScorers final
{
public:
    static QStringList types();
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
};

} // namespace lathe
