#include "bleu.h"

#include "eval/ngraminterner.h"
#include "eval/unicodetext.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace lathe {
namespace {

// Per-thread working storage, reused across segments so that scoring allocates almost nothing.
struct Scratch
{
    NgramInterner interner;
    std::u32string hypText, hypBuffer, refText, refBuffer, work;
    std::vector<std::u32string_view> hypTokens, refTokens;
    std::vector<quint32> hypIds;      // all hypothesis n-gram ids, order by order
    std::vector<quint32> refPrev, refCur, refFirst, touched;
    std::vector<quint32> refMax, refCount, used;
    std::vector<qint64> refLengths;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

void prepare(QStringView text, bool lowercase, std::u32string &out)
{
    out.clear();
    UnicodeText::appendCodePoints(text, out);
    if (lowercase)
        out = UnicodeText::lower(out);
    out.resize(UnicodeText::rstrip(out).size());
}

double myLog(double x)
{
    return x == 0.0 ? -9999999999.0 : std::log(x);
}

qint64 closestRefLength(qint64 hypLength, const std::vector<qint64> &refLengths)
{
    qint64 closestDiff = -1;
    qint64 closestLength = -1;
    for (const qint64 len : refLengths) {
        const qint64 diff = std::llabs(hypLength - len);
        if (closestDiff == -1 || diff < closestDiff) {
            closestDiff = diff;
            closestLength = len;
        } else if (diff == closestDiff && len < closestLength) {
            closestLength = len;
        }
    }
    return closestLength < 0 ? 0 : closestLength;
}

} // namespace

QString BleuScore::format() const
{
    QStringList p;
    for (const double v : precisions)
        p.append(QString::asprintf("%.1f", v));
    return QString::asprintf("BLEU = %.2f ", score) + p.join(u'/')
        + QString::asprintf(" (BP = %.3f ratio = %.3f hyp_len = %lld ref_len = %lld)", brevityPenalty, ratio,
                            static_cast<long long>(statistics.hypLength),
                            static_cast<long long>(statistics.refLength));
}

Bleu::Bleu() = default;

Bleu::Bleu(const Options &options)
    : m_options(options)
{
    if (m_options.maxOrder < 1)
        m_options.maxOrder = 1;
}

double Bleu::defaultSmoothValue(Smoothing smoothing)
{
    switch (smoothing) {
    case Smoothing::Floor:
        return 0.1;
    case Smoothing::AddK:
        return 1.0;
    case Smoothing::Exp:
    case Smoothing::None:
        break;
    }
    return 0.0;
}

BleuStatistics Bleu::segmentStatistics(QStringView hypothesis, const QStringList &references) const
{
    std::vector<QStringView> refs(references.cbegin(), references.cend());
    return segmentStatistics(hypothesis, refs.data(), qsizetype(refs.size()));
}

BleuStatistics Bleu::segmentStatistics(QStringView hypothesis, const QStringView *references,
                                       qsizetype referenceCount) const
{
    const int maxOrder = m_options.maxOrder;
    Scratch &s = scratch();
    s.interner.clear();
    BleuStatistics stats(maxOrder);

    // Hypothesis: intern every n-gram. Interned token views point into hypText/hypBuffer,
    // which stay untouched until the next segment.
    prepare(hypothesis, m_options.lowercase, s.hypText);
    s.hypTokens.clear();
    BleuTokenizer::tokenize(s.hypText, m_options.tokenizer, s.hypBuffer, s.work, s.hypTokens);
    const std::size_t len = s.hypTokens.size();
    stats.hypLength = qint64(len);
    s.hypIds.clear();
    for (const std::u32string_view t : s.hypTokens)
        s.hypIds.push_back(s.interner.token(t));
    std::size_t prevStart = 0;
    for (int n = 2; n <= maxOrder && std::size_t(n) <= len; ++n) {
        const std::size_t start = s.hypIds.size();
        for (std::size_t i = 0; i + std::size_t(n) <= len; ++i)
            s.hypIds.push_back(s.interner.pair(s.hypIds[prevStart + i], s.hypIds[i + std::size_t(n) - 1]));
        prevStart = start;
    }
    for (int n = 1; n <= maxOrder; ++n)
        stats.total[n - 1] = len >= std::size_t(n) ? qint64(len - std::size_t(n) + 1) : 0;

    // References: look n-grams up without inserting (one absent from the hypothesis cannot
    // match), and keep each n-gram's largest count in any single reference.
    const quint32 ids = s.interner.size();
    s.refMax.assign(ids, 0);
    s.refCount.assign(ids, 0);
    s.refLengths.clear();
    bool anyReference = false;
    for (qsizetype r = 0; r <= referenceCount; ++r) {
        QStringView ref;
        if (r < referenceCount) {
            ref = references[r];
            if (ref.isEmpty())
                continue;
        } else if (anyReference) {
            break;  // the extra round only serves segments whose references are all empty
        }
        anyReference = true;
        prepare(ref, m_options.lowercase, s.refText);
        s.refTokens.clear();
        BleuTokenizer::tokenize(s.refText, m_options.tokenizer, s.refBuffer, s.work, s.refTokens);
        const std::size_t refLen = s.refTokens.size();
        s.refLengths.push_back(qint64(refLen));
        s.touched.clear();
        s.refFirst.clear();
        for (const std::u32string_view t : s.refTokens) {
            const quint32 id = s.interner.token(t, false);
            s.refFirst.push_back(id);
            if (id != NgramInterner::kNone) {
                ++s.refCount[id];
                s.touched.push_back(id);
            }
        }
        s.refPrev = s.refFirst;
        for (int n = 2; n <= maxOrder && std::size_t(n) <= refLen; ++n) {
            s.refCur.clear();
            for (std::size_t i = 0; i + std::size_t(n) <= refLen; ++i) {
                const quint32 prefix = s.refPrev[i];
                const quint32 last = s.refFirst[i + std::size_t(n) - 1];
                quint32 id = NgramInterner::kNone;
                if (prefix != NgramInterner::kNone && last != NgramInterner::kNone)
                    id = s.interner.pair(prefix, last, false);
                s.refCur.push_back(id);
                if (id != NgramInterner::kNone) {
                    ++s.refCount[id];
                    s.touched.push_back(id);
                }
            }
            s.refPrev.swap(s.refCur);
        }
        for (const quint32 id : s.touched) {
            if (s.refCount[id] > s.refMax[id])
                s.refMax[id] = s.refCount[id];
        }
        for (const quint32 id : s.touched)
            s.refCount[id] = 0;
    }
    stats.refLength = closestRefLength(stats.hypLength, s.refLengths);

    // Clipped matches: each hypothesis occurrence counts while its n-gram has reference
    // occurrences left.
    s.used.assign(ids, 0);
    std::size_t offset = 0;
    for (int n = 1; n <= maxOrder && std::size_t(n) <= len; ++n) {
        const std::size_t count = len - std::size_t(n) + 1;
        qint64 correct = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const quint32 id = s.hypIds[offset + i];
            if (s.used[id] < s.refMax[id]) {
                ++s.used[id];
                ++correct;
            }
        }
        stats.correct[n - 1] = correct;
        offset += count;
    }
    return stats;
}

BleuScore Bleu::compute(const BleuStatistics &statistics, Smoothing smoothing, double smoothValue,
                        bool effectiveOrder)
{
    BleuScore out;
    out.statistics = statistics;
    const qint64 sysLen = statistics.hypLength;
    const qint64 refLen = statistics.refLength;
    const int maxOrder = statistics.maxOrder();
    out.ratio = refLen ? double(sysLen) / double(refLen) : 0.0;
    if (sysLen < refLen)
        out.brevityPenalty = sysLen > 0 ? std::exp(1.0 - double(refLen) / double(sysLen)) : 0.0;
    else
        out.brevityPenalty = 1.0;
    out.precisions = QList<double>(maxOrder, 0.0);

    bool anyCorrect = false;
    for (const qint64 c : statistics.correct)
        anyCorrect = anyCorrect || c != 0;
    if (!anyCorrect || maxOrder == 0)
        return out;

    double smoothMteval = 1.0;
    int effOrder = maxOrder;
    for (int n = 1; n <= maxOrder; ++n) {
        double correct = double(statistics.correct[n - 1]);
        double total = double(statistics.total.value(n - 1));
        if (smoothing == Smoothing::AddK && n > 1) {
            correct += smoothValue;
            total += smoothValue;
        }
        if (total == 0.0)
            break;
        if (effectiveOrder)
            effOrder = n;
        if (correct == 0.0) {
            if (smoothing == Smoothing::Exp) {
                smoothMteval *= 2.0;
                out.precisions[n - 1] = 100.0 / (smoothMteval * total);
            } else if (smoothing == Smoothing::Floor) {
                out.precisions[n - 1] = 100.0 * smoothValue / total;
            }
        } else {
            out.precisions[n - 1] = 100.0 * correct / total;
        }
    }
    double sum = 0.0;
    for (int i = 0; i < effOrder; ++i)
        sum += myLog(out.precisions[i]);
    out.effectiveOrder = effOrder;
    out.score = out.brevityPenalty * std::exp(sum / double(effOrder));
    return out;
}

BleuScore Bleu::score(const BleuStatistics &statistics) const
{
    return compute(statistics, m_options.smoothing,
                   m_options.smoothValue.value_or(defaultSmoothValue(m_options.smoothing)),
                   m_options.effectiveOrder);
}

BleuScore Bleu::corpusScore(const QStringList &hypotheses, const QList<QStringList> &referenceStreams) const
{
    BleuStatistics total(m_options.maxOrder);
    std::vector<QStringView> refs(std::size_t(referenceStreams.size()));
    for (qsizetype i = 0; i < hypotheses.size(); ++i) {
        for (qsizetype r = 0; r < referenceStreams.size(); ++r)
            refs[std::size_t(r)] = i < referenceStreams[r].size() ? QStringView(referenceStreams[r][i]) : QStringView();
        total.add(segmentStatistics(hypotheses[i], refs.data(), qsizetype(refs.size())));
    }
    return score(total);
}

BleuScore Bleu::sentenceScore(QStringView hypothesis, const QStringList &references) const
{
    return compute(segmentStatistics(hypothesis, references), m_options.smoothing,
                   m_options.smoothValue.value_or(defaultSmoothValue(m_options.smoothing)), true);
}

} // namespace lathe
