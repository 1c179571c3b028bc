#include "httpclient.h"

#include "clock.h"
#include "commandqueue.h"
#include "httpreply.h"
#include "networkloop.h"
#include "replychannel.h"

#include <curl/curl.h>

#include <mutex>

namespace lathe {
namespace {

void wakeMulti(void *multi)
{
    curl_multi_wakeup(static_cast<CURLM *>(multi));
}

} // namespace

HttpClient::HttpClient()
    : HttpClient(Clock::steady())
{
}

HttpClient::HttpClient(const Clock &clock)
    : m_clock(clock)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    m_multi = multi;
    m_queue = std::make_shared<CommandQueue>(&wakeMulti, multi);
    m_loop = std::make_unique<NetworkLoop>(multi, m_queue, clock);
    m_thread = std::thread([loop = m_loop.get()] { loop->run(); });
}

HttpClient::~HttpClient()
{
    m_queue->push({.type = NetCommand::Type::Stop});
    m_thread.join();
    m_queue->close();   // no wake-up may touch the multi handle from now on
    m_loop.reset();
    curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

HttpReply *HttpClient::send(const HttpRequest &request, QObject *parent)
{
    const quint64 id = m_nextId.fetch_add(1, std::memory_order_relaxed);
    auto *reply = new HttpReply(id, m_queue, parent);
    reply->m_channel = std::make_shared<ReplyChannel>(reply);
    m_queue->push({.type = NetCommand::Type::Submit,
                   .id = id,
                   .request = request,
                   .channel = reply->m_channel,
                   .submittedAtMs = m_clock.nowMs()});
    return reply;
}

void HttpClient::setLimits(const QString &key, const RateLimits &limits)
{
    m_queue->push({.type = NetCommand::Type::SetLimits, .limiterKey = key, .limits = limits});
}

void HttpClient::cancelAll()
{
    m_queue->push({.type = NetCommand::Type::CancelAll});
}

} // namespace lathe
