#pragma once

#include "providerconfig.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace lathe {

class HttpClient;
class ModelListCall;

// Looks for LLM servers on this machine by listing their models with a short timeout:
// Ollama (127.0.0.1:11434, /api/tags), llama.cpp server (127.0.0.1:8080, /v1/models) and
// LM Studio (127.0.0.1:1234, /v1/models) by default. All candidates are probed at once;
// finished() follows when every probe has answered or timed out.
class LocalServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerProbe)
public:
    struct Candidate
    {
        QString name;        // "Ollama", "llama.cpp", "LM Studio"
        ProviderKind kind;
        QString baseUrl;
    };
    struct Server
    {
        Candidate candidate;
        QStringList models;
    };

    static QList<Candidate> defaultCandidates();

    // `http` must outlive the probe.
    explicit LocalServerProbe(HttpClient &http, QObject *parent = nullptr);
    ~LocalServerProbe() override;

    void start(const QList<Candidate> &candidates = defaultCandidates(), int timeoutMs = 500);
    bool isFinished() const { return m_pending == 0; }
    // The servers that answered, in candidate order.
    QList<Server> servers() const;

signals:
    void finished();

private:
    void onProbeFinished();

    HttpClient &m_http;
    QList<std::pair<Candidate, ModelListCall *>> m_probes;
    int m_pending = 0;
};

} // namespace lathe
