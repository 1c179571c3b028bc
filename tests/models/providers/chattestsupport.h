#pragma once
// Helpers shared by the chat protocol tests: a mock server with recording and a required
// key, a provider config pointing at it, and a synchronous-looking call runner that waits in
// an event loop (never sleeps).

#include "providers/chatcall.h"
#include "providers/chatclient.h"
#include "providers/chatrequest.h"
#include "providers/envkeyresolver.h"
#include "providers/httpclient.h"

#include "mockllmserver.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>

namespace lathe::testing {

using namespace Qt::StringLiterals;

inline const QByteArray kTestKey = QByteArrayLiteral("sk-lathe-test-SECRET-4f1c9a");
inline const char *const kKeyVariable = "LATHE_PROVIDER_TEST_KEY";

struct CallOutcome
{
    ChatResponse response;
    QStringList deltas;
};

// Waits for `call` to finish; collects its deltas.
inline CallOutcome waitForCall(ChatCall *call, int timeoutMs = 10'000)
{
    CallOutcome out;
    QObject::connect(call, &ChatCall::delta, call, [&out](const QString &d) { out.deltas.append(d); });
    if (!call->isFinished()) {
        QSignalSpy spy(call, &ChatCall::finished);
        if (!spy.wait(timeoutMs))
            qWarning("chat call did not finish in time");
    }
    out.response = call->response();
    return out;
}

inline CallOutcome run(ChatClient &client, const ChatRequest &request, bool stream)
{
    std::unique_ptr<ChatCall> call(client.send(request, stream));
    return waitForCall(call.get());
}

inline ChatRequest request(const QString &user, QJsonObject params = {}, const QString &system = {})
{
    if (!params.contains(u"model"_s))
        params.insert(u"model"_s, u"mock-small"_s);
    ChatRequest r;
    if (!system.isEmpty())
        r.messages.append({u"system"_s, system});
    r.messages.append({u"user"_s, user});
    r.params = params;
    return r;
}

// A mock server requiring kTestKey, recording requests, and an HttpClient; the key is put in
// the environment variable kKeyVariable.
struct Fixture
{
    Fixture()
    {
        qputenv(kKeyVariable, kTestKey);
        mock::MockOptions options;
        options.apiKey = kTestKey;
        options.recordRequests = true;
        server = std::make_unique<mock::MockLlmServer>(options);
        if (!server->listen())
            qFatal("mock server cannot listen");
    }

    ProviderConfig config(ProviderKind kind, const QString &path = {}) const
    {
        ProviderConfig c;
        c.name = u"mock"_s;
        c.kind = kind;
        c.baseUrl = server->baseUrl() + path;
        c.keyRef = u"env:"_s + QString::fromLatin1(kKeyVariable);
        c.retry.baseDelayMs = 10;
        return c;
    }

    mock::RecordedRequest lastRequest() const
    {
        const auto all = server->requests();
        return all.isEmpty() ? mock::RecordedRequest{} : all.last();
    }

    std::unique_ptr<mock::MockLlmServer> server;
    HttpClient http;
    EnvKeyResolver keys;
};

} // namespace lathe::testing
