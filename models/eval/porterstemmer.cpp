#include "porterstemmer.h"

#include <array>
#include <utility>

namespace lathe {
namespace {

bool isVowelLetter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Porter's consonant: not a vowel letter, and "y" only when it follows a vowel (or starts the
// word).
bool isConsonant(std::string_view w, std::size_t i)
{
    bool consonant = true;
    for (std::size_t k = 0; k <= i; ++k) {
        const char c = w[k];
        if (isVowelLetter(c))
            consonant = false;
        else if (c == 'y')
            consonant = k == 0 ? true : !consonant;
        else
            consonant = true;
    }
    return consonant;
}

// m in [C](VC){m}[V]: the number of vowel-to-consonant transitions.
int measure(std::string_view stem)
{
    int m = 0;
    bool prevVowel = false;
    bool prevConsonant = true;  // state of the previous letter for the "y" rule
    for (std::size_t k = 0; k < stem.size(); ++k) {
        const char c = stem[k];
        bool consonant;
        if (isVowelLetter(c))
            consonant = false;
        else if (c == 'y')
            consonant = k == 0 ? true : !prevConsonant;
        else
            consonant = true;
        if (consonant && prevVowel)
            ++m;
        prevVowel = !consonant;
        prevConsonant = consonant;
    }
    return m;
}

bool containsVowel(std::string_view stem)
{
    for (std::size_t k = 0; k < stem.size(); ++k) {
        if (!isConsonant(stem, k))
            return true;
    }
    return false;
}

bool endsDoubleConsonant(std::string_view w)
{
    return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && isConsonant(w, w.size() - 1);
}

// *o: ends consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a two-letter
// vowel-consonant word.
bool endsCvc(std::string_view w)
{
    const std::size_t n = w.size();
    if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
        && w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y')
        return true;
    return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
}

bool endsWith(std::string_view w, std::string_view suffix)
{
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

std::string_view chop(std::string_view w, std::size_t n)
{
    return w.substr(0, w.size() - n);
}

struct Rule
{
    std::string_view suffix;
    std::string_view replacement;
};

// The first rule whose suffix ends the word decides: it applies when `condition(stem)` holds,
// and otherwise the word stays as it is (later rules are not tried).
template <std::size_t N, typename Condition>
std::string applyFirst(std::string_view w, const std::array<Rule, N> &rules, Condition condition)
{
    for (const Rule &r : rules) {
        if (!endsWith(w, r.suffix))
            continue;
        const std::string_view stem = chop(w, r.suffix.size());
        if (!condition(stem, r.suffix))
            return std::string(w);
        return std::string(stem) + std::string(r.replacement);
    }
    return std::string(w);
}

std::string step1a(std::string_view w)
{
    if (endsWith(w, "ies") && w.size() == 4)
        return std::string(chop(w, 3)) + "ie";
    static constexpr std::array<Rule, 4> rules{{{"sses", "ss"}, {"ies", "i"}, {"ss", "ss"}, {"s", ""}}};
    return applyFirst(w, rules, [](std::string_view, std::string_view) { return true; });
}

std::string step1b(std::string_view w)
{
    if (endsWith(w, "ied"))
        return std::string(chop(w, 3)) + (w.size() == 4 ? "ie" : "i");
    if (endsWith(w, "eed")) {
        const std::string_view stem = chop(w, 3);
        return measure(stem) > 0 ? std::string(stem) + "ee" : std::string(w);
    }
    std::string_view stem;
    bool removed = false;
    for (const std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
        if (endsWith(w, suffix) && containsVowel(chop(w, suffix.size()))) {
            stem = chop(w, suffix.size());
            removed = true;
            break;
        }
    }
    if (!removed)
        return std::string(w);
    if (endsWith(stem, "at") || endsWith(stem, "bl") || endsWith(stem, "iz"))
        return std::string(stem) + "e";
    if (endsDoubleConsonant(stem)) {
        const char last = stem.back();
        if (last == 'l' || last == 's' || last == 'z')
            return std::string(stem);
        return std::string(chop(stem, 1));
    }
    if (measure(stem) == 1 && endsCvc(stem))
        return std::string(stem) + "e";
    return std::string(stem);
}

std::string step1c(std::string_view w)
{
    if (!endsWith(w, "y"))
        return std::string(w);
    const std::string_view stem = chop(w, 1);
    if (stem.size() > 1 && isConsonant(stem, stem.size() - 1))
        return std::string(stem) + "i";
    return std::string(w);
}

std::string step2(std::string_view w)
{
    if (endsWith(w, "alli") && measure(chop(w, 4)) > 0)
        return step2(std::string(chop(w, 4)) + "al");
    static constexpr std::array<Rule, 22> rules{{
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"fulli", "ful"}, {"logi", "log"},
    }};
    return applyFirst(w, rules, [w](std::string_view stem, std::string_view suffix) {
        // "logi" keeps its "l" with the stem for the measure, so "geologi" -> "geolog".
        if (suffix == "logi")
            return measure(chop(w, 3)) > 0;
        return measure(stem) > 0;
    });
}

std::string step3(std::string_view w)
{
    static constexpr std::array<Rule, 7> rules{{
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    }};
    return applyFirst(w, rules, [](std::string_view stem, std::string_view) { return measure(stem) > 0; });
}

std::string step4(std::string_view w)
{
    static constexpr std::array<Rule, 19> rules{{
        {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
        {"ant", ""}, {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ion", ""}, {"ou", ""}, {"ism", ""},
        {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
    }};
    return applyFirst(w, rules, [](std::string_view stem, std::string_view suffix) {
        if (measure(stem) <= 1)
            return false;
        return suffix != "ion" || stem.back() == 's' || stem.back() == 't';
    });
}

std::string step5a(std::string_view w)
{
    if (!endsWith(w, "e"))
        return std::string(w);
    const std::string_view stem = chop(w, 1);
    const int m = measure(stem);
    if (m > 1 || (m == 1 && !endsCvc(stem)))
        return std::string(stem);
    return std::string(w);
}

std::string step5b(std::string_view w)
{
    if (endsWith(w, "ll") && measure(chop(w, 1)) > 1)
        return std::string(chop(w, 1));
    return std::string(w);
}

} // namespace

std::string PorterStemmer::stem(std::string_view word)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> irregular{{
        {"sky", "sky"}, {"skies", "sky"}, {"dying", "die"}, {"lying", "lie"}, {"tying", "tie"},
        {"news", "news"}, {"innings", "inning"}, {"inning", "inning"}, {"outings", "outing"},
        {"outing", "outing"}, {"cannings", "canning"}, {"canning", "canning"}, {"howe", "howe"},
        {"proceed", "proceed"}, {"exceed", "exceed"}, {"succeed", "succeed"},
    }};
    for (const auto &[form, stem] : irregular) {
        if (word == form)
            return std::string(stem);
    }
    if (word.size() <= 2)
        return std::string(word);
    std::string w = step1a(word);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = step3(w);
    w = step4(w);
    w = step5a(w);
    w = step5b(w);
    return w;
}

} // namespace lathe
