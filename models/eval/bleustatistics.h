#pragma once

#include <QList>
#include <QtGlobal>

namespace lathe {

// sacreBLEU's sufficient statistics for BLEU: [hyp_len, ref_len, correct_1..N, total_1..N].
// Segment statistics add up to corpus statistics, so an aggregate (or a bootstrap resample)
// sums the segments it needs and scores once, without tokenizing again.
struct BleuStatistics
{
    qint64 hypLength = 0;
    qint64 refLength = 0;   // the reference length closest to hypLength, per segment
    QList<qint64> correct;  // clipped matching n-grams, index n-1 for order n
    QList<qint64> total;    // hypothesis n-grams, index n-1 for order n

    BleuStatistics() = default;
    explicit BleuStatistics(int maxOrder)
        : correct(maxOrder, 0)
        , total(maxOrder, 0)
    {
    }

    int maxOrder() const { return int(correct.size()); }

    // Element-wise sum; a shorter side is treated as padded with zeros.
    void add(const BleuStatistics &other);
    BleuStatistics &operator+=(const BleuStatistics &other)
    {
        add(other);
        return *this;
    }

    // The flat sacreBLEU layout [hyp_len, ref_len, correct..., total...], and back.
    QList<qint64> toList() const;
    static BleuStatistics fromList(const QList<qint64> &values);

    friend bool operator==(const BleuStatistics &, const BleuStatistics &) = default;
};

} // namespace lathe
