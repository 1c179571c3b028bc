#pragma once

#include "eval/chrfstatistics.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lathe {

// A chrF result.
struct ChrfScore
{
    double score = 0.0;      // 0..100
    double precision = 0.0;  // mean n-gram precision over the orders used, 0..100
    double recall = 0.0;     // mean n-gram recall over the orders used, 0..100
    ChrfStatistics statistics;
    QString name;            // sacreBLEU's name: "chrF2", "chrF2++"

    QString format() const;  // "chrF2 = 59.73"
};

// chrF and chrF++ exactly as sacreBLEU 2.x computes them.
//
// Character n-grams (orders 1..charOrder) are taken from the text with all whitespace removed
// (unless `whitespace`); word n-grams (orders 1..wordOrder, chrF++ uses 2) from the
// whitespace-split words, where a word longer than one character with a trailing ASCII
// punctuation character is split into [word minus it, it], else one with a leading one into
// [it, rest]. A hypothesis count is recorded as 0 for an order in which the reference has no
// n-gram.
//
// Default F: precision and recall are averaged over the orders where both the hypothesis and
// reference counts are positive, then F = (1+b^2)PR / (b^2 P + R). With `epsSmoothing` the
// per-order F values are averaged instead, as chrF++.py, NLTK and Moses do.
//
// With several references a segment keeps the statistics of the reference with the best
// sentence F (the first on ties). Empty reference strings are ignored; a segment whose
// references are all empty is scored against an empty reference (sacreBLEU refuses it).
//
// Thread-safe: const methods may run concurrently (scratch space is per thread).
class Chrf final
{
public:
    struct Options
    {
        int charOrder = 6;
        int wordOrder = 0;
        double beta = 2.0;
        bool lowercase = false;
        bool whitespace = false;    // keep whitespace inside character n-grams
        bool epsSmoothing = false;
    };

    static Options chrfPlusPlus()
    {
        Options o;
        o.wordOrder = 2;
        return o;
    }

    Chrf();
    explicit Chrf(const Options &options);

    const Options &options() const { return m_options; }

    ChrfStatistics segmentStatistics(QStringView hypothesis, const QStringList &references) const;
    ChrfStatistics segmentStatistics(QStringView hypothesis, const QStringView *references,
                                     qsizetype referenceCount) const;

    ChrfScore score(const ChrfStatistics &statistics) const;

    // `referenceStreams` holds one list per reference set, each parallel to `hypotheses`.
    ChrfScore corpusScore(const QStringList &hypotheses, const QList<QStringList> &referenceStreams) const;
    ChrfScore sentenceScore(QStringView hypothesis, const QStringList &references) const;

private:
    double fScore(const ChrfStatistics &statistics, double *precision, double *recall) const;

    Options m_options;
};

} // namespace lathe
