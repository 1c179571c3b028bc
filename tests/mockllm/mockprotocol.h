#pragma once

#include "mockrules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace lathe::mock {

enum class Protocol { OpenAi, Anthropic, Ollama };

// A rendered reply, before faults and latency are applied.
struct MockReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool streaming = false;
    QByteArray body;            // !streaming
    QList<QByteArray> chunks;   // streaming: complete SSE events or NDJSON lines
};

// The request body as `protocol` defines it; nullopt and *error (a provider-style message)
// when a required field is missing or malformed.
std::optional<MockChat> parseChat(Protocol protocol, const QJsonObject &body, QString *error);

MockReply renderCompletion(Protocol protocol, const MockChat &chat, const MockCompletion &done);
// An error body in the protocol's own format.
MockReply renderError(Protocol protocol, int status, const QString &message);
// GET /v1/models (OpenAI list) or GET /api/tags (Ollama).
MockReply renderModels(bool ollamaTags);

// Names of the models the mock lists.
QStringList mockModelNames();

} // namespace lathe::mock
