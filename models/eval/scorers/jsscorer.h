#pragma once

#include <QString>

#include <memory>

namespace lathe {

class Scorer;
struct ScorerSpec;

// javascript: a custom scorer script (promptfoo's inline javascript assertion), run in
// JsSandbox. The value is the script: a function body called with
//   output   the model's answer (a string)
//   context  {vars, expected, references, latencyMs, ttftMs, promptTokens, completionTokens,
//             cost, config}
//   expected the first reference (the row's expected value), or null
//   vars     the row's values by column name
// It returns a boolean (pass, score 1 or 0), a finite number (the score; it passes above 0,
// or at or above the threshold when one is set), or an object {pass, score, reason}. "not-"
// inverts the verdict. config timeout_ms (default 1000, at most 60000) limits each call.
// A syntax error fails creation; a runtime error, a timeout or an unusable return value is an
// error result for that case (never a crash).
class JsScorer final
{
public:
    static constexpr int kDefaultTimeoutMs = 1000;
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);
};

} // namespace lathe
