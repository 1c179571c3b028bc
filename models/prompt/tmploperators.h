#pragma once

#include "prompt/tmplast.h"

namespace lathe {

class TmplRenderer;

// Python's arithmetic and membership on template values. Integers are 64-bit: a result that
// overflows becomes a float (Python would keep an exact big integer).
class TmplOperators final
{
public:
    static TmplValue binary(TmplRenderer &r, TmplExpr::Op op, const TmplValue &a, const TmplValue &b, int pos);
    static TmplValue unary(TmplRenderer &r, bool negate, const TmplValue &v, int pos);
    // `item in container`: substring, list element or dict key.
    static bool contains(TmplRenderer &r, const TmplValue &container, const TmplValue &item, int pos);
    // "an integer", "a string", "none", ... for messages.
    static QString article(const TmplValue &v);
};

} // namespace lathe
