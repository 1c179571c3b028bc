#include "qgramprefixfilter.h"

#include <QHash>

#include <algorithm>

namespace lathe {

namespace {

// q <= 3 code points of 21 bits each pack exactly into 64 bits.
quint64 packGram(const std::u32string &text, size_t at, int q)
{
    quint64 g = 0;
    for (int i = 0; i < q; ++i)
        g = (g << 21) | quint64(text[at + size_t(i)] & 0x1FFFFF);
    return g;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// How many grams beyond q*k each prefix holds: a pair must then share min(m_x, m_y) grams
// within both prefixes, which prunes most chance candidates for a slightly longer index.
constexpr qsizetype kExtraPrefix = 4;

// |a ∩ b| >= need for two sets sorted in the global order (ranks ascending).
bool overlapAtLeast(const std::vector<int> &a, const std::vector<int> &b, qsizetype need)
{
    qsizetype common = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        // Give up once even matching everything left cannot reach `need`.
        if (common + qsizetype(std::min(a.size() - i, b.size() - j)) < need)
            return false;
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return common >= need;
}

} // namespace

int QGramPrefixFilter::gramLength(double threshold)
{
    return threshold >= 0.7 ? 3 : 2;
}

QGramPrefixFilter::Stats QGramPrefixFilter::run(const std::vector<std::u32string> &texts, double threshold,
                                                SimilarityMetric metric,
                                                const std::function<void(int, const std::vector<int> &)> &visit,
                                                const std::atomic_bool *cancel)
{
    Stats stats;
    stats.q = gramLength(threshold);
    const int q = stats.q;
    const size_t n = texts.size();

    // Distinct grams of every text as dense ids, and the document frequency of each id.
    QHash<quint64, int> idOf;
    std::vector<int> frequency;
    std::vector<std::vector<int>> grams(n);
    for (size_t i = 0; i < n; ++i) {
        const std::u32string &t = texts[i];
        if (t.size() < size_t(q))
            continue;
        std::vector<int> &set = grams[i];
        set.reserve(t.size());
        for (size_t at = 0; at + size_t(q) <= t.size(); ++at) {
            const quint64 g = packGram(t, at, q);
            auto it = idOf.find(g);
            if (it == idOf.end()) {
                it = idOf.insert(g, int(frequency.size()));
                frequency.push_back(0);
            }
            set.push_back(*it);
        }
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        for (int id : set)
            ++frequency[size_t(id)];
        if ((i % 1024) == 0 && cancelled(cancel))
            return stats;
    }
    // One global order, rarest first: rewrite every gram id as its rank and sort each set.
    std::vector<int> byRarity(frequency.size());
    for (size_t id = 0; id < byRarity.size(); ++id)
        byRarity[id] = int(id);
    std::sort(byRarity.begin(), byRarity.end(), [&](int a, int b) {
        return frequency[size_t(a)] != frequency[size_t(b)] ? frequency[size_t(a)] < frequency[size_t(b)] : a < b;
    });
    std::vector<int> rank(frequency.size());
    for (size_t r = 0; r < byRarity.size(); ++r)
        rank[size_t(byRarity[r])] = int(r);
    for (std::vector<int> &set : grams) {
        for (int &id : set)
            id = rank[size_t(id)];
        std::sort(set.begin(), set.end());
    }

    // Visit order: shortest first, so a posting list holds texts no longer than the probe.
    std::vector<int> order;
    order.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (!texts[i].empty())
            order.push_back(int(i));
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return texts[size_t(a)].size() < texts[size_t(b)].size(); });
    stats.texts = qsizetype(order.size());

    // A text is indexed with prefix p = min(|S|, D + extra), D bounding the grams an alignment
    // with any longer partner destroys, and probes (the shorter texts visited before it) with
    // the same for shorter partners. A matching pair shares at least min(p - D) of the two
    // sides within both prefixes. Texts whose D covers every gram are unfilterable.
    std::vector<qsizetype> prefix(n, 0);
    std::vector<qsizetype> required(n, 0);
    std::vector<qsizetype> probePrefix(n, 0);
    std::vector<qsizetype> probeRequired(n, 0);
    for (int i : order) {
        const qsizetype length = qsizetype(texts[size_t(i)].size());
        const qsizetype size = qsizetype(grams[size_t(i)].size());
        const qsizetype index = SimilarityMetrics::maxDestroyedGrams(length, false, q, threshold, metric);
        const qsizetype probe = SimilarityMetrics::maxDestroyedGrams(length, true, q, threshold, metric);
        if (size <= std::max(index, probe)) {
            ++stats.unfilterable;
            continue;
        }
        prefix[size_t(i)] = std::min(size, index + kExtraPrefix);
        required[size_t(i)] = prefix[size_t(i)] - index;
        probePrefix[size_t(i)] = std::min(size, probe + kExtraPrefix);
        probeRequired[size_t(i)] = probePrefix[size_t(i)] - probe;
    }
    const auto passesCount = [&](int x, int y) {
        const qsizetype lx = qsizetype(texts[size_t(x)].size());
        const qsizetype ly = qsizetype(texts[size_t(y)].size());
        const qsizetype need
            = std::max(qsizetype(grams[size_t(x)].size()) - SimilarityMetrics::maxDestroyedGrams(lx, ly, q, threshold, metric),
                       qsizetype(grams[size_t(y)].size()) - SimilarityMetrics::maxDestroyedGrams(ly, lx, q, threshold, metric));
        return need <= 0 || overlapAtLeast(grams[size_t(x)], grams[size_t(y)], need);
    };

    std::vector<std::vector<int>> postings(frequency.size());
    std::vector<size_t> postingStart(frequency.size(), 0);
    std::vector<qsizetype> hits(n, 0);
    std::vector<int> touched;
    std::vector<int> found;
    for (size_t pos = 0; pos < order.size(); ++pos) {
        if ((pos % 256) == 0 && cancelled(cancel))
            return stats;
        const int x = order[pos];
        const qsizetype lx = qsizetype(texts[size_t(x)].size());
        found.clear();
        if (prefix[size_t(x)] == 0) {
            // Unfilterable: every text of a compatible length. Shorter ones were visited
            // already; longer unfilterable ones report x when they are visited; longer
            // filterable ones must be reported here, since their index never holds x.
            for (size_t other = 0; other < order.size(); ++other) {
                const int y = order[other];
                if (y == x)
                    continue;
                const qsizetype ly = qsizetype(texts[size_t(y)].size());
                if (other < pos) {
                    if (SimilarityMetrics::lengthsCanMatch(ly, lx, threshold, metric) && passesCount(x, y))
                        found.push_back(y);
                } else {
                    if (!SimilarityMetrics::lengthsCanMatch(lx, ly, threshold, metric))
                        break;
                    if (prefix[size_t(y)] != 0 && passesCount(x, y))
                        found.push_back(y);
                }
            }
        } else {
            const std::vector<int> &set = grams[size_t(x)];
            touched.clear();
            for (qsizetype g = 0; g < probePrefix[size_t(x)]; ++g) {
                std::vector<int> &list = postings[size_t(set[size_t(g)])];
                size_t &start = postingStart[size_t(set[size_t(g)])];
                while (start < list.size()
                       && !SimilarityMetrics::lengthsCanMatch(qsizetype(texts[size_t(list[start])].size()), lx,
                                                              threshold, metric))
                    ++start;
                stats.probed += qint64(list.size() - start);
                for (size_t p = start; p < list.size(); ++p) {
                    const int y = list[p];
                    if (hits[size_t(y)]++ == 0)
                        touched.push_back(y);
                }
            }
            for (int y : touched) {
                if (hits[size_t(y)] >= std::min(probeRequired[size_t(x)], required[size_t(y)]) && passesCount(x, y))
                    found.push_back(y);
                hits[size_t(y)] = 0;
            }
            for (qsizetype g = 0; g < prefix[size_t(x)]; ++g)
                postings[size_t(set[size_t(g)])].push_back(x);
        }
        if (!found.empty()) {
            stats.candidates += qsizetype(found.size());
            visit(x, found);
        }
    }
    return stats;
}

} // namespace lathe
