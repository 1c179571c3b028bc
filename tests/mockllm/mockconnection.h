#pragma once

#include "mockllmserver.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace lathe::mock {

// One client connection: parses HTTP/1.1 requests (Content-Length bodies, keep-alive, one
// request at a time), asks the server for a plan and carries it out: latency, plain or
// chunked (streamed) replies, and the transport faults reset, stall and truncate.
// Deletes itself when the socket closes.
class MockConnection final : public QObject
{
    Q_OBJECT
public:
    MockConnection(QTcpSocket *socket, MockLlmServer *server);
    ~MockConnection() override;

private:
    void onReadyRead();
    void onDisconnected();
    // Parses one complete request from the buffer into *out; false if more bytes are needed.
    bool takeRequest(RecordedRequest *out, bool *keepAlive, bool *bad);
    void execute();
    void writeHead(int status, const QByteArray &contentType, qsizetype contentLength);
    void writeNextChunk();
    void endResponse();
    void fail(int status, const char *message);

    QTcpSocket *m_socket;
    QPointer<MockLlmServer> m_server;
    QTimer *m_timer;
    QByteArray m_in;
    MockPlan m_plan;
    qsizetype m_nextChunk = 0;
    qsizetype m_lastChunk = 0;   // exclusive end of the chunks to send
    bool m_busy = false;         // a request is being answered
    bool m_keepAlive = true;
};

} // namespace lathe::mock
