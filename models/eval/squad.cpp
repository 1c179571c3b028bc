#include "squad.h"

#include "eval/unicodetext.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace lathe {
namespace {

std::u32string removeArticles(std::u32string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    const std::size_t n = s.size();
    const auto boundaryAfter = [&](std::size_t end) {
        return end == n || !UnicodeText::isWordCharacter(s[end]);
    };
    std::size_t i = 0;
    while (i < n) {
        if (i == 0 || !UnicodeText::isWordCharacter(s[i - 1])) {
            std::size_t length = 0;
            if (s[i] == u'a') {
                if (boundaryAfter(i + 1))
                    length = 1;
                else if (i + 1 < n && s[i + 1] == u'n' && boundaryAfter(i + 2))
                    length = 2;
            } else if (s[i] == u't' && s.substr(i, 3) == U"the" && boundaryAfter(i + 3)) {
                length = 3;
            }
            if (length > 0) {
                out.push_back(u' ');
                i += length;
                continue;
            }
        }
        out.push_back(s[i++]);
    }
    return out;
}

std::vector<std::u32string> normalizedTokens(QStringView text)
{
    std::u32string lower = UnicodeText::lower(UnicodeText::codePoints(text));
    std::erase_if(lower, [](char32_t c) { return UnicodeText::isAsciiPunctuation(c); });
    const std::u32string noArticles = removeArticles(lower);
    std::vector<std::u32string_view> views;
    UnicodeText::split(noArticles, views);
    return std::vector<std::u32string>(views.begin(), views.end());
}

// The gold answers that count: those with a normalized form, or "" when there is none.
std::vector<std::vector<std::u32string>> goldTokens(const QStringList &golds)
{
    std::vector<std::vector<std::u32string>> out;
    for (const QString &g : golds) {
        std::vector<std::u32string> t = normalizedTokens(g);
        if (!t.empty())
            out.push_back(std::move(t));
    }
    if (out.empty())
        out.emplace_back();
    return out;
}

double tokenF1(const std::vector<std::u32string> &gold, const std::vector<std::u32string> &pred)
{
    if (gold.empty() || pred.empty())
        return gold.empty() && pred.empty() ? 1.0 : 0.0;
    std::map<std::u32string_view, qint64> counts;
    for (const std::u32string &t : gold)
        ++counts[t];
    qint64 same = 0;
    for (const std::u32string &t : pred) {
        auto it = counts.find(t);
        if (it != counts.end() && it->second > 0) {
            --it->second;
            ++same;
        }
    }
    if (same == 0)
        return 0.0;
    const double precision = 1.0 * double(same) / double(pred.size());
    const double recall = 1.0 * double(same) / double(gold.size());
    return (2 * precision * recall) / (precision + recall);
}

} // namespace

QString Squad::normalize(QStringView text)
{
    QString out;
    for (const std::u32string &t : normalizedTokens(text)) {
        if (!out.isEmpty())
            out += u' ';
        out += UnicodeText::toQString(t);
    }
    return out;
}

double Squad::exactMatch(QStringView prediction, const QStringList &golds)
{
    const std::vector<std::u32string> pred = normalizedTokens(prediction);
    for (const std::vector<std::u32string> &g : goldTokens(golds)) {
        if (g == pred)
            return 1.0;
    }
    return 0.0;
}

double Squad::f1(QStringView prediction, const QStringList &golds)
{
    const std::vector<std::u32string> pred = normalizedTokens(prediction);
    double best = 0.0;
    for (const std::vector<std::u32string> &g : goldTokens(golds))
        best = std::max(best, tokenF1(g, pred));
    return best;
}

Squad::Score Squad::corpus(const QStringList &predictions, const QList<QStringList> &goldStreams)
{
    Score s;
    s.count = predictions.size();
    if (s.count == 0)
        return s;
    double em = 0.0;
    double f = 0.0;
    for (qsizetype i = 0; i < predictions.size(); ++i) {
        QStringList golds;
        for (const QStringList &stream : goldStreams) {
            if (i < stream.size())
                golds.append(stream[i]);
        }
        em += exactMatch(predictions[i], golds);
        f += f1(predictions[i], golds);
    }
    s.exactMatch = 100.0 * em / double(s.count);
    s.f1 = 100.0 * f / double(s.count);
    return s;
}

} // namespace lathe
