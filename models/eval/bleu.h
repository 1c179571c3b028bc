#pragma once

#include "eval/bleustatistics.h"
#include "eval/bleutokenizer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace lathe {

// A BLEU result, as sacreBLEU 2.x reports it.
struct BleuScore
{
    double score = 0.0;           // 0..100
    double brevityPenalty = 0.0;  // 1 when hyp_len >= ref_len, 0 when hyp_len == 0
    double ratio = 0.0;           // hyp_len / ref_len, 0 when ref_len == 0
    QList<double> precisions;     // per order (index n-1), 0..100, after smoothing
    int effectiveOrder = 0;       // the orders that entered the geometric mean
    BleuStatistics statistics;

    // sacreBLEU's line: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944
    // hyp_len = 17 ref_len = 18)".
    QString format() const;
};

// BLEU exactly as sacreBLEU 2.x computes it (same tokenizers, smoothing, clipping, reference
// length choice and brevity penalty); numbers agree to floating-point rounding.
//
// Corpus BLEU sums per-segment statistics and scores once; it never averages sentence scores.
// With several references a hypothesis n-gram is clipped by its largest count in any one
// reference, and the reference length is the one closest to the hypothesis length (ties go to
// the shorter). Empty reference strings are ignored (a segment may have fewer references);
// when every reference of a segment is empty it is scored against an empty reference, where
// sacreBLEU refuses the input.
//
// Thread-safe: const methods may run concurrently (scratch space is per thread).
class Bleu final
{
public:
    enum class Smoothing : unsigned char {
        Exp,    // NIST geometric sequence: 1/(2^k * total) for the k-th order without matches
        Floor,  // smoothValue / total for orders without matches (default 0.1)
        AddK,   // add smoothValue to correct and total of orders > 1 (default 1)
        None,   // log(0) counts as -9999999999, i.e. a score of 0
    };

    struct Options
    {
        BleuTokenizer::Kind tokenizer = BleuTokenizer::Kind::Tok13a;
        Smoothing smoothing = Smoothing::Exp;
        std::optional<double> smoothValue;  // unset: the method's default
        int maxOrder = 4;                   // clamped to >= 1
        bool lowercase = false;
        bool effectiveOrder = false;        // for score() and corpusScore(); see sentenceScore()
    };

    Bleu();
    explicit Bleu(const Options &options);

    const Options &options() const { return m_options; }

    // Statistics of one segment against its references.
    BleuStatistics segmentStatistics(QStringView hypothesis, const QStringList &references) const;
    BleuStatistics segmentStatistics(QStringView hypothesis, const QStringView *references,
                                     qsizetype referenceCount) const;

    // The score of (summed) statistics under these options.
    BleuScore score(const BleuStatistics &statistics) const;

    // `referenceStreams` holds one list per reference set, each parallel to `hypotheses` (a
    // missing entry counts as an empty reference).
    BleuScore corpusScore(const QStringList &hypotheses, const QList<QStringList> &referenceStreams) const;

    // Sentence BLEU, always with effective order (orders the hypothesis is too short for are
    // left out of the mean), as sacreBLEU's sentence_bleu does.
    BleuScore sentenceScore(QStringView hypothesis, const QStringList &references) const;

    // sacreBLEU's compute_bleu.
    static BleuScore compute(const BleuStatistics &statistics, Smoothing smoothing, double smoothValue,
                             bool effectiveOrder);
    static double defaultSmoothValue(Smoothing smoothing);

private:
    Options m_options;
};

} // namespace lathe
