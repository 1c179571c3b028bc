#include "fuzzy.h"

#include "eval/unicodetext.h"

#include <rapidfuzz/distance.hpp>
#include <rapidfuzz/fuzz.hpp>

namespace lathe {

qsizetype Fuzzy::levenshteinDistance(QStringView a, QStringView b)
{
    return qsizetype(rapidfuzz::levenshtein_distance(UnicodeText::codePoints(a), UnicodeText::codePoints(b)));
}

double Fuzzy::levenshteinSimilarity(QStringView a, QStringView b)
{
    return rapidfuzz::levenshtein_normalized_similarity(UnicodeText::codePoints(a), UnicodeText::codePoints(b));
}

qsizetype Fuzzy::indelDistance(QStringView a, QStringView b)
{
    return qsizetype(rapidfuzz::indel_distance(UnicodeText::codePoints(a), UnicodeText::codePoints(b)));
}

double Fuzzy::ratio(QStringView a, QStringView b)
{
    return rapidfuzz::fuzz::ratio(UnicodeText::codePoints(a), UnicodeText::codePoints(b));
}

} // namespace lathe
