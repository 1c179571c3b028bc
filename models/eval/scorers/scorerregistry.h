#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Scorer;
struct ScorerSpec;

// The scorer types Lathe knows and the factory that builds them from specs.
class ScorerRegistry final
{
public:
    enum class Support {
        Available,    // implemented here
        NeedsJudge,   // promptfoo's model-graded types: need the LLM-as-judge scorer (later)
        Unsupported,  // promptfoo types Lathe does not run (python, webhook, ...)
        Unknown,      // not a scorer type at all (a typo?)
    };

    static Support support(const QString &type);
    // The available types, in the families' order.
    static QStringList types();

    // A scorer for `spec` (its value final), or null with *error saying why: an unavailable
    // type, or a value that does not fit it (bad regex, schema, script syntax).
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
    // Why `spec` cannot be used, or an empty string when it can. A value holding a template
    // ("{{ var }}") is only checked once rendered, so it passes here.
    static QString check(const ScorerSpec &spec);
    // "llm-rubric needs an LLM judge, which is not available yet" and the like.
    static QString unavailableReason(const ScorerSpec &spec);
};

} // namespace lathe
