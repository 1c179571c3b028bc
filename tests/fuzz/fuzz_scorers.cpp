// Fuzz target for scorer lists (promptfoo assert syntax, YAML or JSON, yaml-cpp underneath):
// no crash, no runaway alias expansion; an error is a message; a list that parses survives a
// round trip through YAML and through its stored JSON form unchanged; every scorer except
// scripts (QJSEngine's own parser, and time-limited runs) is checked and scores a sample output.
#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/scorerset.h"
#include "eval/scorers/scorersuite.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "scorers invariant failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ScorerSet> set = ScorerSet::parse(text, &error);
    if (!set) {
        if (error.isEmpty())
            fail("an error without a message", QString::fromUtf8(text));
        return 0;
    }
    const QString yaml = set->toYaml();
    const std::optional<ScorerSet> back = ScorerSet::parse(yaml.toUtf8(), &error);
    if (!back || !(*back == *set))
        fail("YAML round trip", yaml + QStringLiteral("\n--- error: ") + error);
    const std::optional<ScorerSet> stored = ScorerSet::fromJson(set->toJson(), &error);
    if (!stored || !(*stored == *set))
        fail("JSON round trip", yaml);

    ScorerSet scorable;
    scorable.threshold = set->threshold;
    for (const ScorerSpec &spec : set->specs) {
        if (spec.type == QLatin1StringView("javascript"))
            continue;
        ScorerRegistry::check(spec);
        scorable.specs.append(spec);
    }
    const ScorerSuite suite(scorable);
    ScoringInput in;
    in.output = QString::fromUtf8(text.left(256));
    in.expected = {QStringLiteral("expected answer"), QStringLiteral("{\"a\": 1}")};
    in.vars = {{QStringLiteral("name"), QStringLiteral("value")}};
    in.latencyMs = 120;
    const CaseScores scores = suite.score(in);
    if (scores.scores.size() > set->specs.size())
        fail("more rows than scorers", yaml);
    return 0;
}
