// RateLimiter with a fake clock (no sleeping): concurrency cap, requests-per-minute and
// tokens-per-minute buckets with continuous refill, the provider-wide pause after a 429,
// and limit changes.
#include "providers/clock.h"
#include "providers/ratelimiter.h"

#include <QTest>

using namespace lathe;

namespace {

class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 1'000'000;
};

} // namespace

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void concurrencyCap()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 2});
        qint64 readyAt = 0;
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        QCOMPARE(readyAt, -1);   // only a release helps
        QCOMPARE(limiter.inFlight(), 2);
        limiter.release();
        QVERIFY(limiter.tryAcquire(0, &readyAt));
    }

    void unlimitedConcurrency()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 0});
        qint64 readyAt = 0;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.tryAcquire(100, &readyAt));
    }

    void requestsPerMinuteBurstThenRefill()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 0, .requestsPerMinute = 60});
        qint64 readyAt = 0;
        for (int i = 0; i < 60; ++i)
            QVERIFY(limiter.tryAcquire(0, &readyAt));   // the bucket starts full
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        QCOMPARE(readyAt, clock.now + 1000);            // one request per second
        clock.now += 999;
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        clock.now += 1;
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        clock.now += 10 * 60'000;                        // refill is capped at one minute's worth
        for (int i = 0; i < 60; ++i)
            QVERIFY(limiter.tryAcquire(0, &readyAt));
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
    }

    void tokensPerMinute()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 0, .tokensPerMinute = 6000});
        qint64 readyAt = 0;
        QVERIFY(limiter.tryAcquire(5000, &readyAt));
        QVERIFY(!limiter.tryAcquire(2000, &readyAt));   // 1000 left, 1000 more needed
        QCOMPARE(readyAt, clock.now + 10'000);          // 100 tokens per second
        QVERIFY(limiter.tryAcquire(1000, &readyAt));
        clock.now += 60'000;
        QVERIFY(limiter.tryAcquire(1'000'000, &readyAt));   // clamped to the capacity
        QVERIFY(!limiter.tryAcquire(1, &readyAt));
    }

    void pauseAfterRateLimit()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 4});
        limiter.pauseUntil(clock.now + 2000);
        limiter.pauseUntil(clock.now + 500);   // an earlier end does not shorten the pause
        qint64 readyAt = 0;
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        QCOMPARE(readyAt, clock.now + 2000);
        clock.now += 2000;
        QVERIFY(limiter.tryAcquire(0, &readyAt));
    }

    void changingLimits()
    {
        FakeClock clock;
        RateLimiter limiter(clock, {.maxConcurrent = 1, .requestsPerMinute = 10});
        qint64 readyAt = 0;
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        limiter.setLimits({.maxConcurrent = 3, .requestsPerMinute = 2});   // level clamps to 2
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        QVERIFY(limiter.tryAcquire(0, &readyAt));
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        QCOMPARE(readyAt, -1);                    // 3 in flight
        limiter.release();
        QVERIFY(!limiter.tryAcquire(0, &readyAt));
        QCOMPARE(readyAt, clock.now + 30'000);    // 2 per minute
        limiter.setLimits({.maxConcurrent = 3, .requestsPerMinute = 0});
        QVERIFY(limiter.tryAcquire(0, &readyAt));
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
