#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Scorer;
struct ScorerSpec;

// Text checks with promptfoo's semantics, each a yes/no verdict (value 1 or 0) inverted by
// "not-":
//  - equals: output == value (an object or array value: the output parsed as JSON equals it);
//  - contains, icontains (case-insensitive), starts-with, ends-with;
//  - contains-any, contains-all, icontains-any, icontains-all: value a list or a
//    comma-separated string;
//  - regex: the output matches the pattern somewhere (PCRE, close to JavaScript's RegExp);
//  - length: {min, max} (or [min, max], or a number as the maximum) in characters (code points);
//  - word-count: a number (exact) or {min, max}, counting whitespace-separated words.
// Without a value, equals/contains/starts-with/ends-with compare with the row's expected values (any
// of them may match; contains-any/-all take them as the list).
class TextScorers final
{
public:
    static QStringList types();
    // Null with *error set when the value does not fit the type.
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
};

} // namespace lathe
