#pragma once

#include "errorkind.h"

#include <QByteArray>
#include <QString>

namespace lathe {

// The outcome of one chat call, whatever the protocol. Value type. Contains no secret: the
// API key is never part of the stored request (headers are not stored) and is masked if a
// server echoes it back.
struct ChatResponse
{
    QString output;             // the assistant's text (partial when a stream broke off)
    // Normalised: "stop", "length", "content_filter", "tool_calls", or the provider's own word.
    QString finishReason;
    int promptTokens = -1;      // -1 when the provider did not report usage
    int completionTokens = -1;

    qint64 latencyMs = 0;       // final attempt: request start to last byte
    qint64 ttftMs = -1;         // to the first output text (streaming) or first byte
    qint64 elapsedMs = 0;       // including queueing and retries
    int attempts = 0;
    int httpStatus = 0;

    ErrorKind errorKind = ErrorKind::None;
    QString errorMessage;       // names the status and the provider's message when there is one

    QByteArray rawRequest;      // the JSON body that was sent
    QByteArray rawResponse;     // the body received (for streams, the raw event text)

    bool ok() const { return errorKind == ErrorKind::None; }
};

} // namespace lathe
