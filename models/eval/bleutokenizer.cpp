#include "bleutokenizer.h"

#include "eval/unicodetext.h"

namespace lathe {
namespace {

bool isDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isPeriodOrComma(char32_t c)
{
    return c == u'.' || c == u',';
}

// 13a's first substitution class [\{-\~\[-\` -\&\(-\+\:-\@\/]: ASCII punctuation and space,
// except the apostrophe, comma, dash and period.
bool isSplitPunctuation(char32_t c)
{
    return (c >= 0x7B && c <= 0x7E) || (c >= 0x5B && c <= 0x60) || (c >= 0x20 && c <= 0x26)
        || (c >= 0x28 && c <= 0x2B) || (c >= 0x3A && c <= 0x40) || c == 0x2F;
}

// Python's str.replace: non-overlapping occurrences, left to right.
void replaceAll(std::u32string &s, std::u32string_view from, std::u32string_view to, std::u32string &scratch)
{
    std::size_t pos = s.find(from);
    if (pos == std::u32string::npos)
        return;
    scratch.clear();
    std::size_t start = 0;
    while (pos != std::u32string::npos) {
        scratch.append(s, start, pos - start);
        scratch.append(to);
        start = pos + from.size();
        pos = s.find(from, start);
    }
    scratch.append(s, start, std::u32string::npos);
    s.swap(scratch);
}

// The four regular-expression passes of 13a, each scanning the output of the previous one as
// re.sub does (non-overlapping matches, left to right).
void splitPunctuation(std::u32string &s, std::u32string &out)
{
    out.clear();
    for (const char32_t c : s) {
        if (isSplitPunctuation(c)) {
            out.push_back(u' ');
            out.push_back(c);
            out.push_back(u' ');
        } else {
            out.push_back(c);
        }
    }
    s.swap(out);

    // ([^0-9])([\.,]) -> "\1 \2 "
    out.clear();
    for (std::size_t i = 0, n = s.size(); i < n;) {
        if (i + 1 < n && !isDigit(s[i]) && isPeriodOrComma(s[i + 1])) {
            out.push_back(s[i]);
            out.push_back(u' ');
            out.push_back(s[i + 1]);
            out.push_back(u' ');
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    s.swap(out);

    // ([\.,])([^0-9]) -> " \1 \2"
    out.clear();
    for (std::size_t i = 0, n = s.size(); i < n;) {
        if (i + 1 < n && isPeriodOrComma(s[i]) && !isDigit(s[i + 1])) {
            out.push_back(u' ');
            out.push_back(s[i]);
            out.push_back(u' ');
            out.push_back(s[i + 1]);
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    s.swap(out);

    // ([0-9])(-) -> "\1 \2 "
    out.clear();
    for (std::size_t i = 0, n = s.size(); i < n;) {
        if (i + 1 < n && isDigit(s[i]) && s[i + 1] == u'-') {
            out.push_back(s[i]);
            out.push_back(u' ');
            out.push_back(u'-');
            out.push_back(u' ');
            i += 2;
        } else {
            out.push_back(s[i++]);
        }
    }
    s.swap(out);
}

} // namespace

void BleuTokenizer::tokenize(std::u32string_view text, Kind kind, std::u32string &buffer,
                             std::u32string &scratch, std::vector<std::u32string_view> &tokens)
{
    switch (kind) {
    case Kind::None:
        UnicodeText::split(text, tokens);
        return;
    case Kind::Char:
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!UnicodeText::isWhitespace(text[i]))
                tokens.push_back(text.substr(i, 1));
        }
        return;
    case Kind::Tok13a:
        break;
    }
    buffer.clear();
    buffer.push_back(u' ');
    buffer.append(text);
    buffer.push_back(u' ');
    replaceAll(buffer, U"<skipped>", U"", scratch);
    replaceAll(buffer, U"-\n", U"", scratch);
    replaceAll(buffer, U"\n", U" ", scratch);
    if (buffer.find(u'&') != std::u32string::npos) {
        replaceAll(buffer, U"&quot;", U"\"", scratch);
        replaceAll(buffer, U"&amp;", U"&", scratch);
        replaceAll(buffer, U"&lt;", U"<", scratch);
        replaceAll(buffer, U"&gt;", U">", scratch);
    }
    splitPunctuation(buffer, scratch);
    UnicodeText::split(buffer, tokens);
}

std::u32string BleuTokenizer::tokenized(std::u32string_view text, Kind kind)
{
    std::u32string buffer;
    std::u32string scratch;
    std::vector<std::u32string_view> tokens;
    tokenize(text, kind, buffer, scratch, tokens);
    std::u32string out;
    for (const std::u32string_view t : tokens) {
        if (!out.empty())
            out.push_back(u' ');
        out.append(t);
    }
    return out;
}

} // namespace lathe
