#include "corpusmetric.h"

#include "metricoptions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lathe {

std::optional<CorpusMetric> CorpusMetric::fromDetails(const QList<QJsonObject> &details)
{
    CorpusMetric m;
    std::vector<QJsonArray> rows;
    for (const QJsonObject &d : details) {
        const QString kind = d.value(u"corpus"_s).toString();
        const QJsonArray stats = d.value(u"statistics"_s).toArray();
        if (kind.isEmpty() || stats.isEmpty())
            continue;
        if (m.m_kind.isEmpty()) {
            m.m_kind = kind;
            QString error;
            const QJsonObject options = d.value(u"options"_s).toObject();
            if (kind == u"bleu") {
                m.m_bleu = MetricOptions::bleu(options, &error).value_or(Bleu::Options());
            } else if (kind == u"chrf") {
                m.m_chrf = MetricOptions::chrf(false, options, &error).value_or(Chrf::Options());
            } else {
                return std::nullopt;
            }
        } else if (kind != m.m_kind) {
            continue;
        }
        m.m_width = std::max(m.m_width, stats.size());
        rows.push_back(stats);
    }
    if (m.m_kind.isEmpty())
        return std::nullopt;
    m.m_statistics.assign(rows.size() * std::size_t(m.m_width), 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (qsizetype i = 0; i < rows[r].size(); ++i)
            m.m_statistics[r * std::size_t(m.m_width) + std::size_t(i)] = qint64(rows[r].at(i).toDouble());
    }
    return m;
}

QString CorpusMetric::name() const
{
    if (m_kind == u"bleu")
        return u"corpus BLEU"_s;
    ChrfScore named = Chrf(m_chrf).score(ChrfStatistics(m_chrf.charOrder + m_chrf.wordOrder));
    return u"corpus "_s + named.name;
}

double CorpusMetric::score() const
{
    std::vector<qsizetype> all(static_cast<std::size_t>(size()));
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = qsizetype(i);
    return score(all);
}

double CorpusMetric::score(const std::vector<qsizetype> &indices) const
{
    QList<qint64> sum(m_width, 0);
    qint64 *out = sum.data();
    for (const qsizetype i : indices) {
        const qint64 *row = m_statistics.data() + i * m_width;
        for (qsizetype k = 0; k < m_width; ++k)
            out[k] += row[k];
    }
    if (m_kind == u"bleu") {
        Bleu::Options o = m_bleu;
        o.effectiveOrder = false;
        return Bleu(o).score(BleuStatistics::fromList(sum)).score;
    }
    ChrfStatistics stats;
    stats.counts = sum;
    return Chrf(m_chrf).score(stats).score;
}

} // namespace lathe
