#pragma once

#include "mockfault.h"
#include "mockprotocol.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>
#include <random>

class QTcpServer;

namespace lathe::mock {

struct MockOptions
{
    int latencyMs = 0;          // before the first byte of every reply ("[[delay:MS]]" overrides)
    int chunkDelayMs = 0;       // between streamed chunks ("[[chunk-delay:MS]]" overrides)
    double faultRate = 0;       // share of chat requests given a fault drawn from `faults`
    QList<Fault> faults;
    quint32 seed = 1;           // seeds the fault draws
    int retryAfterSeconds = 1;  // Retry-After of 429 faults
    QByteArray apiKey;          // when set, OpenAI and Anthropic requests must carry it (else 401)
    bool recordRequests = false;
};

// A request as the server received it (header names lower-case).
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;   // path and query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
};

// What a connection must do for one request.
struct MockPlan
{
    MockReply reply;
    Fault fault = Fault::None;   // only Reset, Stall and Truncate are left to the connection
    int latencyMs = 0;
    int chunkDelayMs = 0;
};

// A deterministic LLM server speaking OpenAI Chat Completions (also under Azure's
// /openai/deployments/NAME/chat/completions?api-version=...), Anthropic Messages and Ollama
// /api/chat, with /v1/models and /api/tags. Replies follow the rules in mockrules.h.
// HTTP/1.1 with keep-alive, all connections served by the thread the server lives in, no
// thread per request. Faults come from markers in the request body (mockfault.h) or, for
// chat requests, from the seeded fault rate.
class MockLlmServer final : public QObject
{
    Q_OBJECT
public:
    explicit MockLlmServer(const MockOptions &options = {}, QObject *parent = nullptr);
    ~MockLlmServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const;   // "http://127.0.0.1:PORT"
    QString errorString() const;

    const MockOptions &options() const { return m_options; }
    void setOptions(const MockOptions &options);

    int requestCount() const { return m_requestCount; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int connectionCount() const { return m_connectionCount; }
    int faultCount() const { return m_faultCount; }
    QList<RecordedRequest> requests() const { return m_recorded; }
    void resetStats();

    // Used by MockConnection.
    MockPlan plan(RecordedRequest request);
    void requestFinished();

signals:
    void requestReceived();

private:
    void onNewConnection();
    Fault chooseFault(const QByteArray &body);
    // A 401 reply when a key is required and `request` lacks it.
    std::optional<MockReply> checkKey(Protocol protocol, const RecordedRequest &request) const;
    MockPlan chat(Protocol protocol, const RecordedRequest &request, const QByteArray &path);

    QTcpServer *m_server;
    MockOptions m_options;
    std::mt19937 m_random;
    QHash<QByteArray, int> m_markerCounts;
    QList<RecordedRequest> m_recorded;
    int m_requestCount = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_connectionCount = 0;
    int m_faultCount = 0;
};

} // namespace lathe::mock
