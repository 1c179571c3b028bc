#include "rouge.h"

#include "eval/ngraminterner.h"
#include "eval/porterstemmer.h"
#include "eval/unicodetext.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace lathe {
namespace {

using Ids = std::vector<quint32>;

double fmeasure(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

// Token strings to small integer ids, shared by the two sides of one comparison.
class Vocabulary final
{
public:
    Ids ids(const std::vector<std::string> &tokens)
    {
        Ids out;
        out.reserve(tokens.size());
        for (const std::string &t : tokens)
            out.push_back(m_ids.try_emplace(t, quint32(m_ids.size())).first->second);
        return out;
    }
    quint32 size() const { return quint32(m_ids.size()); }

private:
    std::unordered_map<std::string, quint32> m_ids;
};

RougeScore scoreNgrams(const Ids &target, const Ids &prediction, int n)
{
    NgramInterner interner;
    const auto ngramIds = [&](const Ids &tokens) {
        Ids ids;
        if (tokens.size() < std::size_t(n))
            return ids;
        Ids cur;
        for (const quint32 t : tokens)
            cur.push_back(interner.pair(NgramInterner::kNone, t));
        for (int k = 2; k <= n; ++k) {
            for (std::size_t i = 0; i + std::size_t(k) <= tokens.size(); ++i)
                cur[i] = interner.pair(cur[i], tokens[i + std::size_t(k) - 1]);
            cur.pop_back();
        }
        return cur;
    };
    const Ids t = ngramIds(target);
    const Ids p = ngramIds(prediction);
    std::vector<qint64> targetCount(interner.size(), 0);
    std::vector<qint64> predictionCount(interner.size(), 0);
    for (const quint32 id : t)
        ++targetCount[id];
    for (const quint32 id : p)
        ++predictionCount[id];
    qint64 overlap = 0;
    for (std::size_t id = 0; id < targetCount.size(); ++id)
        overlap += std::min(targetCount[id], predictionCount[id]);
    RougeScore s;
    s.precision = double(overlap) / double(std::max<std::size_t>(p.size(), 1));
    s.recall = double(overlap) / double(std::max<std::size_t>(t.size(), 1));
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

// The (|ref|+1) x (|can|+1) LCS length table, row-major.
std::vector<quint32> lcsTable(const Ids &ref, const Ids &can)
{
    const std::size_t cols = can.size() + 1;
    std::vector<quint32> t((ref.size() + 1) * cols, 0);
    for (std::size_t i = 1; i <= ref.size(); ++i) {
        for (std::size_t j = 1; j <= can.size(); ++j) {
            if (ref[i - 1] == can[j - 1])
                t[i * cols + j] = t[(i - 1) * cols + j - 1] + 1;
            else
                t[i * cols + j] = std::max(t[(i - 1) * cols + j], t[i * cols + j - 1]);
        }
    }
    return t;
}

RougeScore scoreLcs(const Ids &target, const Ids &prediction)
{
    if (target.empty() || prediction.empty())
        return {};
    const quint32 lcs = lcsTable(target, prediction).back();
    RougeScore s;
    s.precision = double(lcs) / double(prediction.size());
    s.recall = double(lcs) / double(target.size());
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

// Indices into `ref` of one LCS with `can`, read back from the end preferring a match, then a
// step left when that keeps a strictly longer LCS, else a step up (rouge_score's choice).
void lcsIndices(const Ids &ref, const Ids &can, std::set<std::size_t> &out)
{
    const std::vector<quint32> t = lcsTable(ref, can);
    const std::size_t cols = can.size() + 1;
    std::size_t i = ref.size();
    std::size_t j = can.size();
    while (i > 0 && j > 0) {
        if (ref[i - 1] == can[j - 1]) {
            out.insert(i - 1);
            --i;
            --j;
        } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) {
            --j;
        } else {
            --i;
        }
    }
}

RougeScore scoreSummaryLcs(const std::vector<Ids> &refSentences, const std::vector<Ids> &canSentences,
                           quint32 vocabulary)
{
    if (refSentences.empty() || canSentences.empty())
        return {};
    std::size_t m = 0;
    std::size_t n = 0;
    std::vector<qint64> refCount(vocabulary, 0);
    std::vector<qint64> canCount(vocabulary, 0);
    for (const Ids &s : refSentences) {
        m += s.size();
        for (const quint32 t : s)
            ++refCount[t];
    }
    for (const Ids &s : canSentences) {
        n += s.size();
        for (const quint32 t : s)
            ++canCount[t];
    }
    if (m == 0 || n == 0)
        return {};
    qint64 hits = 0;
    for (const Ids &r : refSentences) {
        std::set<std::size_t> unionLcs;
        for (const Ids &c : canSentences)
            lcsIndices(r, c, unionLcs);
        for (const std::size_t i : unionLcs) {
            const quint32 t = r[i];
            if (canCount[t] > 0 && refCount[t] > 0) {
                ++hits;
                --canCount[t];
                --refCount[t];
            }
        }
    }
    RougeScore s;
    s.recall = double(hits) / double(m);
    s.precision = double(hits) / double(n);
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

// rouge_score's sentence split for rougeLsum: on "\n", dropping empty strings.
QList<QStringView> sentences(QStringView text)
{
    QList<QStringView> out;
    for (const QStringView s : text.tokenize(u'\n')) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace

std::optional<Rouge::Type> Rouge::Type::fromName(QStringView name)
{
    if (name == u"rougeL")
        return Type{Kind::L, 0};
    if (name == u"rougeLsum")
        return Type{Kind::Lsum, 0};
    if (name.size() == 6 && name.startsWith(u"rouge") && name.back() >= u'1' && name.back() <= u'9')
        return Type{Kind::N, name.back().unicode() - u'0'};
    return std::nullopt;
}

QString Rouge::Type::name() const
{
    switch (kind) {
    case Kind::L:
        return QStringLiteral("rougeL");
    case Kind::Lsum:
        return QStringLiteral("rougeLsum");
    case Kind::N:
        break;
    }
    return QStringLiteral("rouge") + QString::number(n);
}

Rouge::Rouge(bool useStemmer)
    : m_useStemmer(useStemmer)
{
}

std::vector<std::string> Rouge::tokenize(QStringView text) const
{
    const std::u32string lower = UnicodeText::lower(UnicodeText::codePoints(text));
    std::vector<std::string> tokens;
    std::string current;
    const auto flush = [&] {
        if (current.empty())
            return;
        tokens.push_back(m_useStemmer && current.size() > 3 ? PorterStemmer::stem(current) : current);
        current.clear();
    };
    for (const char32_t c : lower) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            current.push_back(char(c));
        else
            flush();
    }
    flush();
    return tokens;
}

RougeScore Rouge::score(QStringView target, QStringView prediction, Type type) const
{
    Vocabulary vocabulary;
    if (type.kind == Kind::Lsum) {
        std::vector<Ids> ref;
        std::vector<Ids> can;
        for (const QStringView s : sentences(target))
            ref.push_back(vocabulary.ids(tokenize(s)));
        for (const QStringView s : sentences(prediction))
            can.push_back(vocabulary.ids(tokenize(s)));
        return scoreSummaryLcs(ref, can, vocabulary.size());
    }
    const Ids t = vocabulary.ids(tokenize(target));
    const Ids p = vocabulary.ids(tokenize(prediction));
    if (type.kind == Kind::L)
        return scoreLcs(t, p);
    return scoreNgrams(t, p, std::max(1, type.n));
}

RougeScore Rouge::scoreMulti(const QStringList &targets, QStringView prediction, Type type) const
{
    RougeScore best;
    bool first = true;
    for (const QString &t : targets) {
        const RougeScore s = score(t, prediction, type);
        if (first || s.fmeasure > best.fmeasure) {
            best = s;
            first = false;
        }
    }
    return best;
}

RougeScore Rouge::mean(const QList<RougeScore> &scores)
{
    RougeScore m;
    if (scores.isEmpty())
        return m;
    for (const RougeScore &s : scores) {
        m.precision += s.precision;
        m.recall += s.recall;
        m.fmeasure += s.fmeasure;
    }
    const double n = double(scores.size());
    m.precision /= n;
    m.recall /= n;
    m.fmeasure /= n;
    return m;
}

} // namespace lathe
