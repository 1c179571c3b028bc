#pragma once

#include <QString>

#include <optional>

namespace lathe {

// Why an HTTP exchange or a chat call failed. Stored by name (errorKindName) in results, so
// the names are stable.
enum class ErrorKind {
    None,         // a complete 2xx response was received and understood
    Canceled,     // cancel() or shutdown
    Config,       // the call could not be built: missing API key, bad base URL, bad parameters
    Connect,      // DNS, refused connection, connect timeout
    Tls,          // TLS handshake or certificate verification failed
    Network,      // connection reset, empty reply, transfer cut short
    Timeout,      // the total timeout elapsed
    StreamIdle,   // a streaming response went silent for longer than the stream-idle timeout
    Http,         // the server answered with a non-2xx status
    Provider,     // the provider reported an error inside a 2xx reply (a stream error event)
    Protocol,     // the body is not what the protocol promises: malformed JSON, wrong content
                  // type, a stream that ends before its final event, a body over the size cap
};

QString errorKindName(ErrorKind kind);
std::optional<ErrorKind> errorKindFromName(const QString &name);

} // namespace lathe
