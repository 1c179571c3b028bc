#include "localserverprobe.h"

#include "chatprotocol.h"
#include "httpclient.h"
#include "modellistcall.h"

namespace lathe {

using namespace Qt::StringLiterals;

QList<LocalServerProbe::Candidate> LocalServerProbe::defaultCandidates()
{
    return {{u"Ollama"_s, ProviderKind::Ollama, u"http://127.0.0.1:11434"_s},
            {u"llama.cpp"_s, ProviderKind::OpenAi, u"http://127.0.0.1:8080/v1"_s},
            {u"LM Studio"_s, ProviderKind::OpenAi, u"http://127.0.0.1:1234/v1"_s}};
}

LocalServerProbe::LocalServerProbe(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

LocalServerProbe::~LocalServerProbe() = default;

void LocalServerProbe::start(const QList<Candidate> &candidates, int timeoutMs)
{
    for (const auto &probe : std::as_const(m_probes))
        delete probe.second;
    m_probes.clear();
    m_pending = int(candidates.size());
    for (const Candidate &c : candidates) {
        ProviderConfig config;
        config.name = u"probe "_s + c.baseUrl;
        config.kind = c.kind;
        config.baseUrl = c.baseUrl;
        config.connectTimeoutMs = config.totalTimeoutMs = timeoutMs;
        config.retry.maxAttempts = 1;
        const std::shared_ptr<const ChatProtocol> protocol = ChatProtocol::create(c.kind);
        auto *call = new ModelListCall(protocol, {}, this);
        connect(call, &ModelListCall::finished, this, &LocalServerProbe::onProbeFinished);
        call->start(m_http, protocol->buildModelList(config, {}));
        m_probes.append({c, call});
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &LocalServerProbe::finished, Qt::QueuedConnection);
}

QList<LocalServerProbe::Server> LocalServerProbe::servers() const
{
    QList<Server> found;
    for (const auto &[candidate, call] : m_probes) {
        if (call->isFinished() && call->ok())
            found.append({candidate, call->models()});
    }
    return found;
}

void LocalServerProbe::onProbeFinished()
{
    if (--m_pending == 0)
        emit finished();
}

} // namespace lathe
