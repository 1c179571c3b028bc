#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Scorer;
struct JudgeContext;
struct ScorerSpec;

// The scorer types Lathe knows and the factory that builds them from specs.
class ScorerRegistry final
{
public:
    enum class Support {
        Available,    // implemented here
        NeedsJudge,   // promptfoo's other model-graded types (embeddings, moderation, ...):
                      // not run by Lathe's judge yet
        Unsupported,  // promptfoo types Lathe does not run (python, webhook, ...)
        Unknown,      // not a scorer type at all (a typo?)
    };

    static Support support(const QString &type);
    // Whether scorers of `type` score asynchronously (LLM judges).
    static bool isAsyncType(const QString &type);
    // The available types, in the families' order.
    static QStringList types();

    // A scorer for `spec` (its value final), or null with *error saying why: an unavailable
    // type, or a value that does not fit it (bad regex, schema, script syntax). Judge scorers
    // (llm-rubric, model-graded-closedqa, factuality) send their calls through `judge`; without
    // one they are built but every verdict is an error saying no judge is set up.
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error, const JudgeContext *judge = nullptr);
    // Why `spec` cannot be used, or an empty string when it can. A value holding a template
    // ("{{ var }}") is only checked once rendered, so it passes here (a judge's other options
    // are still checked).
    static QString check(const ScorerSpec &spec);
    // "answer-relevance is a model-graded promptfoo scorer that Lathe does not run yet" and the like.
    static QString unavailableReason(const ScorerSpec &spec);
};

} // namespace lathe
