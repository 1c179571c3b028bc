#include "chrf.h"

#include "eval/ngraminterner.h"
#include "eval/unicodetext.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace lathe {
namespace {

// The n-grams of one side of a segment: code points and words, and the ids of all their
// n-grams, order by order.
struct Side
{
    std::u32string text, chars;
    std::vector<std::u32string_view> rawWords, words;
    std::vector<quint32> charFirst, charUnits, wordFirst;
    std::vector<quint32> charIds, wordIds;
};

struct Scratch
{
    NgramInterner chars, words;
    Side hyp, ref;
    std::vector<quint32> prev, cur;
    std::vector<quint32> refCount, used, touched;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

std::size_t ngramCount(std::size_t length, int order)
{
    return length >= std::size_t(order) ? length - std::size_t(order) + 1 : 0;
}

// chrF++'s word split: a word longer than one character loses a trailing ASCII punctuation
// character, or else a leading one, as a separate word.
void splitPunctuation(const std::vector<std::u32string_view> &raw, std::vector<std::u32string_view> &out)
{
    out.clear();
    for (const std::u32string_view w : raw) {
        if (w.size() == 1) {
            out.push_back(w);
        } else if (UnicodeText::isAsciiPunctuation(w.back())) {
            out.push_back(w.substr(0, w.size() - 1));
            out.push_back(w.substr(w.size() - 1));
        } else if (UnicodeText::isAsciiPunctuation(w.front())) {
            out.push_back(w.substr(0, 1));
            out.push_back(w.substr(1));
        } else {
            out.push_back(w);
        }
    }
}

// Appends to `ids` the ids of orders 2..maxOrder built from the order-1 ids `first` and the
// last units `units`. Without `insert`, an n-gram unknown to the interner gets kNone.
void appendHigherOrders(NgramInterner &interner, const std::vector<quint32> &first,
                        const std::vector<quint32> &units, int maxOrder, bool insert, Scratch &s,
                        std::vector<quint32> &ids)
{
    const std::size_t len = first.size();
    s.prev = first;
    for (int n = 2; n <= maxOrder && std::size_t(n) <= len; ++n) {
        s.cur.clear();
        for (std::size_t i = 0; i + std::size_t(n) <= len; ++i) {
            const quint32 prefix = s.prev[i];
            const quint32 last = units[i + std::size_t(n) - 1];
            quint32 id = NgramInterner::kNone;
            if (prefix != NgramInterner::kNone && last != NgramInterner::kNone)
                id = interner.pair(prefix, last, insert);
            s.cur.push_back(id);
        }
        ids.insert(ids.end(), s.cur.begin(), s.cur.end());
        s.prev.swap(s.cur);
    }
}

void extract(QStringView input, const Chrf::Options &o, bool insert, Scratch &s, Side &side)
{
    side.text.clear();
    UnicodeText::appendCodePoints(input, side.text);
    if (o.lowercase)
        side.text = UnicodeText::lower(side.text);

    side.chars.clear();
    for (const char32_t c : side.text) {
        if (o.whitespace || !UnicodeText::isWhitespace(c))
            side.chars.push_back(c);
    }
    side.charFirst.clear();
    side.charUnits.assign(side.chars.begin(), side.chars.end());
    for (const char32_t c : side.chars)
        side.charFirst.push_back(s.chars.pair(NgramInterner::kNone, c, insert));
    side.charIds = side.charFirst;
    appendHigherOrders(s.chars, side.charFirst, side.charUnits, o.charOrder, insert, s, side.charIds);

    side.words.clear();
    side.wordFirst.clear();
    side.wordIds.clear();
    if (o.wordOrder <= 0)
        return;
    side.rawWords.clear();
    UnicodeText::split(side.text, side.rawWords);
    splitPunctuation(side.rawWords, side.words);
    for (const std::u32string_view w : side.words)
        side.wordFirst.push_back(s.words.token(w, insert));
    side.wordIds = side.wordFirst;
    appendHigherOrders(s.words, side.wordFirst, side.wordFirst, o.wordOrder, insert, s, side.wordIds);
}

} // namespace

QString ChrfScore::format() const
{
    return name + QString::asprintf(" = %.2f", score);
}

Chrf::Chrf() = default;

Chrf::Chrf(const Options &options)
    : m_options(options)
{
    m_options.charOrder = std::max(0, m_options.charOrder);
    m_options.wordOrder = std::max(0, m_options.wordOrder);
}

ChrfStatistics Chrf::segmentStatistics(QStringView hypothesis, const QStringList &references) const
{
    std::vector<QStringView> refs(references.cbegin(), references.cend());
    return segmentStatistics(hypothesis, refs.data(), qsizetype(refs.size()));
}

ChrfStatistics Chrf::segmentStatistics(QStringView hypothesis, const QStringView *references,
                                       qsizetype referenceCount) const
{
    const Options &o = m_options;
    const int orders = o.charOrder + o.wordOrder;
    Scratch &s = scratch();
    s.chars.clear();
    s.words.clear();
    extract(hypothesis, o, true, s, s.hyp);

    // One count array over both id spaces: word ids follow the character ids.
    const std::size_t wordBase = s.chars.size();
    const std::size_t ids = wordBase + s.words.size();
    s.refCount.assign(ids, 0);
    s.used.assign(ids, 0);

    ChrfStatistics best(orders);
    double bestF = -1.0;
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
        extract(ref, o, false, s, s.ref);

        s.touched.clear();
        for (const quint32 id : s.ref.charIds) {
            if (id != NgramInterner::kNone) {
                ++s.refCount[id];
                s.touched.push_back(quint32(id));
            }
        }
        for (const quint32 id : s.ref.wordIds) {
            if (id != NgramInterner::kNone) {
                ++s.refCount[wordBase + id];
                s.touched.push_back(quint32(wordBase + id));
            }
        }

        ChrfStatistics stats(orders);
        const auto count = [&](const std::vector<quint32> &hypIds, std::size_t hypLen, std::size_t refLen,
                               int maxOrder, std::size_t base, int firstSlot) {
            std::size_t offset = 0;
            for (int n = 1; n <= maxOrder; ++n) {
                const std::size_t h = ngramCount(hypLen, n);
                const std::size_t rc = ngramCount(refLen, n);
                qint64 matches = 0;
                for (std::size_t i = 0; i < h; ++i) {
                    const std::size_t id = base + hypIds[offset + i];
                    if (s.used[id] < s.refCount[id]) {
                        ++s.used[id];
                        ++matches;
                    }
                }
                for (std::size_t i = 0; i < h; ++i)
                    s.used[base + hypIds[offset + i]] = 0;
                const int slot = 3 * (firstSlot + n - 1);
                stats.counts[slot] = rc > 0 ? qint64(h) : 0;
                stats.counts[slot + 1] = qint64(rc);
                stats.counts[slot + 2] = matches;
                offset += h;
            }
        };
        count(s.hyp.charIds, s.hyp.chars.size(), s.ref.chars.size(), o.charOrder, 0, 0);
        count(s.hyp.wordIds, s.hyp.words.size(), s.ref.words.size(), o.wordOrder, wordBase, o.charOrder);
        for (const quint32 id : s.touched)
            s.refCount[id] = 0;

        const double f = fScore(stats, nullptr, nullptr);
        if (f > bestF) {
            bestF = f;
            best = stats;
        }
    }
    return best;
}

double Chrf::fScore(const ChrfStatistics &statistics, double *precision, double *recall) const
{
    constexpr double eps = 1e-16;
    const double factor = m_options.beta * m_options.beta;
    const int orders = statistics.orders();
    double score = 0.0;
    double avgPrec = 0.0;
    double avgRec = 0.0;
    int effectiveOrder = 0;
    for (int i = 0; i < orders; ++i) {
        const qint64 nHyp = statistics.hypothesis(i);
        const qint64 nRef = statistics.reference(i);
        const qint64 nMatch = statistics.matches(i);
        const double prec = nHyp > 0 ? double(nMatch) / double(nHyp) : eps;
        const double rec = nRef > 0 ? double(nMatch) / double(nRef) : eps;
        const double denom = factor * prec + rec;
        score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
        if (nHyp > 0 && nRef > 0) {
            avgPrec += prec;
            avgRec += rec;
            ++effectiveOrder;
        }
    }
    if (effectiveOrder == 0) {
        avgPrec = avgRec = 0.0;
    } else {
        avgPrec /= effectiveOrder;
        avgRec /= effectiveOrder;
    }
    if (precision)
        *precision = 100.0 * avgPrec;
    if (recall)
        *recall = 100.0 * avgRec;
    if (m_options.epsSmoothing)
        return orders > 0 ? 100.0 * score / orders : 0.0;
    if (avgPrec + avgRec == 0.0)
        return 0.0;
    double f = (1 + factor) * avgPrec * avgRec;
    f /= (factor * avgPrec) + avgRec;
    return 100.0 * f;
}

ChrfScore Chrf::score(const ChrfStatistics &statistics) const
{
    ChrfScore out;
    out.statistics = statistics;
    out.score = fScore(statistics, &out.precision, &out.recall);
    const double beta = m_options.beta;
    const QString betaText = beta == std::floor(beta) ? QString::number(qint64(beta)) : QString::number(beta);
    out.name = QStringLiteral("chrF") + betaText + QString(m_options.wordOrder, u'+');
    return out;
}

ChrfScore Chrf::corpusScore(const QStringList &hypotheses, const QList<QStringList> &referenceStreams) const
{
    ChrfStatistics total(m_options.charOrder + m_options.wordOrder);
    std::vector<QStringView> refs(std::size_t(referenceStreams.size()));
    for (qsizetype i = 0; i < hypotheses.size(); ++i) {
        for (qsizetype r = 0; r < referenceStreams.size(); ++r)
            refs[std::size_t(r)] = i < referenceStreams[r].size() ? QStringView(referenceStreams[r][i]) : QStringView();
        total.add(segmentStatistics(hypotheses[i], refs.data(), qsizetype(refs.size())));
    }
    return score(total);
}

ChrfScore Chrf::sentenceScore(QStringView hypothesis, const QStringList &references) const
{
    return score(segmentStatistics(hypothesis, references));
}

} // namespace lathe
