#pragma once

#include <QStringView>

namespace lathe {

// Edit-distance scores over code points, computed with RapidFuzz (rapidfuzz-cpp), so they equal
// RapidFuzz 3's Levenshtein and fuzz.ratio with no preprocessing.
class Fuzzy final
{
public:
    // Insertions, deletions and substitutions, each costing 1.
    static qsizetype levenshteinDistance(QStringView a, QStringView b);
    // 1 - distance / max(len a, len b), in [0, 1]; 1 when both are empty.
    static double levenshteinSimilarity(QStringView a, QStringView b);
    // Insertions and deletions only: len a + len b - 2 * LCS.
    static qsizetype indelDistance(QStringView a, QStringView b);
    // fuzz.ratio: 100 * (1 - indel distance / (len a + len b)), in [0, 100]; 100 when both are
    // empty.
    static double ratio(QStringView a, QStringView b);
};

} // namespace lathe
