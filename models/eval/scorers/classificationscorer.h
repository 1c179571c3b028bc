#pragma once

#include <memory>

#include <QString>

namespace lathe {

class Scorer;
struct ScorerSpec;

// classification: the output, as a label, against the gold label (the value, else the row's
// first expected value), both normalized (trimmed and case-folded, Classification::
// normalizeLabel) unless config normalize: false. Per case a yes/no verdict (value 1 or 0);
// the details keep both labels ("label", "predicted") so that aggregates can compute
// accuracy, per-label precision/recall/F1, macro and micro means and the confusion matrix
// over a run (Classification::evaluate).
class ClassificationScorer final
{
public:
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
};

} // namespace lathe
