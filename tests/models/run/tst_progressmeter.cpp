// Progress figures: counts, tokens, cost and spend, and rate and ETA over a sliding window,
// driven by explicit times (no waiting).
#include "run/progressmeter.h"
#include "workspace/runstore.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestProgressMeter final : public QObject
{
    Q_OBJECT

    static CaseResult result(bool ok, bool cached = false, qint64 prompt = 10, qint64 completion = 5)
    {
        CaseResult r;
        r.ok = ok;
        r.cached = cached;
        r.promptTokens = ok ? prompt : -1;
        r.completionTokens = ok ? completion : -1;
        return r;
    }

private Q_SLOTS:
    void countsTokensCostAndSpend()
    {
        ProgressMeter meter;
        RunProgress initial;
        initial.total = 10;
        initial.done = 2;
        initial.promptTokens = 100;
        initial.cost = 0.5;
        meter.begin(initial, 0);
        meter.add(result(true), 0.25, u"USD"_s);
        meter.add(result(true, true), 0.25, u"USD"_s);   // cached: costs, but nothing spent
        meter.add(result(false), -1, {});
        meter.add(result(true), -1, {});                  // no price
        meter.setInFlight(3);
        const RunProgress p = meter.snapshot(1000);
        QCOMPARE(p.done, 6);
        QCOMPARE(p.remaining(), 4);
        QCOMPARE(p.errors, 1);
        QCOMPARE(p.cached, 1);
        QCOMPARE(p.inFlight, 3);
        QCOMPARE(p.promptTokens, 130);
        QCOMPARE(p.completionTokens, 15);
        QCOMPARE(p.cost, 1.0);
        QCOMPARE(p.spent, 0.25);
        QCOMPARE(p.unpriced, 1);
        QCOMPARE(p.currency, u"USD"_s);
        QCOMPARE(p.elapsedMs, 1000);
        QCOMPARE(p.fraction(), 0.6);
    }

    void rateAndEtaOverTheWindow()
    {
        ProgressMeter meter(5000);
        RunProgress initial;
        initial.total = 100;
        initial.done = 10;   // earlier results do not count toward the rate
        meter.begin(initial, 0);
        QVERIFY(meter.isDirty());
        RunProgress p = meter.snapshot(0);
        QCOMPARE(p.rate, 0.0);
        QCOMPARE(p.etaMs, -1);   // unknown until something finishes
        QVERIFY(!meter.isDirty());

        for (int i = 0; i < 20; ++i)
            meter.add(result(true), 0, u"USD"_s);
        QVERIFY(meter.isDirty());
        p = meter.snapshot(2000);
        QCOMPARE(p.rate, 10.0);       // 20 cases in 2 s
        QCOMPARE(p.etaMs, 7000);      // 70 left at 10/s

        for (int i = 0; i < 10; ++i)
            meter.add(result(true), 0, u"USD"_s);
        p = meter.snapshot(4000);
        QCOMPARE(p.rate, 7.5);        // 30 in 4 s

        // Nothing more finishes: the window (the latest sample at least 5 s old onwards)
        // still holds the completions at first, then slides past them.
        p = meter.snapshot(6000);
        QCOMPARE(p.rate, 5.0);        // 30 since the sample at 0 ms
        p = meter.snapshot(9500);
        QCOMPARE(p.rate, 0.0);
        QCOMPARE(p.etaMs, -1);
    }

    void finishedRunHasNoEta()
    {
        ProgressMeter meter;
        RunProgress initial;
        initial.total = 3;
        initial.done = 3;
        meter.begin(initial, 0);
        QCOMPARE(meter.snapshot(10).etaMs, 0);
    }
};

QTEST_APPLESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
