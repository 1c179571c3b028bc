#pragma once

#include "errorkind.h"
#include "httprequest.h"

#include <QByteArray>
#include <QString>

namespace lathe {

// The first header named `name` (case-insensitive) in `headers`, or a null QByteArray.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// The outcome of an HttpRequest: the final attempt's response plus timing. Value type.
struct HttpResult
{
    int status = 0;             // 0 when no response arrived
    HttpHeaders headers;        // final attempt, names lower-case
    // The whole body, except for streaming requests with a 2xx status: their body went to
    // HttpReply::dataReceived and is not kept here.
    QByteArray body;

    ErrorKind error = ErrorKind::None; // Http for any non-2xx status
    QString errorString;        // human readable; never contains request headers

    qint64 totalMs = 0;         // final attempt: start to last byte
    qint64 ttfbMs = -1;         // final attempt: start to first response byte, -1 if none
    qint64 elapsedMs = 0;       // send() to completion, including queueing and retries
    int attempts = 0;

    bool ok() const { return error == ErrorKind::None; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

} // namespace lathe
