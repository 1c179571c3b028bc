#pragma once

#include <QString>

namespace lathe {

// Number formatting the template language needs to match its reference implementations.
class TmplNumber final
{
public:
    // Python's repr(float): shortest round-trip digits, "1.0", "0.1", "1e-07", "1e+16", "inf".
    static QString python(double value);
    // JavaScript's Number.prototype.toString: "1", "0.1", "1e-7", "1e+21" (non-finite: null
    // in JSON, which the caller decides).
    static QString javascript(double value);
};

} // namespace lathe
