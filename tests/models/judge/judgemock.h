#pragma once
// The mock LLM server on a thread of its own, recording requests, for tests that block their
// own thread (RunScorer::scoreRun) while judge calls go to it. Every access is a blocking
// queued call, so the server is only touched on its thread.

#include "mockllmserver.h"

#include <QThread>

#include <functional>

class JudgeMock final
{
    Q_DISABLE_COPY_MOVE(JudgeMock)
public:
    explicit JudgeMock(lathe::mock::MockOptions options = {})
    {
        options.recordRequests = true;
        m_server = new lathe::mock::MockLlmServer(options);
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        call([this] {
            if (!m_server->listen())
                qFatal("mock server cannot listen");
        });
    }
    ~JudgeMock()
    {
        m_thread.quit();
        m_thread.wait();
    }

    QString baseUrl()
    {
        QString url;
        call([&] { url = m_server->baseUrl(); });
        return url;
    }
    int requestCount()
    {
        int n = 0;
        call([&] { n = m_server->requestCount(); });
        return n;
    }
    QList<lathe::mock::RecordedRequest> requests()
    {
        QList<lathe::mock::RecordedRequest> r;
        call([&] { r = m_server->requests(); });
        return r;
    }

private:
    void call(const std::function<void()> &f) { QMetaObject::invokeMethod(m_server, f, Qt::BlockingQueuedConnection); }

    QThread m_thread;
    lathe::mock::MockLlmServer *m_server = nullptr;   // lives in m_thread
};
