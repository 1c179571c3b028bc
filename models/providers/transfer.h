#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

#include <memory>

namespace lathe {

class Clock;
class ReplyChannel;

// One HttpRequest inside the network thread: its curl easy handle while an attempt runs and
// the response being received. Owned by NetworkLoop; internal to the transport.
struct Transfer
{
    Q_DISABLE_COPY_MOVE(Transfer)

    Transfer(quint64 id, HttpRequest request, std::shared_ptr<ReplyChannel> channel,
             qint64 submittedAtMs, const Clock &clock);
    ~Transfer();

    // Starts an attempt on `easy` (freshly created or reset): options, callbacks, headers.
    void beginAttempt(CURL *easy, qint64 nowMs);
    bool isSuccessStatus() const { return status >= 200 && status < 300; }
    // Streaming only: when the silence since the last byte becomes an idle timeout.
    // The first whole-millisecond reading at which the full idle timeout has surely passed: clock
    // readings are truncated to milliseconds, so "last + timeout" could still be up to 1 ms early.
    qint64 idleDeadline() const { return lastActivityMs + request.streamIdleTimeoutMs + 1; }

    const quint64 id;
    const HttpRequest request;
    const std::shared_ptr<ReplyChannel> channel;
    const qint64 submittedAtMs;
    const Clock &clock;

    CURL *easy = nullptr;             // set while an attempt is in the multi handle
    int attempts = 0;
    bool streamed = false;            // body bytes were handed to the reply: never retry

    // The current attempt.
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    QByteArray pending;               // streamed bytes not yet posted to the reply
    qint64 received = 0;
    bool tooLarge = false;
    qint64 attemptStartMs = 0;
    qint64 lastActivityMs = 0;
    qint64 firstByteMs = -1;          // since attemptStartMs; curl's figure once it completes
    qint64 totalMs = -1;              // curl's figure once it completes
    char errorBuffer[CURL_ERROR_SIZE] = {};

private:
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onWrite(char *data, size_t size, size_t count, void *self);
    curl_slist *m_headerList = nullptr;
};

} // namespace lathe
