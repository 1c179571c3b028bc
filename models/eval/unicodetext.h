#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace lathe {

// Unicode helpers shared by the text metrics. They work on code points (char32_t), the unit in
// which the reference tools (Python str) count lengths, n-grams and edits, and reproduce the
// Python str operations those tools rely on.
class UnicodeText final
{
public:
    // UTF-16 to code points; an unpaired surrogate becomes U+FFFD.
    static std::u32string codePoints(QStringView text);
    static void appendCodePoints(QStringView text, std::u32string &out);
    static QString toQString(std::u32string_view text);

    // Python's str.isspace(): Unicode White_Space plus the ASCII separators U+001C..U+001F.
    static bool isWhitespace(char32_t c)
    {
        if (c <= 0x20)
            return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        if (c < 0x85)
            return false;
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
            || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    // One of Python's string.punctuation: the 32 ASCII punctuation characters.
    static bool isAsciiPunctuation(char32_t c)
    {
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E);
    }

    // Python's re word character (\w in a str pattern): alphanumeric or underscore.
    static bool isWordCharacter(char32_t c);

    // Python's str.split() without arguments: the runs of non-whitespace, as views into `text`,
    // appended to `out`.
    static void split(std::u32string_view text, std::vector<std::u32string_view> &out);

    // Python's str.rstrip() without arguments.
    static std::u32string_view rstrip(std::u32string_view text);

    // Python's str.lower(): full lowercase mapping (U+0130 becomes "i" + U+0307) with the
    // Final_Sigma rule for U+03A3.
    static std::u32string lower(std::u32string_view text);
};

} // namespace lathe
