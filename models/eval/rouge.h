#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <string>
#include <vector>

namespace lathe {

// One ROUGE result; all values in [0, 1].
struct RougeScore
{
    double precision = 0.0;
    double recall = 0.0;
    double fmeasure = 0.0;

    friend bool operator==(const RougeScore &, const RougeScore &) = default;
};

// ROUGE exactly as Google's rouge_score 0.1.2 computes it: score(target, prediction).
//
// Tokens: the text lowercased, every run of characters outside [a-z0-9] turned into a space,
// then split; with the stemmer, tokens longer than three characters go through the Porter
// stemmer (NLTK mode, see PorterStemmer).
//  - rougeN (N = 1..9): clipped n-gram overlap; P = overlap / prediction n-grams, R = overlap /
//    target n-grams (each divided by at least 1).
//  - rougeL: token LCS; 0 when either side has no token.
//  - rougeLsum: summary-level union LCS over "\n"-separated sentences, counting each token at
//    most as often as it occurs on both sides (as ROUGE-1.5.5 does).
// F = 2PR / (P + R), 0 when P + R = 0.
//
// Thread-safe (no shared state besides the options).
class Rouge final
{
public:
    enum class Kind : unsigned char { N, L, Lsum };

    struct Type
    {
        Kind kind = Kind::N;
        int n = 1;  // for Kind::N

        // "rouge1".."rouge9", "rougeL", "rougeLsum".
        static std::optional<Type> fromName(QStringView name);
        QString name() const;
    };

    explicit Rouge(bool useStemmer = false);

    bool useStemmer() const { return m_useStemmer; }

    std::vector<std::string> tokenize(QStringView text) const;

    RougeScore score(QStringView target, QStringView prediction, Type type) const;

    // rouge_score's score_multi: the score against the target with the best F (the first on ties).
    RougeScore scoreMulti(const QStringList &targets, QStringView prediction, Type type) const;

    // rouge_score's plain aggregate: the mean of each of P, R and F over the segments.
    static RougeScore mean(const QList<RougeScore> &scores);

private:
    bool m_useStemmer = false;
};

} // namespace lathe
