// JudgeService on its own: every call answered exactly once (sent, cached, unresolved,
// cancelled, or still open when the service is destroyed), from its thread; stats; the
// per-provider window (max_concurrent + a few) bounds what is open at the mock.
#include "judgemock.h"

#include "eval/judge/judgeservice.h"
#include "providers/envkeyresolver.h"
#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

// Collects replies from the judge's thread; wait() blocks until `n` have arrived.
class Replies
{
public:
    JudgeClient::Callback callback()
    {
        return [this](const JudgeReply &r) {
            std::lock_guard lock(m_mutex);
            m_replies.append(r);
            m_threads.insert(QThread::currentThread());
            m_arrived.notify_all();
        };
    }
    bool wait(qsizetype n, int ms = 10000)
    {
        std::unique_lock lock(m_mutex);
        return m_arrived.wait_for(lock, std::chrono::milliseconds(ms), [&] { return m_replies.size() >= n; });
    }
    QList<JudgeReply> all()
    {
        std::lock_guard lock(m_mutex);
        return m_replies;
    }
    QSet<QThread *> threads()
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    QList<JudgeReply> m_replies;
    QSet<QThread *> m_threads;
};

JudgeCall rubricCall(const QString &output, const QString &model = u"mock-small"_s)
{
    JudgeCall c;
    c.target = {u"grader"_s, model};
    c.request.messages = {{u"system"_s, u"Reply in JSON."_s},
                          {u"user"_s, u"<rubric>\nSays \"hi\"\n</rubric>\n\n<output>\n"_s + output + u"\n</output>"_s}};
    c.request.params = {{u"temperature"_s, 0}, {u"response_format"_s, u"json_object"_s}};
    return c;
}

} // namespace

class TestJudgeService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<JudgeMock> m_mock;
    std::unique_ptr<Workspace> m_ws;
    EnvKeyResolver m_keys;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        m_mock = std::make_unique<JudgeMock>();
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(u"s%1.lathe"_s.arg(++m_n)), {}, &error);
        QVERIFY(m_ws);
        StoredProvider p;
        p.name = u"grader"_s;
        p.kind = u"openai"_s;
        p.baseUrl = m_mock->baseUrl() + u"/v1"_s;
        p.config = {{u"limits"_s, QJsonObject{{u"max_concurrent"_s, 2}}}};
        StoreError err;
        QVERIFY(ProviderStore(m_ws->database()).save(p, false, &err));
    }
    void cleanup()
    {
        m_ws.reset();
        m_mock.reset();
    }

    void answersOnceEachThenFromCache()
    {
        Replies replies;
        {
            JudgeService service(m_ws->database().path(), m_keys);
            service.call(rubricCall(u"hi there"_s), replies.callback());
            service.call(rubricCall(u"bye"_s), replies.callback());
            service.call({{u"missing"_s, u"m"_s}, {}, {}}, replies.callback());
            QVERIFY(replies.wait(3));
            QCOMPARE(service.stats().sent, 2);
            QCOMPARE(service.stats().failed, 1);
        }
        QList<JudgeReply> r = replies.all();
        QCOMPARE(r.size(), 3);
        QVERIFY(!replies.threads().contains(QThread::currentThread()));
        int ok = 0;
        for (const JudgeReply &reply : r) {
            if (reply.response.ok()) {
                ++ok;
                QCOMPARE(reply.provider, u"grader"_s);
                QVERIFY(!reply.cached);
                QCOMPARE(reply.cacheKey.size(), 64);
            } else {
                QCOMPARE(int(reply.response.errorKind), int(ErrorKind::Config));
                QVERIFY(reply.response.errorMessage.contains(u"\"missing\""_s));
            }
        }
        QCOMPARE(ok, 2);

        Replies again;
        JudgeService service(m_ws->database().path(), m_keys);
        service.call(rubricCall(u"hi there"_s), again.callback());
        QVERIFY(again.wait(1));
        QVERIFY(again.all().first().cached);
        QVERIFY(again.all().first().response.output.contains(u"\"pass\":true"_s));
        QCOMPARE(service.stats().cacheHits, 1);
        QCOMPARE(service.stats().sent, 0);
        QCOMPARE(m_mock->requestCount(), 2);
    }

    void windowBoundsOpenCalls()
    {
        // max_concurrent 2 -> at most 2 + 4 calls leave the worker (the HTTP client holds all but 2
        // of those); the rest wait in the worker.
        Replies replies;
        JudgeService service(m_ws->database().path(), m_keys, false);
        for (int i = 0; i < 12; ++i)
            service.call(rubricCall(u"hi %1 [[delay:300]]"_s.arg(i)), replies.callback());
        QTRY_VERIFY_WITH_TIMEOUT(service.stats().sent >= 6, 5000);
        QCOMPARE(service.stats().sent, 6);
        QVERIFY(replies.wait(12));
        QCOMPARE(service.stats().sent, 12);
    }

    void cancelAndDestroyAnswerEverything()
    {
        Replies replies;
        QElapsedTimer t;
        t.start();
        {
            JudgeService service(m_ws->database().path(), m_keys);
            for (int i = 0; i < 10; ++i)
                service.call(rubricCall(u"hi %1 [[delay:5000]]"_s.arg(i)), replies.callback());
            QTRY_VERIFY_WITH_TIMEOUT(m_mock->requestCount() >= 2, 5000);
            service.cancelAll();
            QVERIFY(replies.wait(10));
            for (int i = 0; i < 3; ++i)
                service.call(rubricCall(u"late %1 [[delay:5000]]"_s.arg(i)), replies.callback());
        }   // destroyed with 3 calls open or queued
        QCOMPARE(replies.all().size(), 13);
        for (const JudgeReply &r : replies.all())
            QCOMPARE(int(r.response.errorKind), int(ErrorKind::Canceled));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestJudgeService)
#include "tst_judgeservice.moc"
