#pragma once

#include "eval/bleu.h"
#include "eval/chrf.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace lathe {

// Corpus BLEU or chrF over stored scores: the per-case statistics that the bleu and chrf
// scorers keep in their details are summed and scored once, as sacreBLEU does (sentence
// scores are never averaged). score(indices) sums a subset with repeats, for the bootstrap.
class CorpusMetric final
{
public:
    // From the details of one scorer's rows (one per case); nullopt when they carry no
    // corpus statistics. Rows whose statistics are missing are skipped; the options of the
    // first row apply.
    static std::optional<CorpusMetric> fromDetails(const QList<QJsonObject> &details);

    QString kind() const { return m_kind; }          // "bleu" or "chrf"
    QString name() const;                            // "corpus BLEU", "corpus chrF2", "corpus chrF2++"
    qsizetype size() const { return m_width ? qsizetype(m_statistics.size()) / m_width : 0; }
    double score() const;                            // 0..100
    double score(const std::vector<qsizetype> &indices) const;

private:
    QString m_kind;
    Bleu::Options m_bleu;
    Chrf::Options m_chrf;
    qsizetype m_width = 0;             // statistics per segment
    std::vector<qint64> m_statistics;  // segment-major, m_width values each (zero-padded)
};

} // namespace lathe
