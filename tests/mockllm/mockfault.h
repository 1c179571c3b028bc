#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lathe::mock {

// A misbehaviour the mock server can inject into a chat reply.
enum class Fault {
    None,
    Status400,    // 400 with a provider error body (never retried by clients)
    Status401,
    Status429,    // 429 with Retry-After
    Status500,
    Status502,
    Status503,
    Status504,
    Reset,        // the connection is closed as soon as the request has arrived
    Stall,        // nothing is ever sent; the connection stays open
    Truncate,     // the body (or stream) stops half-way and the connection closes
    Malformed,    // 200 with broken JSON (in a stream: one event's data is broken)
    ContentType,  // 200 with a text/html page
};

// Names as used on the command line and in markers: 400, 401, 429, 500, 502, 503, 504,
// reset, stall, truncate, malformed, content-type.
std::optional<Fault> faultFromName(QStringView name);
QString faultName(Fault fault);
int faultStatus(Fault fault);   // the HTTP status of Status* faults, 0 otherwise

// A fault requested inside a request body with the marker "[[fault:NAME]]" (every time) or
// "[[fault:NAMExN]]" (the first N times the server sees that exact body).
struct FaultMarker
{
    Fault fault = Fault::None;
    int times = 0;   // 0 = always
};
std::optional<FaultMarker> findFaultMarker(QByteArrayView body);

// The integer in a "[[NAME:N]]" marker (e.g. "[[delay:250]]"), or -1.
int findIntMarker(QByteArrayView body, QByteArrayView name);

} // namespace lathe::mock
