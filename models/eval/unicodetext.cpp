#include "unicodetext.h"

#include <QChar>

namespace lathe {
namespace {

// Unicode Case_Ignorable: Mn, Me, Cf, Lm, Sk and the word-break MidLetter, MidNumLet and
// Single_Quote characters.
bool isCaseIgnorable(char32_t c)
{
    switch (c) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4:
    case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55:
    case 0xFF07: case 0xFF0E: case 0xFF1A:
        return true;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        return false;
    }
}

bool isCased(char32_t c)
{
    return QChar::isLower(c) || QChar::isUpper(c) || QChar::isTitleCase(c);
}

// U+03A3 at `i` lowers to final sigma when a cased letter precedes it and none follows it,
// case-ignorable characters skipped on both sides.
bool isFinalSigma(std::u32string_view text, std::size_t i)
{
    std::size_t j = i;
    while (j > 0 && isCaseIgnorable(text[j - 1]))
        --j;
    if (j == 0 || !isCased(text[j - 1]))
        return false;
    std::size_t k = i + 1;
    while (k < text.size() && isCaseIgnorable(text[k]))
        ++k;
    return k == text.size() || !isCased(text[k]);
}

} // namespace

std::u32string UnicodeText::codePoints(QStringView text)
{
    std::u32string out;
    appendCodePoints(text, out);
    return out;
}

void UnicodeText::appendCodePoints(QStringView text, std::u32string &out)
{
    out.reserve(out.size() + std::size_t(text.size()));
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            out.push_back(QChar::surrogateToUcs4(u, *p));
            ++p;
        } else if (QChar::isSurrogate(u)) {
            out.push_back(QChar::ReplacementCharacter);
        } else {
            out.push_back(u);
        }
    }
}

QString UnicodeText::toQString(std::u32string_view text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}

bool UnicodeText::isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    return QChar::isLetterOrNumber(c);
}

void UnicodeText::split(std::u32string_view text, std::vector<std::u32string_view> &out)
{
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        while (i < n && isWhitespace(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < n && !isWhitespace(text[i]))
            ++i;
        if (i > start)
            out.push_back(text.substr(start, i - start));
    }
}

std::u32string_view UnicodeText::rstrip(std::u32string_view text)
{
    std::size_t n = text.size();
    while (n > 0 && isWhitespace(text[n - 1]))
        --n;
    return text.substr(0, n);
}

std::u32string UnicodeText::lower(std::u32string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c < 0x80) {
            out.push_back(c >= u'A' && c <= u'Z' ? c + 32 : c);
        } else if (c == 0x130) {
            out.push_back(u'i');
            out.push_back(0x307);
        } else if (c == 0x3A3) {
            out.push_back(isFinalSigma(text, i) ? 0x3C2 : 0x3C3);
        } else {
            out.push_back(QChar::toLower(c));
        }
    }
    return out;
}

} // namespace lathe
