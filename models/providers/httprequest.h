#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace lathe {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP exchange to perform, as a value. Headers may carry secrets: they are sent and then
// dropped, never copied into an HttpResult or anything stored.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;              // sent as-is for POST and custom methods

    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 600'000;     // per attempt, 0 = none
    int streamIdleTimeoutMs = 60'000; // streaming only: the longest silence allowed, counted
                                      // from the start of the attempt and then from each byte
    bool streaming = false;       // hand 2xx body bytes to HttpReply::dataReceived as they arrive
    qint64 maxBodyBytes = 64 * 1024 * 1024; // larger responses fail with ErrorKind::Protocol

    QString limiterKey;           // selects the RateLimits set with HttpClient::setLimits
    int tokenCost = 0;            // charged to the tokens-per-minute bucket
    RetryPolicy retry;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

} // namespace lathe
