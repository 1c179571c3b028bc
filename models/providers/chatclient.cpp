#include "chatclient.h"

#include "chatcall.h"
#include "chatprotocol.h"
#include "httpclient.h"
#include "modellistcall.h"

namespace lathe {

ChatClient::ChatClient(HttpClient &http, const ProviderConfig &config, const KeyResolver &keys)
    : m_http(http)
    , m_config(config)
    , m_keys(keys)
    , m_protocol(ChatProtocol::create(config.kind))
{
    m_http.setLimits(m_config.limiterKey(), m_config.limits);
}

ChatClient::~ChatClient() = default;

const KeyLookup &ChatClient::key()
{
    if (!m_key || !m_key->ok())
        m_key = m_keys.resolve(m_config.keyRef);
    return *m_key;
}

ChatCall *ChatClient::send(const ChatRequest &request, bool stream, QObject *parent)
{
    const KeyLookup &k = key();
    auto *call = new ChatCall(m_protocol, k.key, parent);
    if (!k.ok()) {
        call->failEarly(ErrorKind::Config, k.error);
        return call;
    }
    QString error;
    const HttpRequest http = m_protocol->buildChat(request, stream, m_config, k.key, &error);
    if (!error.isEmpty()) {
        call->failEarly(ErrorKind::Config, error);
        return call;
    }
    call->start(m_http, http);
    return call;
}

ModelListCall *ChatClient::listModels(QObject *parent)
{
    const KeyLookup &k = key();
    auto *call = new ModelListCall(m_protocol, k.key, parent);
    if (!k.ok())
        call->failEarly(k.error);
    else
        call->start(m_http, m_protocol->buildModelList(m_config, k.key));
    return call;
}

} // namespace lathe
