#pragma once

#include "providers/chatresponse.h"
#include "workspace/runstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lathe {

// Builds the stored result of a case from what happened to it, and the response-cache entry of
// an answer. Pure functions; safe on any thread.
class ResultBuilder final
{
public:
    // An answered call; `streamed` keeps the time to first token. The cost is left unknown
    // (-1) for the caller to price.
    static CaseResult fromResponse(qint64 caseId, const ChatResponse &response, const QString &key, bool streamed);
    // An answer from the response cache: the cached output, tokens and latency, marked cached,
    // with 0 attempts (no call was made).
    static CaseResult fromCache(qint64 caseId, const QJsonObject &entry, const QString &key,
                                const QByteArray &requestBody);
    // A case that failed before any call (template error, unusable request).
    static CaseResult failure(qint64 caseId, const QString &error, const QByteArray &requestBody = {});

    // What the response cache keeps of a successful answer: output, finish reason, usage,
    // status, latency and the raw body (JSON).
    static QJsonObject cacheEntry(const ChatResponse &response);
};

} // namespace lathe
