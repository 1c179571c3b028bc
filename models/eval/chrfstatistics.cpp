#include "chrfstatistics.h"

namespace lathe {

void ChrfStatistics::add(const ChrfStatistics &other)
{
    if (counts.size() < other.counts.size())
        counts.resize(other.counts.size(), 0);
    for (qsizetype i = 0; i < other.counts.size(); ++i)
        counts[i] += other.counts[i];
}

} // namespace lathe
