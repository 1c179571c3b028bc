#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lathe {

// The sacreBLEU tokenizers used by BLEU, on code points.
//  - Tok13a: mteval-v13a (sacreBLEU's default): drop "<skipped>", join "-\n", "\n" to space,
//    unescape &quot; &amp; &lt; &gt;, then split off punctuation (periods and commas only when
//    not next to a digit, dashes after a digit) and split on whitespace.
//  - None: split on whitespace only.
//  - Char: every non-whitespace code point is a token.
// "Whitespace" is Python's str.isspace() set (see UnicodeText::isWhitespace).
class BleuTokenizer final
{
public:
    enum class Kind : unsigned char { Tok13a, None, Char };

    // Tokenizes `text` (already right-stripped and lowercased as needed). Tokens are appended
    // to `tokens` as views into `buffer` (or into `text` for Kind::None): both must outlive the
    // tokens. `buffer` and `scratch` are working storage that callers may reuse between calls.
    static void tokenize(std::u32string_view text, Kind kind, std::u32string &buffer,
                         std::u32string &scratch, std::vector<std::u32string_view> &tokens);

    // Convenience for tests and tools: the tokens joined by single spaces.
    static std::u32string tokenized(std::u32string_view text, Kind kind);
};

} // namespace lathe
