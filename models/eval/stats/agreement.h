#pragma once

#include <QStringList>

namespace lathe {

// How consistent the repeats of one case are (the same prompt, model and row asked k times).
struct RepeatAgreement
{
    qsizetype repeats = 0;
    qsizetype distinct = 0;          // different outputs among the repeats
    // Share of the repeats that give the most common output: 1 when all are identical, 1/k
    // when all differ.
    double identicalShare = 0.0;
    // Mean RapidFuzz ratio / 100 over all pairs of repeats; 1 for a single repeat.
    double meanPairwiseRatio = 0.0;
};

class Agreement final
{
public:
    static RepeatAgreement of(const QStringList &outputs);
};

} // namespace lathe
