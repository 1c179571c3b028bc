#pragma once

#include "runplan.h"

#include "providers/chatrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lathe {

// Turns one case into a chat request and computes its response-cache key. Pure functions of
// their arguments; safe to call from any thread.
class RequestBuilder final
{
public:
    // Renders the column's templates with the row's variables (strict: an undefined variable
    // is an error). False with *error "template error at L:C: message" when one fails.
    static bool build(const PlannedColumn &column, const QJsonObject &vars, ChatRequest *out, QString *error);

    // SHA-256 (hex) over the provider kind, the endpoint URL and the JSON body the provider
    // would be sent (never headers, so never a key), plus the repeat index for repeats after
    // the first, so each repeat has its own cached answer. *body receives that body. Empty with
    // *error when the provider cannot express the request.
    static QString cacheKey(const PlannedProvider &provider, const ChatRequest &request, int repeat,
                            QByteArray *body, QString *error);

    // "template error at 1:7: undefined variable 'x'"
    static QString describe(const TemplateError &error);
};

} // namespace lathe
