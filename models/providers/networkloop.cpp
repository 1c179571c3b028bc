#include "networkloop.h"

#include "clock.h"
#include "httpresult.h"
#include "replychannel.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr size_t kMaxSpareHandles = 256;
constexpr int kMaxPollMs = 1000;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lathe::HttpClient)
};

// Maps a finished attempt's curl code to an error kind and message.
std::pair<ErrorKind, QString> classify(CURLcode code, const Transfer &t, curl_off_t connectUs)
{
    if (code == CURLE_OK) {
        if (t.isSuccessStatus())
            return {ErrorKind::None, {}};
        QString message = u"HTTP "_s + QString::number(t.status);
        if (!t.reason.isEmpty())
            message += u' ' + QString::fromLatin1(t.reason);
        return {ErrorKind::Http, message};
    }
    if (code == CURLE_WRITE_ERROR && t.tooLarge)
        return {ErrorKind::Protocol, Tr::tr("The response is larger than %1 bytes.")
                                         .arg(t.request.maxBodyBytes)};
    const QString detail = t.errorBuffer[0] ? QString::fromUtf8(t.errorBuffer)
                                            : QString::fromUtf8(curl_easy_strerror(code));
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        if (connectUs == 0)
            return {ErrorKind::Connect, Tr::tr("Could not connect within %1 ms.").arg(t.request.connectTimeoutMs)};
        return {ErrorKind::Timeout, Tr::tr("No complete response within %1 ms.").arg(t.request.totalTimeoutMs)};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return {ErrorKind::Connect, detail};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
        return {ErrorKind::Tls, detail};
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return {ErrorKind::Config, detail};
    default:
        return {ErrorKind::Network, detail};
    }
}

} // namespace

NetworkLoop::NetworkLoop(CURLM *multi, std::shared_ptr<CommandQueue> queue, const Clock &clock)
    : m_multi(multi)
    , m_queue(std::move(queue))
    , m_clock(clock)
    , m_random(std::random_device{}())
{
}

NetworkLoop::~NetworkLoop()
{
    for (CURL *easy : m_spareHandles)
        curl_easy_cleanup(easy);
}

void NetworkLoop::run()
{
    while (handleCommands()) {
        promoteRetries(m_clock.nowMs());
        startReady();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        flushStreams(m_clock.nowMs());
        processDone();
        checkIdle(m_clock.nowMs());
        startReady();
        if (m_active.size() > size_t(running))
            curl_multi_perform(m_multi, &running);   // kick off newly added handles
        curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(m_clock.nowMs()), nullptr);
    }
    cancelAll();
}

bool NetworkLoop::handleCommands()
{
    for (NetCommand &c : m_queue->takeAll()) {
        switch (c.type) {
        case NetCommand::Type::Submit: submit(c); break;
        case NetCommand::Type::Cancel: cancel(c.id); break;
        case NetCommand::Type::CancelAll: cancelAll(); break;
        case NetCommand::Type::SetLimits: setLimits(c.limiterKey, c.limits); break;
        case NetCommand::Type::Stop: return false;
        }
    }
    return true;
}

void NetworkLoop::submit(NetCommand &c)
{
    auto t = std::make_unique<Transfer>(c.id, std::move(c.request), std::move(c.channel),
                                        c.submittedAtMs, m_clock);
    lane(t->request.limiterKey).waiting.push_back(c.id);
    m_transfers.emplace(c.id, std::move(t));
}

void NetworkLoop::setLimits(const QString &key, const RateLimits &limits)
{
    m_limits[key] = limits;
    if (auto it = m_lanes.find(key); it != m_lanes.end())
        it->second->limiter.setLimits(limits);
}

NetworkLoop::Lane &NetworkLoop::lane(const QString &key)
{
    auto it = m_lanes.find(key);
    if (it == m_lanes.end()) {
        const auto limits = m_limits.find(key);
        it = m_lanes.emplace(key, std::make_unique<Lane>(
                 m_clock, limits == m_limits.end() ? RateLimits{} : limits->second)).first;
    }
    return *it->second;
}

void NetworkLoop::promoteRetries(qint64 now)
{
    while (!m_retries.empty() && m_retries.begin()->first <= now) {
        const quint64 id = m_retries.begin()->second;
        m_retries.erase(m_retries.begin());
        if (auto it = m_transfers.find(id); it != m_transfers.end())
            lane(it->second->request.limiterKey).waiting.push_front(id);
    }
}

void NetworkLoop::startReady()
{
    for (auto &[key, lanePtr] : m_lanes) {
        Lane &l = *lanePtr;
        l.readyAtMs = -1;
        while (!l.waiting.empty()) {
            const auto it = m_transfers.find(l.waiting.front());
            if (it == m_transfers.end() || it->second->easy) {   // canceled meanwhile
                l.waiting.pop_front();
                continue;
            }
            qint64 readyAt = -1;
            if (!l.limiter.tryAcquire(it->second->request.tokenCost, &readyAt)) {
                l.readyAtMs = readyAt;
                break;
            }
            l.waiting.pop_front();
            start(*it->second);
        }
    }
}

void NetworkLoop::start(Transfer &t)
{
    CURL *easy = nullptr;
    if (!m_spareHandles.empty()) {
        easy = m_spareHandles.back();
        m_spareHandles.pop_back();
        curl_easy_reset(easy);
    } else {
        easy = curl_easy_init();
    }
    t.beginAttempt(easy, m_clock.nowMs());
    if (!easy || curl_multi_add_handle(m_multi, easy) != CURLM_OK) {
        detach(t);
        finish(t, ErrorKind::Network, Tr::tr("Could not start the request."));
        return;
    }
    m_active.push_back(&t);
}

void NetworkLoop::detach(Transfer &t)
{
    if (!t.easy)
        return;
    const auto it = std::find(m_active.begin(), m_active.end(), &t);
    if (it != m_active.end()) {
        curl_multi_remove_handle(m_multi, t.easy);
        *it = m_active.back();
        m_active.pop_back();
    }
    if (m_spareHandles.size() < kMaxSpareHandles)
        m_spareHandles.push_back(t.easy);
    else
        curl_easy_cleanup(t.easy);
    t.easy = nullptr;
    lane(t.request.limiterKey).limiter.release();
}

void NetworkLoop::flushStreams(qint64 now)
{
    for (Transfer *t : m_active) {
        if (!t->pending.isEmpty())
            t->channel->postData(std::exchange(t->pending, {}), now - t->attemptStartMs);
    }
}

void NetworkLoop::processDone()
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL *easy = msg->easy_handle;   // msg dies with curl_multi_remove_handle
        const CURLcode code = msg->data.result;
        Transfer *t = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &t);
        curl_off_t connectUs = 0, totalUs = 0, firstByteUs = 0;
        curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connectUs);
        curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &totalUs);
        curl_easy_getinfo(easy, CURLINFO_STARTTRANSFER_TIME_T, &firstByteUs);
        t->totalMs = qint64(totalUs / 1000);
        if (firstByteUs > 0)
            t->firstByteMs = qint64(firstByteUs / 1000);
        if (!t->pending.isEmpty())
            t->channel->postData(std::exchange(t->pending, {}), m_clock.nowMs() - t->attemptStartMs);
        auto [error, message] = classify(code, *t, connectUs);
        detach(*t);
        attemptEnded(*t, error, std::move(message));
    }
}

void NetworkLoop::checkIdle(qint64 now)
{
    std::vector<Transfer *> idle;
    for (Transfer *t : m_active) {
        if (t->request.streaming && t->request.streamIdleTimeoutMs > 0 && now >= t->idleDeadline())
            idle.push_back(t);
    }
    for (Transfer *t : idle) {
        detach(*t);
        attemptEnded(*t, ErrorKind::StreamIdle,
                     Tr::tr("The stream sent nothing for %1 ms.").arg(t->request.streamIdleTimeoutMs));
    }
}

void NetworkLoop::attemptEnded(Transfer &t, ErrorKind error, QString errorString)
{
    const qint64 now = m_clock.nowMs();
    qint64 retryAfter = -1;
    if (error == ErrorKind::Http) {
        bool ok = false;
        const double ms = headerValue(t.headers, "retry-after-ms").toDouble(&ok);   // OpenAI's
        retryAfter = ok && ms >= 0 ? qint64(ms)
                                   : RetryPolicy::parseRetryAfter(headerValue(t.headers, "retry-after"),
                                                                  QDateTime::currentDateTimeUtc());
    }
    const qint64 delay = t.streamed || error == ErrorKind::None
        ? -1 : t.request.retry.retryDelayMs(t.attempts, t.status, error, retryAfter, m_random());
    if (delay < 0) {
        finish(t, error, std::move(errorString));
        return;
    }
    if (t.status == 429 && retryAfter > 0)
        lane(t.request.limiterKey).limiter.pauseUntil(now + retryAfter);
    m_retries.emplace(now + delay, t.id);
}

void NetworkLoop::finish(Transfer &t, ErrorKind error, QString errorString)
{
    const qint64 now = m_clock.nowMs();
    HttpResult r;
    r.status = t.status;
    r.headers = std::move(t.headers);
    r.body = std::move(t.body);
    r.error = error;
    r.errorString = std::move(errorString);
    r.totalMs = t.attempts == 0 ? 0 : t.totalMs >= 0 ? t.totalMs : now - t.attemptStartMs;
    r.ttfbMs = t.firstByteMs;
    r.elapsedMs = now - t.submittedAtMs;
    r.attempts = t.attempts;
    t.channel->postFinished(std::move(r));
    m_transfers.erase(t.id);   // destroys t
}

void NetworkLoop::cancel(quint64 id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    detach(*it->second);
    finish(*it->second, ErrorKind::Canceled, Tr::tr("The request was canceled."));
}

void NetworkLoop::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_transfers.size());
    for (const auto &[id, t] : m_transfers)
        ids.push_back(id);
    for (quint64 id : ids)
        cancel(id);
    m_retries.clear();
    for (auto &[key, l] : m_lanes)
        l->waiting.clear();
}

int NetworkLoop::pollTimeoutMs(qint64 now)
{
    long curlMs = -1;
    curl_multi_timeout(m_multi, &curlMs);
    qint64 wait = curlMs < 0 ? kMaxPollMs : curlMs;
    if (!m_retries.empty())
        wait = std::min(wait, m_retries.begin()->first - now);
    for (const auto &[key, l] : m_lanes) {
        if (!l->waiting.empty() && l->readyAtMs >= 0)
            wait = std::min(wait, l->readyAtMs - now);
    }
    for (const Transfer *t : m_active) {
        if (t->request.streaming && t->request.streamIdleTimeoutMs > 0)
            wait = std::min(wait, t->idleDeadline() - now);
    }
    return int(std::clamp<qint64>(wait, 0, kMaxPollMs));
}

} // namespace lathe
