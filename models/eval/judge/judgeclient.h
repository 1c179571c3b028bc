#pragma once

#include "providers/chatrequest.h"
#include "providers/chatresponse.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace lathe {

// Which stored provider and model judge. `provider` is a provider name as the workspace stores
// it, or promptfoo's "NAME:MODEL" form (split when NAME is a stored provider and `model` is
// empty). Empty fields fall back (see JudgeContext). Value type.
struct JudgeTarget
{
    QString provider;
    QString model;

    bool isEmpty() const { return provider.isEmpty() && model.isEmpty(); }
    // Each empty field of *this taken from `fallback`.
    JudgeTarget orElse(const JudgeTarget &fallback) const
    {
        return {provider.isEmpty() ? fallback.provider : provider, model.isEmpty() ? fallback.model : model};
    }
    // {"provider": ..., "model": ...} as runs.config "judge" stores it; empty fields left out.
    QJsonObject toJson() const
    {
        QJsonObject o;
        if (!provider.isEmpty())
            o.insert(QLatin1StringView("provider"), provider);
        if (!model.isEmpty())
            o.insert(QLatin1StringView("model"), model);
        return o;
    }
    static JudgeTarget fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1StringView("provider")).toString().trimmed(),
                o.value(QLatin1StringView("model")).toString().trimmed()};
    }
};

// One grading request of a judge scorer: the rendered judge prompt ("model" is set by the
// client from the resolved target).
struct JudgeCall
{
    JudgeTarget target;
    ChatRequest request;
    // Whether a successful reply may go into the response cache (e.g. it holds a readable
    // verdict), so an unreadable one is asked again next time. Null: every successful reply.
    // Called on the client's thread.
    std::function<bool(const QString &reply)> cacheable;
};

// What came back for a JudgeCall. `response` holds the judge's text, or its error (also for a
// call that could not be sent: unknown provider, no model, missing key: ErrorKind::Config).
// Never contains a secret.
struct JudgeReply
{
    ChatResponse response;
    QString provider;        // the stored provider that answered (resolved)
    QString model;
    bool cached = false;     // answered from the workspace's response cache, no call made
    QString cacheKey;        // RequestBuilder::cacheKey of the request (the run scheme)
};

// Sends judge calls. Implementations (JudgeService; fakes in tests) are thread-safe: call()
// may be used from any thread and never blocks; `done` is called exactly once, from any
// thread, also after cancelAll() (with ErrorKind::Canceled).
class JudgeClient
{
public:
    using Callback = std::function<void(JudgeReply)>;

    virtual ~JudgeClient() = default;
    virtual void call(const JudgeCall &call, const Callback &done) = 0;
    // Cancels the calls sent or queued so far; each still calls its `done`.
    virtual void cancelAll() = 0;
};

// What judge scorers are built with: the client that sends their calls (null: judge scorers
// are skipped, saying no judge is set up) and the target used for what a scorer's own
// `provider:`/`model:` leave open (the command line's judge, then the run's).
struct JudgeContext
{
    JudgeClient *client = nullptr;
    JudgeTarget fallback;
};

} // namespace lathe
