// Fuzz target for reading LLM judges' replies (JudgeVerdict::parse) in the three formats: no
// crash; a verdict that is ok carries what its format promises (pass or score; a category A-E
// for factuality) and no error; one that is not ok has an error whose quote stays short.
#include "eval/judge/judgeverdict.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "judge verdict invariant failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString reply = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const JudgeVerdict::Format format :
         {JudgeVerdict::Format::Rubric, JudgeVerdict::Format::ClosedQa, JudgeVerdict::Format::Factuality}) {
        const JudgeVerdict v = JudgeVerdict::parse(reply, format);
        if (v.ok) {
            if (!v.error.isEmpty())
                fail("an ok verdict with an error", reply);
            if (v.method.isEmpty())
                fail("an ok verdict without a method", reply);
            if (format == JudgeVerdict::Format::Factuality) {
                if (v.category.size() != 1 || v.category.at(0) < u'A' || v.category.at(0) > u'E')
                    fail("a factuality verdict without a category A-E", reply);
            } else if (!v.pass && !v.score) {
                fail("a verdict with neither pass nor score", reply);
            }
            if (v.score && !std::isfinite(*v.score))
                fail("a score that is not finite", reply);
        } else {
            if (v.error.isEmpty())
                fail("a failed verdict without an error", reply);
            if (v.error.size() > 600)
                fail("an error quoting too much", v.error);
        }
    }
    const QString s = JudgeVerdict::snippet(reply, 40);
    if (s.size() > 41)
        fail("a snippet over its length", s);
    return 0;
}
