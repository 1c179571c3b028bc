#pragma once

#include "mockrules.h"

#include <QString>

#include <optional>

namespace lathe::mock {

// Replies to grading requests (an LLM judge's prompt), deterministically. A request is a
// grading request when its messages contain an <output>...</output> part and a
// <rubric>, <criterion> or <reference> part (the tags of Lathe's default judge prompts).
// With the "[[...]]" markers removed from both parts:
//  - rubric / criterion: the quoted terms in it ("..." or “...”) must appear in the output
//    (any case). score = terms found / terms (no terms: 1 when the output is not empty, else
//    0), pass = score >= 0.5. Reply: {"reason": "...", "score": s, "pass": p}.
//  - reference (factuality): normalised (lower case, spaces collapsed, final . ! ? dropped)
//    output equal to the reference -> C, containing it -> B, contained in it -> A, else D.
//    Reply: {"category": "X", "reason": "..."}.
// Markers anywhere in the request change the form: [[judge:score=X]] forces the score,
// [[judge:fenced]] puts the JSON in a ```json fence after a sentence, [[judge:prose]] answers
// in prose ending "Verdict: PASS|FAIL" (factuality: "The answer is (X)."), and
// [[judge:malformed]] sends a JSON object cut off before any verdict.
std::optional<QString> judgeReply(const MockChat &chat);

} // namespace lathe::mock
