#include "mockconnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace lathe::mock {
namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBody = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

MockConnection::MockConnection(QTcpSocket *socket, MockLlmServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_timer(new QTimer(this))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->setSingleShot(true);
    connect(m_socket, &QTcpSocket::readyRead, this, &MockConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &MockConnection::onDisconnected);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

MockConnection::~MockConnection()
{
    if (m_busy && m_server)
        m_server->requestFinished();
}

void MockConnection::onDisconnected()
{
    m_timer->stop();
    deleteLater();
}

void MockConnection::onReadyRead()
{
    m_in += m_socket->readAll();
    while (!m_busy && m_socket->state() == QAbstractSocket::ConnectedState) {
        RecordedRequest request;
        bool bad = false;
        if (!takeRequest(&request, &m_keepAlive, &bad)) {
            if (bad)
                fail(400, "bad request");
            return;
        }
        m_busy = true;
        m_plan = m_server->plan(std::move(request));
        if (m_plan.fault == Fault::Reset) {
            m_socket->abort();
            deleteLater();
            return;
        }
        if (m_plan.fault == Fault::Stall)
            return;   // nothing, ever: the client has to give up
        if (m_plan.latencyMs <= 0) {
            execute();
        } else {
            m_timer->disconnect(this);
            connect(m_timer, &QTimer::timeout, this, &MockConnection::execute);
            m_timer->start(m_plan.latencyMs);
        }
    }
}

bool MockConnection::takeRequest(RecordedRequest *out, bool *keepAlive, bool *bad)
{
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        *bad = m_in.size() > kMaxHead;
        return false;
    }
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3) {
        *bad = true;
        return false;
    }
    out->method = start.at(0);
    out->target = start.at(1);
    *keepAlive = start.at(2) == "HTTP/1.1";
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection")
            *keepAlive = value.compare("close", Qt::CaseInsensitive) != 0;
        else if (name == "transfer-encoding")
            *bad = true;   // clients send Content-Length bodies
        out->headers.append({name, value});
    }
    if (*bad || length < 0 || length > kMaxBody) {
        *bad = true;
        return false;
    }
    const qsizetype total = headEnd + 4 + length;
    if (m_in.size() < total)
        return false;
    out->body = m_in.mid(headEnd + 4, length);
    m_in.remove(0, total);
    return true;
}

void MockConnection::writeHead(int status, const QByteArray &contentType, qsizetype contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : std::as_const(m_plan.reply.headers))
        head += name + ": " + value + "\r\n";
    head += contentLength >= 0 ? "Content-Length: " + QByteArray::number(contentLength) + "\r\n"
                               : QByteArray("Transfer-Encoding: chunked\r\n");
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    m_socket->write(head + "\r\n");
}

void MockConnection::execute()
{
    const MockReply &reply = m_plan.reply;
    const bool truncate = m_plan.fault == Fault::Truncate;
    if (!reply.streaming) {
        writeHead(reply.status, reply.contentType, reply.body.size());
        if (truncate) {
            m_socket->write(reply.body.left(reply.body.size() / 2));
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(reply.body);
        endResponse();
        return;
    }
    writeHead(reply.status, reply.contentType, -1);
    m_nextChunk = 0;
    m_lastChunk = truncate ? std::max<qsizetype>(1, reply.chunks.size() / 2) : reply.chunks.size();
    writeNextChunk();
}

void MockConnection::writeNextChunk()
{
    const QList<QByteArray> &chunks = m_plan.reply.chunks;
    do {
        if (m_nextChunk >= m_lastChunk) {
            if (m_plan.fault == Fault::Truncate) {
                m_socket->disconnectFromHost();   // no terminating chunk
                return;
            }
            m_socket->write("0\r\n\r\n");
            endResponse();
            return;
        }
        const QByteArray &c = chunks.at(m_nextChunk++);
        m_socket->write(QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n");
    } while (m_plan.chunkDelayMs <= 0);
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &MockConnection::writeNextChunk);
    m_timer->start(m_plan.chunkDelayMs);
}

void MockConnection::endResponse()
{
    m_busy = false;
    m_server->requestFinished();
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_in.isEmpty())
        QMetaObject::invokeMethod(this, &MockConnection::onReadyRead, Qt::QueuedConnection);
}

void MockConnection::fail(int status, const char *message)
{
    m_keepAlive = false;
    m_plan = {};
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                    + "\r\nContent-Length: " + QByteArray::number(qstrlen(message))
                    + "\r\nConnection: close\r\n\r\n" + message);
    m_socket->disconnectFromHost();
}

} // namespace lathe::mock
