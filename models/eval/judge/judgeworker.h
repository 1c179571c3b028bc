#pragma once

#include "judgeclient.h"

#include "run/runplan.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>

namespace lathe {

class ChatCall;
class ChatClient;
class Database;
class HttpClient;
class KeyResolver;

// Counters of a JudgeService, written by its worker, readable from any thread.
struct JudgeCounters
{
    std::atomic<qint64> sent{0};        // calls that went to a provider
    std::atomic<qint64> cacheHits{0};   // answered from the response cache
    std::atomic<qint64> failed{0};      // replies that are errors (including unresolved targets)
};

// JudgeService's worker: lives on the service's thread and does everything there. Its own
// connection to the workspace reads stored providers and the response cache and writes new
// cache entries (one INSERT per answer; WAL lets the re-scoring connection write meanwhile).
// Per provider at most `window` calls are open (its max_concurrent plus a small queue, or 16
// when unlimited); the rest wait here, so a long batch never sits in the HTTP client's queue
// against its total timeout.
class JudgeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgeWorker)
public:
    JudgeWorker(const QString &workspacePath, const KeyResolver &keys, HttpClient &http, bool useCache,
                JudgeCounters &counters);
    // Answers everything still queued or open with ErrorKind::Canceled.
    ~JudgeWorker() override;

    void submit(const JudgeCall &call, const JudgeClient::Callback &done);
    void cancelAll();

private:
    struct Pending
    {
        ChatRequest request;
        std::function<bool(const QString &)> cacheable;
        QString key;
        QByteArray body;
        QString provider;
        QString model;
        JudgeClient::Callback done;
    };
    struct Provider
    {
        QString name;
        PlannedProvider planned;
        std::unique_ptr<ChatClient> client;
        QString error;   // not empty: every call to it fails with this
        qsizetype window = 16;
        qsizetype open = 0;
        std::deque<Pending> queue;
    };

    bool openDatabase();
    // The stored provider for `target` (resolving "NAME:MODEL"), with *model the model to use.
    Provider *provider(const JudgeTarget &target, QString *model, QString *error);
    void pump(Provider &p);
    void onFinished(ChatCall *call, const ChatResponse &response);
    void reply(const Pending &pending, const ChatResponse &response, bool cached);
    void fail(const JudgeClient::Callback &done, const JudgeTarget &target, ErrorKind kind, const QString &message);

    const QString m_path;
    const KeyResolver &m_keys;
    HttpClient &m_http;
    const bool m_useCache;
    JudgeCounters &m_counters;
    std::unique_ptr<Database> m_db;
    bool m_dbTried = false;
    QHash<QString, std::shared_ptr<Provider>> m_providers;   // by stored name
    QHash<ChatCall *, std::pair<std::shared_ptr<Provider>, Pending>> m_open;
};

} // namespace lathe
