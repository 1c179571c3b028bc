#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lathe {

// SQuAD exact match and token F1, as the official evaluation scripts compute them.
//
// normalize(): lowercase (full Unicode), drop ASCII punctuation, replace the words "a", "an"
// and "the" (regex \b(a|an|the)\b, Unicode word boundaries) by a space, collapse whitespace.
// F1 is over the normalized whitespace-separated tokens with multiset overlap.
//
// The v2.0 rules apply: gold answers that normalize to nothing are dropped and, if none is
// left, the only gold answer is "" (unanswerable); when either side has no token, F1 is 1 if
// both have none, else 0. Exact match and F1 take the maximum over the gold answers.
class Squad final
{
public:
    struct Score
    {
        double exactMatch = 0.0;  // 0..100 over questions (per question: 0 or 100)
        double f1 = 0.0;          // 0..100
        qsizetype count = 0;
    };

    static QString normalize(QStringView text);

    // Per question, in [0, 1].
    static double exactMatch(QStringView prediction, const QStringList &golds);
    static double f1(QStringView prediction, const QStringList &golds);

    // `goldStreams` holds one list per gold-answer set, each parallel to `predictions`; a
    // missing or empty entry is no answer. Percentages as the official script prints them.
    static Score corpus(const QStringList &predictions, const QList<QStringList> &goldStreams);
};

} // namespace lathe
