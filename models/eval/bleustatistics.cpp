#include "bleustatistics.h"

namespace lathe {

void BleuStatistics::add(const BleuStatistics &other)
{
    hypLength += other.hypLength;
    refLength += other.refLength;
    if (correct.size() < other.correct.size())
        correct.resize(other.correct.size(), 0);
    if (total.size() < other.total.size())
        total.resize(other.total.size(), 0);
    for (qsizetype i = 0; i < other.correct.size(); ++i)
        correct[i] += other.correct[i];
    for (qsizetype i = 0; i < other.total.size(); ++i)
        total[i] += other.total[i];
}

QList<qint64> BleuStatistics::toList() const
{
    QList<qint64> out{hypLength, refLength};
    out += correct;
    out += total;
    return out;
}

BleuStatistics BleuStatistics::fromList(const QList<qint64> &values)
{
    BleuStatistics s;
    if (values.size() < 2)
        return s;
    s.hypLength = values[0];
    s.refLength = values[1];
    const qsizetype order = (values.size() - 2) / 2;
    s.correct = values.mid(2, order);
    s.total = values.mid(2 + order, order);
    return s;
}

} // namespace lathe
