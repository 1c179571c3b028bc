#include "worddiff.h"

#include "diff/sequencediff.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>
#include <vector>

namespace lathe {
namespace {

enum class CharClass : quint8 { Word, Space, Other };

char32_t codePointAt(QStringView s, qsizetype i, qsizetype *length)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

CharClass classify(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return CharClass::Word;
    if (QChar::isSpace(c))
        return CharClass::Space;
    return CharClass::Other;
}

bool isBlank(QStringView token)
{
    return !token.isEmpty() && QChar::isSpace(token.front().unicode());
}

qsizetype offsetIn(QStringView line, QStringView token)
{
    return token.data() - line.data();
}

// Marks whitespace tokens lying between two marked tokens, so "the quick" -> "a slow" is one
// highlight rather than two.
void closeBlankGaps(const QList<QStringView> &tokens, std::vector<std::uint8_t> &marks)
{
    const qsizetype n = tokens.size();
    for (qsizetype i = 1; i + 1 < n; ++i) {
        if (marks[std::size_t(i)] || !marks[std::size_t(i - 1)] || !isBlank(tokens.at(i)))
            continue;
        qsizetype end = i;
        while (end < n && !marks[std::size_t(end)] && isBlank(tokens.at(end)))
            ++end;
        if (end < n && marks[std::size_t(end)]) {
            for (qsizetype k = i; k < end; ++k)
                marks[std::size_t(k)] = 1;
        }
        i = end;
    }
}

QList<WordRange> rangesOf(QStringView line, const QList<QStringView> &tokens,
                          const std::vector<std::uint8_t> &marks)
{
    QList<WordRange> ranges;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!marks[std::size_t(i)])
            continue;
        const int start = int(offsetIn(line, tokens.at(i)));
        const int length = int(tokens.at(i).size());
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == start)
            ranges.last().length += length;
        else
            ranges.append({start, length});
    }
    return ranges;
}

// For very long lines: one range between the common prefix and suffix.
WordDiff::Result coarse(QStringView left, QStringView right)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(left.size(), right.size());
    while (prefix < shorter && left.at(prefix) == right.at(prefix))
        ++prefix;
    if (prefix > 0 && left.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && left.at(left.size() - suffix).isLowSurrogate())
        --suffix;
    WordDiff::Result r;
    if (left.size() - prefix - suffix > 0)
        r.left.append({int(prefix), int(left.size() - prefix - suffix)});
    if (right.size() - prefix - suffix > 0)
        r.right.append({int(prefix), int(right.size() - prefix - suffix)});
    const qsizetype total = left.size() + right.size();
    r.similarity = total == 0 ? 1.0 : double(2 * (prefix + suffix)) / double(total);
    return r;
}

} // namespace

QList<QStringView> WordDiff::tokenize(QStringView line)
{
    QList<QStringView> tokens;
    std::optional<QTextBoundaryFinder> graphemes;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype length = 0;
        const char32_t c = codePointAt(line, i, &length);
        const CharClass cls = classify(c);
        qsizetype end = i + length;
        if (cls != CharClass::Other) {
            while (end < n) {
                const char32_t next = codePointAt(line, end, &length);
                const CharClass nextClass = classify(next);
                if (nextClass != cls && !(cls == CharClass::Word && QChar::isMark(next)))
                    break;
                end += length;
            }
        } else if (c >= 0x80 || (end < n && line.at(end).unicode() >= 0x80)) {
            if (!graphemes)
                graphemes.emplace(QTextBoundaryFinder::Grapheme, line.data(), n);
            graphemes->setPosition(i);
            const qsizetype boundary = graphemes->toNextBoundary();
            end = std::max(end, boundary);   // -1 (no boundary) keeps the code point alone
        }
        tokens.append(line.sliced(i, end - i));
        i = end;
    }
    return tokens;
}

WordDiff::Result WordDiff::compare(QStringView left, QStringView right)
{
    const QList<QStringView> leftTokens = tokenize(left);
    const QList<QStringView> rightTokens = tokenize(right);
    if (leftTokens.size() > maxTokens() || rightTokens.size() > maxTokens())
        return coarse(left, right);

    QHash<QStringView, int> ids;
    ids.reserve(leftTokens.size() + rightTokens.size());
    const auto intern = [&ids](const QList<QStringView> &tokens) {
        std::vector<int> symbols;
        symbols.reserve(std::size_t(tokens.size()));
        for (QStringView t : tokens) {
            auto it = ids.constFind(t);
            if (it == ids.cend())
                it = ids.insert(t, int(ids.size()));
            symbols.push_back(it.value());
        }
        return symbols;
    };
    const std::vector<int> a = intern(leftTokens);
    const std::vector<int> b = intern(rightTokens);
    std::vector<std::uint8_t> marksA, marksB;
    SequenceDiff::markChanges(a, b, int(ids.size()), marksA, marksB);

    qsizetype common = 0;
    qsizetype total = 0;
    for (qsizetype i = 0; i < leftTokens.size(); ++i) {
        if (isBlank(leftTokens.at(i)))
            continue;
        total += leftTokens.at(i).size();
        if (!marksA[std::size_t(i)])
            common += leftTokens.at(i).size();
    }
    for (QStringView t : rightTokens) {
        if (!isBlank(t))
            total += t.size();
    }

    closeBlankGaps(leftTokens, marksA);
    closeBlankGaps(rightTokens, marksB);
    Result r;
    r.left = rangesOf(left, leftTokens, marksA);
    r.right = rangesOf(right, rightTokens, marksB);
    r.similarity = total == 0 ? 1.0 : double(2 * common) / double(total);
    return r;
}

} // namespace lathe
