#include "judgeworker.h"

#include "providers/chatcall.h"
#include "providers/chatclient.h"
#include "providers/keyresolver.h"
#include "run/requestbuilder.h"
#include "run/resultbuilder.h"
#include "workspace/database.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"
#include "workspace/sqlerror.h"

using namespace Qt::StringLiterals;

namespace lathe {

namespace {
constexpr qsizetype kUnlimitedWindow = 16;
}

JudgeWorker::JudgeWorker(const QString &workspacePath, const KeyResolver &keys, HttpClient &http, bool useCache,
                         JudgeCounters &counters)
    : m_path(workspacePath)
    , m_keys(keys)
    , m_http(http)
    , m_useCache(useCache)
    , m_counters(counters)
{
}

JudgeWorker::~JudgeWorker()
{
    cancelAll();
    // Deleting a call cancels it without a finished() signal reaching us any more.
    const auto open = std::exchange(m_open, {});
    for (auto it = open.begin(); it != open.end(); ++it) {
        ChatResponse r;
        r.errorKind = ErrorKind::Canceled;
        r.errorMessage = tr("The judge was shut down.");
        reply(it.value().second, r, false);
        delete it.key();
    }
}

bool JudgeWorker::openDatabase()
{
    if (m_db || m_dbTried)
        return m_db != nullptr;
    m_dbTried = true;
    if (m_path.isEmpty())
        return false;
    auto db = std::make_unique<Database>();
    try {
        db->open(m_path, Database::Mode::ReadWrite, 10'000);
        db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    } catch (const SqlError &) {
        return false;
    }
    m_db = std::move(db);
    return true;
}

JudgeWorker::Provider *JudgeWorker::provider(const JudgeTarget &target, QString *model, QString *error)
{
    *model = target.model;
    if (target.provider.isEmpty()) {
        *error = tr("no judge provider: name a stored provider on the scorer (provider:) or for the run "
                    "(--judge-provider)");
        return nullptr;
    }
    if (!openDatabase()) {
        *error = tr("the workspace's providers cannot be read");
        return nullptr;
    }
    QString name = target.provider;
    try {
        ProviderStore store(*m_db);
        const auto load = [&](const QString &n) {
            if (m_providers.contains(n))
                return true;
            const std::optional<StoredProvider> stored = store.find(n);
            if (!stored)
                return false;
            auto p = std::make_shared<Provider>();
            p->name = n;
            if (const std::optional<ProviderConfig> config = RunPlan::providerConfig(RunPlan::providerSnapshot(*stored))) {
                p->planned = {*config, std::shared_ptr<const ChatProtocol>(ChatProtocol::create(config->kind))};
                if (const KeyLookup key = m_keys.resolve(config->keyRef); !key.ok())
                    p->error = tr("judge provider %1: %2").arg(n, key.error);
                p->client = std::make_unique<ChatClient>(m_http, *config, m_keys);
                const int limit = config->limits.maxConcurrent;
                p->window = limit > 0 ? limit + qMax(4, limit / 2) : kUnlimitedWindow;
            } else {
                p->error = tr("judge provider %1 has an unknown kind \"%2\"").arg(n, stored->kind);
            }
            m_providers.insert(n, p);
            return true;
        };
        bool found = load(name);
        if (!found && name.contains(u':')) {
            // promptfoo's "NAME:MODEL"
            const qsizetype colon = name.indexOf(u':');
            if (load(name.left(colon))) {
                found = true;
                if (model->isEmpty())
                    *model = name.mid(colon + 1).trimmed();
                name = name.left(colon);
            }
        }
        if (!found) {
            *error = tr("judge provider \"%1\" is not configured in this workspace (see lathe-cli provider list)")
                         .arg(target.provider);
            return nullptr;
        }
    } catch (const SqlError &e) {
        *error = e.message();
        return nullptr;
    }
    Provider *p = m_providers.value(name).get();
    if (model->isEmpty()) {
        *error = tr("no judge model for provider %1: set model: on the scorer or --judge-model").arg(name);
        return nullptr;
    }
    return p;
}

void JudgeWorker::fail(const JudgeClient::Callback &done, const JudgeTarget &target, ErrorKind kind,
                       const QString &message)
{
    ++m_counters.failed;
    JudgeReply r;
    r.provider = target.provider;
    r.model = target.model;
    r.response.errorKind = kind;
    r.response.errorMessage = message;
    done(r);
}

void JudgeWorker::submit(const JudgeCall &call, const JudgeClient::Callback &done)
{
    QString model;
    QString error;
    Provider *p = provider(call.target, &model, &error);
    if (!p)
        return fail(done, call.target, ErrorKind::Config, error);
    if (!p->error.isEmpty())
        return fail(done, {p->name, model}, ErrorKind::Config, p->error);

    Pending pending;
    pending.request = call.request;
    pending.cacheable = call.cacheable;
    pending.request.params.insert(u"model"_s, model);
    pending.provider = p->name;
    pending.model = model;
    pending.done = done;
    pending.key = RequestBuilder::cacheKey(p->planned, pending.request, 0, &pending.body, &error);
    if (pending.key.isEmpty())
        return fail(done, {p->name, model}, ErrorKind::Config, error);

    if (m_useCache && openDatabase()) {
        std::optional<QJsonObject> entry;
        try {
            entry = RunStore(*m_db).cachedResponse(pending.key);
        } catch (const SqlError &) {
            // The cache is an optimisation: a failed read is a miss.
        }
        if (entry) {
            const CaseResult c = ResultBuilder::fromCache(0, *entry, pending.key, pending.body);
            ChatResponse r;
            r.output = c.output;
            r.finishReason = c.finishReason;
            r.promptTokens = int(c.promptTokens);
            r.completionTokens = int(c.completionTokens);
            r.httpStatus = c.httpStatus;
            r.latencyMs = qint64(c.latencyMs);
            r.rawRequest = pending.body;
            r.rawResponse = c.response.toUtf8();
            ++m_counters.cacheHits;
            return reply(pending, r, true);
        }
    }
    p->queue.push_back(std::move(pending));
    pump(*p);
}

void JudgeWorker::pump(Provider &p)
{
    const std::shared_ptr<Provider> shared = m_providers.value(p.name);
    while (p.open < p.window && !p.queue.empty()) {
        Pending next = std::move(p.queue.front());
        p.queue.pop_front();
        ChatCall *call = p.client->send(next.request, false, this);
        ++p.open;
        ++m_counters.sent;
        m_open.insert(call, {shared, std::move(next)});
        connect(call, &ChatCall::finished, this, [this, call](const ChatResponse &r) { onFinished(call, r); });
    }
}

void JudgeWorker::onFinished(ChatCall *call, const ChatResponse &response)
{
    const auto it = m_open.find(call);
    if (it == m_open.end())
        return;
    auto [p, pending] = std::move(it.value());
    m_open.erase(it);
    call->deleteLater();
    --p->open;
    if (response.ok() && m_useCache && (!pending.cacheable || pending.cacheable(response.output)) && openDatabase()) {
        try {
            StoreError ignored;
            RunStore(*m_db).storeCachedResponse(pending.key, ResultBuilder::cacheEntry(response), &ignored);
        } catch (const SqlError &) {
            // Best effort, as for runs.
        }
    }
    if (!response.ok())
        ++m_counters.failed;
    reply(pending, response, false);
    pump(*p);
}

void JudgeWorker::reply(const Pending &pending, const ChatResponse &response, bool cached)
{
    JudgeReply r;
    r.response = response;
    if (r.response.rawRequest.isEmpty())
        r.response.rawRequest = pending.body;
    r.provider = pending.provider;
    r.model = pending.model;
    r.cached = cached;
    r.cacheKey = pending.key;
    pending.done(r);
}

void JudgeWorker::cancelAll()
{
    for (const std::shared_ptr<Provider> &p : std::as_const(m_providers)) {
        std::deque<Pending> queued = std::exchange(p->queue, {});
        for (const Pending &pending : queued) {
            ChatResponse r;
            r.errorKind = ErrorKind::Canceled;
            r.errorMessage = tr("The judge call was canceled.");
            ++m_counters.failed;
            reply(pending, r, false);
        }
    }
    // Each open call finishes with ErrorKind::Canceled through onFinished.
    for (ChatCall *call : m_open.keys())
        call->cancel();
}

} // namespace lathe
