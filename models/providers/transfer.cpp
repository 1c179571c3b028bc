#include "transfer.h"

#include "clock.h"

#include <algorithm>

namespace lathe {

Transfer::Transfer(quint64 id, HttpRequest request, std::shared_ptr<ReplyChannel> channel,
                   qint64 submittedAtMs, const Clock &clock)
    : id(id)
    , request(std::move(request))
    , channel(std::move(channel))
    , submittedAtMs(submittedAtMs)
    , clock(clock)
{
    for (const auto &[name, value] : this->request.headers)
        m_headerList = curl_slist_append(m_headerList, QByteArray(name + ": " + value).constData());
    // No "Expect: 100-continue" round trip before large bodies.
    m_headerList = curl_slist_append(m_headerList, "Expect:");
}

Transfer::~Transfer()
{
    curl_slist_free_all(m_headerList);
}

void Transfer::beginAttempt(CURL *handle, qint64 nowMs)
{
    easy = handle;
    ++attempts;
    status = 0;
    reason.clear();
    headers.clear();
    body.clear();
    pending.clear();
    received = 0;
    tooLarge = false;
    attemptStartMs = lastActivityMs = nowMs;
    firstByteMs = totalMs = -1;
    errorBuffer[0] = '\0';

    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());   // curl copies strings
    curl_easy_setopt(easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headerList);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.totalTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    // Redirects are not followed: they would carry the API key to another host.
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    if (request.url.scheme() == QLatin1StringView("https"))
        curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);   // prefer multiplexing on one connection

    if (request.method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else {
        if (request.method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
    }
}

size_t Transfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const size_t bytes = size * count;
    t->lastActivityMs = t->clock.nowMs();
    if (t->firstByteMs < 0)
        t->firstByteMs = t->lastActivityMs - t->attemptStartMs;
    const QByteArrayView line = QByteArrayView(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (interim 1xx responses come first): restart the header list.
        t->headers.clear();
        const qsizetype sp = line.indexOf(' ');
        const QByteArrayView rest = sp < 0 ? QByteArrayView() : line.sliced(sp + 1);
        t->status = rest.first(std::min<qsizetype>(3, rest.size())).toInt();
        t->reason = rest.size() > 4 ? rest.sliced(4).toByteArray() : QByteArray();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->headers.append({line.first(colon).trimmed().toByteArray().toLower(),
                           line.sliced(colon + 1).trimmed().toByteArray()});
    return bytes;
}

size_t Transfer::onWrite(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const size_t bytes = size * count;
    t->lastActivityMs = t->clock.nowMs();
    t->received += qint64(bytes);
    if (t->received > t->request.maxBodyBytes) {
        t->tooLarge = true;
        return 0;   // curl aborts with CURLE_WRITE_ERROR
    }
    if (t->request.streaming && t->isSuccessStatus()) {
        t->pending.append(data, qsizetype(bytes));
        t->streamed = true;
    } else {
        t->body.append(data, qsizetype(bytes));
    }
    return bytes;
}

} // namespace lathe
