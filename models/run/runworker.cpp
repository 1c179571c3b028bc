#include "runworker.h"

#include "requestbuilder.h"
#include "resultbuilder.h"

#include "providers/chatcall.h"
#include "providers/chatclient.h"
#include "providers/httpclient.h"
#include "providers/keyresolver.h"
#include "workspace/database.h"
#include "workspace/migrations.h"
#include "workspace/pricingstore.h"
#include "workspace/resultwriter.h"
#include "workspace/runresults.h"
#include "workspace/sqlerror.h"
#include "workspace/transaction.h"

#include <QTimer>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {
constexpr int kSliceBudget = 256;          // cases answered without a call per event-loop turn
constexpr qsizetype kCacheBatch = 500;     // cache entries per transaction
constexpr int kCacheFlushTicks = 5;        // ... or every fifth progress tick
constexpr qint64 kWriterGiveUpMs = 5000;   // results that cannot be written for this long: fail
constexpr qint64 kIdleReportMs = 1000;     // progress at least this often, for rate and ETA
constexpr int kDefaultWindow = 16;         // when every provider is unlimited
}

RunWorker::RunWorker(const QString &workspacePath, const KeyResolver &keys, HttpClient *http)
    : m_path(workspacePath)
    , m_keys(keys)
    , m_http(http)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    connect(m_timer, &QTimer::timeout, this, &RunWorker::tick);
}

RunWorker::~RunWorker()
{
    if (m_active) {
        blockSignals(true);
        m_cancelling = true;
        finish(u"cancelled"_s, {});
    }
}

bool RunWorker::openWorkspace(QString *error)
{
    if (m_db)
        return true;
    // The caller opened (and so validated and migrated) the workspace with Workspace::open;
    // a plain connection spares a second quick_check of a possibly large file.
    auto db = std::make_unique<Database>();
    try {
        db->open(m_path, Database::Mode::ReadWrite, 10'000);
        if (db->queryInt("PRAGMA application_id") != Migrations::applicationId
            || db->queryInt("PRAGMA user_version") != Migrations::latestVersion()) {
            *error = tr("%1 is not a workspace of this version of Lathe; open it in Lathe first.").arg(m_path);
            return false;
        }
        db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    } catch (const SqlError &e) {
        *error = e.message();
        return false;
    }
    m_db = std::move(db);
    return true;
}

void RunWorker::start(const RunSpec &spec, const RunOptions &options)
{
    QString error;
    if (!openWorkspace(&error))
        return failEarly(0, error);
    // A null QString binds as SQL NULL: store empty names and models as empty text.
    RunSpec stored = spec;
    if (stored.name.isNull())
        stored.name = u""_s;
    for (RunColumnSpec &c : stored.columns) {
        if (c.model.isNull())
            c.model = u""_s;
    }
    StoreError storeError;
    const std::optional<qint64> runId = RunStore(*m_db).createRun(stored, &storeError);
    if (!runId)
        return failEarly(0, storeError.message);
    Q_EMIT runCreated(*runId);
    execute(*runId, options);
}

void RunWorker::resume(qint64 runId, const RunOptions &options)
{
    QString error;
    if (!openWorkspace(&error))
        return failEarly(runId, error);
    execute(runId, options);
}

void RunWorker::failEarly(qint64 runId, const QString &error)
{
    if (runId > 0 && m_db) {
        StoreError ignored;
        RunStore(*m_db).setStatus(runId, u"failed"_s, &ignored);
    }
    m_plan.reset();
    m_clients.clear();
    RunOutcome outcome;
    outcome.runId = runId;
    outcome.status = u"failed"_s;
    outcome.error = error;
    outcome.progress.runId = runId;
    Q_EMIT finished(outcome);
}

void RunWorker::execute(qint64 runId, const RunOptions &options)
{
    QString error;
    try {
        m_plan = RunPlan::load(*m_db, runId, options.retryFailed, &error);
        if (!m_plan || !prepare(options, &error))
            return failEarly(runId, error);
        const RunTotals totals = RunResults(*m_db).totals(runId);
        StoreError storeError;
        if (!RunStore(*m_db).setStatus(runId, u"running"_s, &storeError))
            return failEarly(runId, storeError.message);
        RunProgress initial;
        initial.runId = runId;
        initial.total = totals.cases;
        initial.done = totals.cases - m_plan->pending.size();
        // With retryFailed, failed results still stored are pending again: not counted as done.
        const qint64 retried = m_plan->pending.size() - (totals.cases - totals.done());
        initial.errors = totals.errors - retried;
        initial.cached = totals.cached;
        initial.promptTokens = totals.promptTokens;
        initial.completionTokens = totals.completionTokens;
        initial.cost = totals.cost;
        initial.unpriced = totals.unpriced;
        if (const QList<ModelPrice> prices = PricingStore(*m_db).list(); !prices.isEmpty() && totals.cost > 0)
            initial.currency = prices.constFirst().currency;
        m_meter.begin(initial, now());
    } catch (const SqlError &e) {
        return failEarly(runId, e.message());
    }

    m_writer = std::make_unique<ResultWriter>(m_path);
    m_writerFailingSince = -1;
    // Direct connections: these run on the writer's thread and touch only atomics, the
    // mutex-guarded error and thread-safe signal emission.
    connect(m_writer.get(), &ResultWriter::committed, this, [this, runId](qint64 written) {
        m_writerFailingSince = -1;
        Q_EMIT resultsCommitted(runId, written);
    }, Qt::DirectConnection);
    connect(m_writer.get(), &ResultWriter::failed, this, [this](const QString &message) {
        std::lock_guard lock(m_writerErrorMutex);
        m_writerError = message;
        qint64 expected = -1;
        m_writerFailingSince.compare_exchange_strong(expected, now());
    }, Qt::DirectConnection);

    m_active = true;
    m_cancelling = false;
    m_next = 0;
    m_ticks = 0;
    m_lastReportMs = now();
    m_timer->start(qMax(10, options.progressIntervalMs));
    Q_EMIT started(m_meter.snapshot(now()));
    pump();
}

bool RunWorker::prepare(const RunOptions &options, QString *error)
{
    m_options = options;
    m_useCache = options.useCache.value_or(m_plan->useCache);
    m_prices = PriceTable(PricingStore(*m_db).list());
    m_clients.clear();
    m_cacheQueue.clear();
    if (!m_http) {
        if (!m_ownHttp)
            m_ownHttp = std::make_unique<HttpClient>();
        m_http = m_ownHttp.get();
    }
    qint64 concurrency = 0;
    bool limited = true;
    for (const PlannedProvider &p : std::as_const(m_plan->providers)) {
        ProviderConfig config = p.config;
        if (options.concurrency > 0)
            config.limits.maxConcurrent = options.concurrency;
        limited = limited && config.limits.maxConcurrent > 0;
        concurrency += config.limits.maxConcurrent > 0 ? config.limits.maxConcurrent : kDefaultWindow;
        if (!m_plan->pending.isEmpty()) {
            // Fail once, up front, rather than once per case.
            const KeyLookup key = m_keys.resolve(config.keyRef);
            if (!key.ok()) {
                *error = tr("Provider %1: %2").arg(config.name, key.error);
                return false;
            }
        }
        m_clients.push_back(std::make_unique<ChatClient>(*m_http, config, m_keys));
    }
    if (options.concurrency > 0)
        concurrency = options.concurrency;
    // The providers' limiters hold the calls on the wire to their limit; a few more wait in the
    // HTTP client's queue, so a finished call is replaced on the network thread at once rather
    // than after a round trip through this thread.
    m_window = qMax<qint64>(1, concurrency + (limited ? qMax<qint64>(4, concurrency / 2) : 0));
    return true;
}

void RunWorker::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &RunWorker::pump, Qt::QueuedConnection);
}

void RunWorker::pump()
{
    m_pumpScheduled = false;
    if (!m_active)
        return;
    int answeredHere = 0;
    while (!m_cancelling && m_next < m_plan->pending.size() && m_calls.size() < m_window) {
        if (answeredHere >= kSliceBudget) {
            schedulePump();
            break;
        }
        if (!dispatch(m_plan->pending.at(m_next++)))
            ++answeredHere;
    }
    m_meter.setInFlight(m_calls.size());
    if (m_calls.isEmpty() && (m_cancelling || m_next >= m_plan->pending.size()))
        finish(m_cancelling ? u"cancelled"_s : u"completed"_s, {});
}

bool RunWorker::dispatch(const CaseWork &work)
{
    const PlannedColumn *column = &*m_plan->columns.constFind(work.columnId);
    if (!column->error.isEmpty()) {
        record(ResultBuilder::failure(work.caseId, column->error), column);
        return false;
    }
    const auto vars = m_plan->rowVars.constFind(work.rowId);
    if (vars == m_plan->rowVars.constEnd()) {
        record(ResultBuilder::failure(work.caseId, tr("Dataset row %1 is missing.").arg(work.rowId)), column);
        return false;
    }
    ChatRequest request;
    QString error;
    if (!RequestBuilder::build(*column, *vars, &request, &error)) {
        record(ResultBuilder::failure(work.caseId, error), column);
        return false;
    }
    QByteArray body;
    const QString key = RequestBuilder::cacheKey(m_plan->providers.at(column->provider), request, work.repeat,
                                                 &body, &error);
    if (key.isEmpty()) {
        record(ResultBuilder::failure(work.caseId, error), column);
        return false;
    }
    if (m_useCache) {
        if (const std::optional<QJsonObject> entry = cached(key)) {
            record(ResultBuilder::fromCache(work.caseId, *entry, key, body), column);
            return false;
        }
    }
    ChatCall *call = m_clients.at(size_t(column->provider))->send(request, m_options.stream, this);
    m_calls.insert(call, Call{work.caseId, column->id, key});
    connect(call, &ChatCall::finished, this,
            [this, call](const ChatResponse &response) { onCallFinished(call, response); });
    return true;
}

std::optional<QJsonObject> RunWorker::cached(const QString &key)
{
    const auto queued = m_cacheQueue.constFind(key);
    if (queued != m_cacheQueue.constEnd())
        return *queued;
    try {
        return RunStore(*m_db).cachedResponse(key);
    } catch (const SqlError &) {
        return std::nullopt;   // the cache is an optimisation: a failed read is a miss
    }
}

void RunWorker::onCallFinished(ChatCall *call, const ChatResponse &response)
{
    const auto it = m_calls.constFind(call);
    if (it == m_calls.constEnd())
        return;
    const Call c = *it;
    m_calls.erase(it);
    call->deleteLater();
    // A call cancelled by cancel() leaves its case pending for resume.
    if (!(m_cancelling && response.errorKind == ErrorKind::Canceled)) {
        const PlannedColumn *column = &*m_plan->columns.constFind(c.columnId);
        record(ResultBuilder::fromResponse(c.caseId, response, c.key, m_options.stream), column);
        if (response.ok() && m_useCache) {
            m_cacheQueue.insert(c.key, ResultBuilder::cacheEntry(response));
            if (m_cacheQueue.size() >= kCacheBatch)
                flushCache();
        }
    }
    pump();
}

void RunWorker::record(CaseResult result, const PlannedColumn *column)
{
    const std::optional<ModelPrice> price = result.ok ? m_prices.find(column->model) : std::nullopt;
    if (price && result.promptTokens >= 0 && result.completionTokens >= 0)
        result.cost = (double(result.promptTokens) * price->inputPerMTok
                       + double(result.completionTokens) * price->outputPerMTok) / 1e6;
    m_meter.add(result, result.cost, price ? price->currency : QString());
    m_writer->submit(result);
}

void RunWorker::flushCache()
{
    if (m_cacheQueue.isEmpty() || !m_db)
        return;
    try {
        Transaction tx(*m_db);
        RunStore store(*m_db);
        StoreError ignored;
        for (auto it = m_cacheQueue.cbegin(); it != m_cacheQueue.cend(); ++it)
            store.storeCachedResponse(it.key(), it.value(), &ignored);
        tx.commit();
        m_cacheQueue.clear();
    } catch (const SqlError &) {
        // Best effort: keep the entries for the next flush unless they pile up.
        if (m_cacheQueue.size() > 20 * kCacheBatch)
            m_cacheQueue.clear();
    }
}

void RunWorker::tick()
{
    if (!m_active)
        return;
    const qint64 failingSince = m_writerFailingSince;
    if (failingSince >= 0 && now() - failingSince > kWriterGiveUpMs) {
        std::lock_guard lock(m_writerErrorMutex);
        const QString error = tr("Results cannot be written to the workspace: %1").arg(m_writerError);
        m_cancelling = true;
        return finish(u"failed"_s, error);
    }
    if (++m_ticks % kCacheFlushTicks == 0)
        flushCache();
    m_meter.setInFlight(m_calls.size());
    if (m_meter.isDirty() || now() - m_lastReportMs >= kIdleReportMs) {
        m_lastReportMs = now();
        Q_EMIT progress(m_meter.snapshot(now()));
    }
}

void RunWorker::finish(QString status, QString error)
{
    m_active = false;
    m_timer->stop();
    // Calls still open (only after a failure): drop them; deleting a call cancels it.
    const QList<ChatCall *> open = m_calls.keys();
    m_calls.clear();
    qDeleteAll(open);
    m_meter.setInFlight(0);
    flushCache();
    // The writer's destructor commits everything submitted (or gives up on a failing write).
    m_writer.reset();
    if (m_writerFailingSince >= 0 && status != u"failed"_s) {
        std::lock_guard lock(m_writerErrorMutex);
        status = u"failed"_s;
        error = tr("Results cannot be written to the workspace: %1").arg(m_writerError);
    }
    const qint64 runId = m_plan->run.id;
    try {
        StoreError storeError;
        if (!RunStore(*m_db).setStatus(runId, status, &storeError) && error.isEmpty())
            error = storeError.message;
    } catch (const SqlError &e) {
        if (error.isEmpty())
            error = e.message();
    }
    RunOutcome outcome;
    outcome.runId = runId;
    outcome.status = status;
    outcome.error = error;
    outcome.progress = m_meter.snapshot(now());
    m_clients.clear();
    m_plan.reset();
    m_cacheQueue.clear();
    Q_EMIT progress(outcome.progress);
    Q_EMIT finished(outcome);
}

void RunWorker::cancel()
{
    if (!m_active || m_cancelling)
        return;
    m_cancelling = true;
    for (ChatCall *call : m_calls.keys())
        call->cancel();
    pump();   // finishes now when nothing is in flight
}

} // namespace lathe
