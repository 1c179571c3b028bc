#pragma once

#include <QList>
#include <QtGlobal>

namespace lathe {

// sacreBLEU's sufficient statistics for chrF: for each order (character orders 1..charOrder,
// then word orders 1..wordOrder) the triple [hypothesis n-grams, reference n-grams, matches].
// Segment statistics add up to corpus statistics; the corpus F is computed once from the sums.
struct ChrfStatistics
{
    QList<qint64> counts;  // 3 * (charOrder + wordOrder) values

    ChrfStatistics() = default;
    explicit ChrfStatistics(int orders)
        : counts(3 * orders, 0)
    {
    }

    int orders() const { return int(counts.size() / 3); }
    qint64 hypothesis(int order) const { return counts.value(3 * order); }  // order index from 0
    qint64 reference(int order) const { return counts.value(3 * order + 1); }
    qint64 matches(int order) const { return counts.value(3 * order + 2); }

    // Element-wise sum; a shorter side is treated as padded with zeros.
    void add(const ChrfStatistics &other);
    ChrfStatistics &operator+=(const ChrfStatistics &other)
    {
        add(other);
        return *this;
    }

    friend bool operator==(const ChrfStatistics &, const ChrfStatistics &) = default;
};

} // namespace lathe
