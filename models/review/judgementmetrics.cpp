#include "judgementmetrics.h"

namespace lathe {

QList<SummaryMetric> JudgementMetrics::summaryMetrics(const JudgementSummary &summary)
{
    QList<SummaryMetric> out;
    if (summary.preferenceCount() > 0) {
        SummaryMetric rate{tr("Human win rate"),
                           tr("Share of decisive human preferences this column won (ties and both-bad votes "
                              "excluded), with the Wilson 95% interval"),
                           SummaryBetter::Higher,
                           {}};
        SummaryMetric votes{tr("Human votes"), tr("Preferences won-lost-tied-both bad, against every other column"),
                            SummaryBetter::None, {}};
        for (const ColumnJudgements &c : summary.columns()) {
            if (c.winRate)
                rate.values.insert(c.columnId, SummaryCell{SummaryTableModel::intervalText(*c.winRate, c.interval, 2),
                                                           c.winRate, c.interval});
            if (c.wins + c.losses + c.ties + c.bothBad > 0)
                votes.values.insert(c.columnId, SummaryCell{tr("%1-%2-%3-%4").arg(c.wins).arg(c.losses).arg(c.ties).arg(c.bothBad),
                                                            std::nullopt, {}});
        }
        out << rate << votes;
    }
    if (summary.ratingCount() > 0) {
        SummaryMetric rating{tr("Mean rating"), tr("Mean human rating (1-5) and how many outputs were rated"),
                             SummaryBetter::Higher, {}};
        for (const ColumnJudgements &c : summary.columns()) {
            if (c.meanRating)
                rating.values.insert(c.columnId, SummaryCell{tr("%1 (%2)").arg(QString::number(*c.meanRating, 'f', 2)).arg(c.ratings),
                                                             c.meanRating, {}});
        }
        out << rating;
    }
    return out;
}

} // namespace lathe
