#include "mockllmserver.h"

#include "mockconnection.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace lathe::mock {
namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxRecorded = 10'000;

MockReply textReply(int status, QByteArray contentType, QByteArray body)
{
    MockReply r;
    r.status = status;
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    return r;
}

// Cuts a JSON body or one streamed event in half, keeping the framing.
void breakJson(MockReply &reply)
{
    if (!reply.streaming) {
        reply.body.truncate(reply.body.size() / 2);
        return;
    }
    QByteArray &chunk = reply.chunks[reply.chunks.size() / 2];
    const bool sse = chunk.endsWith("\n\n");
    chunk.truncate(chunk.size() / 2);
    chunk.replace('\n', ' ');
    chunk = (sse ? "data: {\"broken\": " : "{\"broken\": ") + chunk + (sse ? "\n\n" : "\n");
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

MockLlmServer::MockLlmServer(const MockOptions &options, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    setOptions(options);
    connect(m_server, &QTcpServer::newConnection, this, &MockLlmServer::onNewConnection);
}

MockLlmServer::~MockLlmServer() = default;

bool MockLlmServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 MockLlmServer::port() const
{
    return m_server->serverPort();
}

QString MockLlmServer::baseUrl() const
{
    return u"http://"_s + m_server->serverAddress().toString() + u':' + QString::number(port());
}

QString MockLlmServer::errorString() const
{
    return m_server->errorString();
}

void MockLlmServer::setOptions(const MockOptions &options)
{
    m_options = options;
    m_random.seed(options.seed);
    m_markerCounts.clear();
}

void MockLlmServer::resetStats()
{
    m_requestCount = m_maxInFlight = m_connectionCount = m_faultCount = 0;
    m_maxInFlight = m_inFlight;
    m_recorded.clear();
}

void MockLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        new MockConnection(socket, this);
    }
}

void MockLlmServer::requestFinished()
{
    --m_inFlight;
}

MockPlan MockLlmServer::plan(RecordedRequest request)
{
    ++m_requestCount;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    if (m_options.recordRequests && m_recorded.size() < kMaxRecorded)
        m_recorded.append(request);
    emit requestReceived();

    const qsizetype q = request.target.indexOf('?');
    const QByteArray path = q < 0 ? request.target : request.target.left(q);
    if (request.method == "GET" && path == "/api/tags")
        return {.reply = renderModels(true)};
    if (request.method == "GET" && (path == "/v1/models" || path == "/openai/models")) {
        const Protocol p = request.header("x-api-key").isEmpty() ? Protocol::OpenAi : Protocol::Anthropic;
        return {.reply = checkKey(p, request).value_or(renderModels(false))};
    }
    if (request.method == "POST") {
        if (path == "/v1/chat/completions"
            || (path.startsWith("/openai/deployments/") && path.endsWith("/chat/completions")))
            return chat(Protocol::OpenAi, request, path);
        if (path == "/v1/messages")
            return chat(Protocol::Anthropic, request, path);
        if (path == "/api/chat")
            return chat(Protocol::Ollama, request, path);
    }
    return {.reply = textReply(404, "application/json", R"({"error":"not found"})")};
}

std::optional<MockReply> MockLlmServer::checkKey(Protocol protocol, const RecordedRequest &request) const
{
    if (m_options.apiKey.isEmpty() || protocol == Protocol::Ollama)   // Ollama has no auth
        return std::nullopt;
    const QByteArray given = !request.header("api-key").isEmpty() ? request.header("api-key")
        : protocol == Protocol::Anthropic ? request.header("x-api-key")
        : request.header("authorization").mid(7);   // "Bearer "
    if (given == m_options.apiKey)
        return std::nullopt;
    // Like some real servers, the message quotes the key it received.
    return renderError(protocol, 401, u"Incorrect API key provided: "_s + QString::fromUtf8(given));
}

Fault MockLlmServer::chooseFault(const QByteArray &body)
{
    if (const auto marker = findFaultMarker(body)) {
        int &seen = m_markerCounts[body];
        if (marker->times == 0 || seen++ < marker->times)
            return marker->fault;
        return Fault::None;
    }
    if (m_options.faultRate > 0 && !m_options.faults.isEmpty()) {
        std::uniform_real_distribution<double> draw(0.0, 1.0);
        if (draw(m_random) < m_options.faultRate)
            return m_options.faults.at(qsizetype(m_random() % quint32(m_options.faults.size())));
    }
    return Fault::None;
}

MockPlan MockLlmServer::chat(Protocol protocol, const RecordedRequest &request, const QByteArray &path)
{
    MockPlan plan;
    const int delay = findIntMarker(request.body, "delay");
    const int chunkDelay = findIntMarker(request.body, "chunk-delay");
    plan.latencyMs = delay >= 0 ? delay : m_options.latencyMs;
    plan.chunkDelayMs = chunkDelay >= 0 ? chunkDelay : m_options.chunkDelayMs;

    const bool azure = path.startsWith("/openai/");
    if (azure && !QUrlQuery(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)))
                      .hasQueryItem(u"api-version"_s)) {
        plan.reply = renderError(protocol, 404, u"Resource not found: api-version is missing"_s);
        return plan;
    }
    if (auto refused = checkKey(protocol, request)) {
        plan.reply = *refused;
        return plan;
    }
    if (protocol == Protocol::Anthropic && request.header("anthropic-version").isEmpty()) {
        plan.reply = renderError(protocol, 400, u"anthropic-version: header is required"_s);
        return plan;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    QString error;
    const auto parsed = doc.isObject() ? parseChat(protocol, doc.object(), &error) : std::nullopt;
    if (!parsed) {
        plan.reply = renderError(protocol, 400, doc.isObject() ? error : u"The body is not a JSON object."_s);
        return plan;
    }

    plan.fault = chooseFault(request.body);
    if (plan.fault != Fault::None)
        ++m_faultCount;
    if (const int status = faultStatus(plan.fault)) {
        plan.reply = renderError(protocol, status, u"Mock fault: HTTP "_s + QString::number(status));
        if (status == 429)
            plan.reply.headers.append({"Retry-After", QByteArray::number(m_options.retryAfterSeconds)});
        return plan;
    }
    plan.reply = renderCompletion(protocol, *parsed, complete(*parsed));
    if (plan.fault == Fault::Malformed)
        breakJson(plan.reply);
    else if (plan.fault == Fault::ContentType)
        plan.reply = textReply(200, "text/html", "<html><body>Welcome to the proxy</body></html>");
    return plan;
}

} // namespace lathe::mock
