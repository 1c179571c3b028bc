#include "resultbuilder.h"

namespace lathe {

using namespace Qt::StringLiterals;

CaseResult ResultBuilder::fromResponse(qint64 caseId, const ChatResponse &response, const QString &key, bool streamed)
{
    CaseResult r;
    r.caseId = caseId;
    r.ok = response.ok();
    r.output = response.output;
    if (!r.ok) {
        r.error = response.errorMessage.isEmpty() ? errorKindName(response.errorKind) : response.errorMessage;
        if (response.errorKind != ErrorKind::Http && !r.error.startsWith(errorKindName(response.errorKind)))
            r.error = errorKindName(response.errorKind) + u": "_s + r.error;
    }
    r.httpStatus = response.httpStatus;
    r.finishReason = response.finishReason;
    r.latencyMs = double(response.latencyMs);
    r.ttftMs = streamed ? double(response.ttftMs) : -1;
    r.promptTokens = response.promptTokens;
    r.completionTokens = response.completionTokens;
    r.attempts = qMax(1, response.attempts);
    r.requestHash = key;
    r.request = QString::fromUtf8(response.rawRequest);
    r.response = QString::fromUtf8(response.rawResponse);
    return r;
}

CaseResult ResultBuilder::fromCache(qint64 caseId, const QJsonObject &entry, const QString &key,
                                    const QByteArray &requestBody)
{
    CaseResult r;
    r.caseId = caseId;
    r.ok = true;
    r.cached = true;
    r.output = entry.value("output"_L1).toString();
    r.finishReason = entry.value("finish_reason"_L1).toString();
    r.promptTokens = entry.value("prompt_tokens"_L1).toInteger(-1);
    r.completionTokens = entry.value("completion_tokens"_L1).toInteger(-1);
    r.httpStatus = entry.value("http_status"_L1).toInt();
    r.latencyMs = entry.value("latency_ms"_L1).toDouble();
    r.attempts = 0;   // no call was made
    r.requestHash = key;
    r.request = QString::fromUtf8(requestBody);
    r.response = entry.value("body"_L1).toString();
    return r;
}

CaseResult ResultBuilder::failure(qint64 caseId, const QString &error, const QByteArray &requestBody)
{
    CaseResult r;
    r.caseId = caseId;
    r.ok = false;
    r.error = error;
    r.attempts = 0;
    r.request = QString::fromUtf8(requestBody);
    return r;
}

QJsonObject ResultBuilder::cacheEntry(const ChatResponse &response)
{
    return {{u"output"_s, response.output},
            {u"finish_reason"_s, response.finishReason},
            {u"prompt_tokens"_s, response.promptTokens},
            {u"completion_tokens"_s, response.completionTokens},
            {u"http_status"_s, response.httpStatus},
            {u"latency_ms"_s, double(response.latencyMs)},
            {u"body"_s, QString::fromUtf8(response.rawResponse)}};
}

} // namespace lathe
