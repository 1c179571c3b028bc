#pragma once

#include <QJsonObject>
#include <QString>

namespace lathe {

// promptfoo's shorthand for an assertion in a CSV "__expected" cell, turned into its assert
// object: "contains: refund" -> {"type":"contains","value":"refund"}; "similar(0.9): hi" ->
// {"type":"similar","value":"hi","threshold":0.9}; "grade: polite" -> llm-rubric;
// "fn:"/"eval:"/"javascript:" -> javascript; "python:" -> python; a "not-" prefix negates;
// anything else is {"type":"equals","value":cell}. Mirrors promptfoo's assertionFromString.
namespace PromptfooAssertion {

QJsonObject fromString(const QString &expected);

} // namespace PromptfooAssertion
} // namespace lathe
