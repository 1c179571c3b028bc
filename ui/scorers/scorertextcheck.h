#pragma once

#include "eval/scorers/scorerset.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

// One problem of a scorer list as written.
struct ScorerProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;       // 1-based line of the text; 0 when unknown
    int column = 0;     // 1-based; 0 when unknown
    int scorer = -1;    // 0-based index in the list; -1 when not one scorer's
    QString field;      // "type", "value", "threshold", "weight", "metric", "config"; empty: the whole scorer
    QString message;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ScorerProblem &, const ScorerProblem &) = default;
};

// Checks a scorer list written as YAML or JSON (promptfoo's assert syntax, as ScorerSet::parse
// reads it) and says where each problem is: every scorer is checked, not only the first bad
// one, and each problem names its line, the scorer's index and the field when it is one
// field's fault. Errors (syntax, structure, a scorer ScorerSpec or ScorerRegistry::check
// refuses, an unknown type) make the list invalid; types Lathe knows but cannot run (LLM
// judge, promptfoo-only) are warnings, since scoring skips them.
//
// Text that is empty or holds only YAML comments is a valid empty list. Positions come from a
// second parse with yaml-cpp, which reads JSON too; JSON syntax errors from QJsonDocument.
class ScorerTextCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ScorerTextCheck)
public:
    enum class Syntax { Yaml, Json };

    struct Result
    {
        std::optional<QJsonValue> json;   // the text's value when it parses (null: empty)
        std::optional<ScorerSet> set;     // when there is no error
        QList<ScorerProblem> problems;    // in line order

        bool isValid() const { return set.has_value(); }
        int errorCount() const;
    };

    // `allowListThreshold`: a {assert: [...], threshold: t} mapping is accepted (a run's list);
    // datasets and rows store a plain list.
    static Result check(const QString &text, Syntax syntax, bool allowListThreshold);

    // The text's value as YamlJson reads it (YAML or JSON; empty or comment-only text: null).
    static std::optional<QJsonValue> parseValue(const QString &text, QString *error);

    ScorerTextCheck() = delete;
};

} // namespace lathe
