#pragma once

#include "runprogress.h"

#include <QString>

namespace lathe {

// Short human-readable forms of run figures, shared by the command line's progress bar and the
// GUI's status text. Locale-independent (digits, '.' decimals), so scripts can read them.
class ProgressText final
{
public:
    // "0:42", "12:05", "1:02:03"; "--:--" for a negative (unknown) duration.
    static QString duration(qint64 ms);
    // "950", "12.3k", "4.56M"
    static QString tokens(qint64 count);
    // "$0.0123" for USD, "0.0123 EUR" otherwise; more decimals for small amounts.
    static QString cost(double amount, const QString &currency);
    // "[##########..........]" of `width` cells between the brackets.
    static QString bar(double fraction, int width);
    // "1234/20000 6%  512.3/s  ETA 0:36  errors 3  tokens 12.3k+4.5k  $0.0123"
    static QString line(const RunProgress &progress);
};

} // namespace lathe
