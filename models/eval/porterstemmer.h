#pragma once

#include <string>
#include <string_view>

namespace lathe {

// The Porter stemmer in NLTK's default mode (NLTK_EXTENSIONS), which rouge_score's stemming
// uses: Porter's 1980 algorithm with Martin Porter's later changes and NLTK's additions
// (irregular forms such as "dying" -> "die", "ies"/"ied" on four-letter words, "y" -> "i" only
// after a consonant that is not the first letter, "alli" and "logi" in step 2, words of one or
// two letters left alone).
//
// Input is a lowercase ASCII word (rouge_score's tokens are [a-z0-9]+); other bytes are treated
// as consonants.
class PorterStemmer final
{
public:
    static std::string stem(std::string_view word);
};

} // namespace lathe
