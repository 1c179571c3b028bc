#pragma once
// The mock LLM server on a thread of its own, for tests that block their own thread while a
// lathe-cli process talks to it (QProcess::waitForFinished). Every access goes through a
// blocking queued call, so the server is only ever touched on its thread.

#include "mockllmserver.h"

#include <QThread>

#include <functional>

class MockLlmThread final
{
    Q_DISABLE_COPY_MOVE(MockLlmThread)
public:
    explicit MockLlmThread(const lathe::mock::MockOptions &options = {})
        : m_server(new lathe::mock::MockLlmServer(options))
    {
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        call([this] {
            if (!m_server->listen())
                qFatal("mock server cannot listen");
        });
    }
    ~MockLlmThread()
    {
        m_thread.quit();   // the server is deleted on its thread as the thread finishes
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
    void resetStats()
    {
        call([this] { m_server->resetStats(); });
    }
    void setApiKey(const QByteArray &key)
    {
        call([&] {
            lathe::mock::MockOptions o = m_server->options();
            o.apiKey = key;
            m_server->setOptions(o);
        });
    }

private:
    void call(const std::function<void()> &f) { QMetaObject::invokeMethod(m_server, f, Qt::BlockingQueuedConnection); }

    QThread m_thread;
    lathe::mock::MockLlmServer *m_server;   // lives in m_thread
};
