#pragma once

#include <QtGlobal>

namespace lathe {

// A monotonic millisecond clock. The transport and the rate limiter read time only through
// this interface, so tests can drive them with a fake clock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic scale with an arbitrary origin; never decreases.
    virtual qint64 nowMs() const = 0;

    // The process-wide steady clock (std::chrono::steady_clock).
    static const Clock &steady();
};

} // namespace lathe
