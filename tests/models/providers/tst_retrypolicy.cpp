// RetryPolicy: which failures are retried, exponential backoff with jitter, the attempt cap,
// and Retry-After in both its forms.
#include "providers/retrypolicy.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatuses()
    {
        for (int s : {429, 500, 502, 503, 504})
            QVERIFY(RetryPolicy::isRetryableStatus(s));
        for (int s : {200, 400, 401, 403, 404, 408, 413, 422, 501})
            QVERIFY(!RetryPolicy::isRetryableStatus(s));
    }

    void retryableErrors()
    {
        for (ErrorKind k : {ErrorKind::Connect, ErrorKind::Network, ErrorKind::Timeout, ErrorKind::StreamIdle})
            QVERIFY(RetryPolicy::isRetryableError(k));
        for (ErrorKind k : {ErrorKind::None, ErrorKind::Canceled, ErrorKind::Config, ErrorKind::Tls,
                            ErrorKind::Protocol, ErrorKind::Provider})
            QVERIFY(!RetryPolicy::isRetryableError(k));
    }

    void backoffDoublesWithJitterAndCap()
    {
        const RetryPolicy p{.maxAttempts = 10, .baseDelayMs = 100, .maxDelayMs = 1000};
        QCOMPARE(p.backoffMs(1, 0), 50);
        QCOMPARE(p.backoffMs(1, 0xFFFFFFFFu), 100);
        QCOMPARE(p.backoffMs(2, 0xFFFFFFFFu), 200);
        QCOMPARE(p.backoffMs(3, 0), 200);
        QCOMPARE(p.backoffMs(8, 0xFFFFFFFFu), 1000);   // capped
        QCOMPARE(p.backoffMs(60, 0), 500);             // no overflow
        for (quint32 r : {1u, 12345u, 0x80000000u, 0xFFFFFFF0u}) {
            const qint64 d = p.backoffMs(2, r);
            QVERIFY(d >= 100 && d <= 200);
        }
    }

    void retryDelayDecisions()
    {
        const RetryPolicy p{.maxAttempts = 3, .baseDelayMs = 100, .maxDelayMs = 1000, .maxRetryAfterMs = 5000};
        QCOMPARE(p.retryDelayMs(1, 400, ErrorKind::Http, -1, 0), -1);
        QCOMPARE(p.retryDelayMs(1, 503, ErrorKind::Http, -1, 0), 50);
        QCOMPARE(p.retryDelayMs(1, 429, ErrorKind::Http, 2000, 0), 2000);       // Retry-After wins
        QCOMPARE(p.retryDelayMs(2, 429, ErrorKind::Http, 10, 0xFFFFFFFFu), 200); // backoff wins
        QCOMPARE(p.retryDelayMs(1, 429, ErrorKind::Http, 6000, 0), -1);         // too long to wait
        QCOMPARE(p.retryDelayMs(3, 503, ErrorKind::Http, -1, 0), -1);           // attempts used up
        QCOMPARE(p.retryDelayMs(1, 0, ErrorKind::Network, -1, 0), 50);
        QCOMPARE(p.retryDelayMs(1, 0, ErrorKind::Tls, -1, 0), -1);
        QCOMPARE(RetryPolicy{.maxAttempts = 1}.retryDelayMs(1, 503, ErrorKind::Http, -1, 0), -1);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("spaces") << QByteArray("  3 ") << qint64(3000);
        QTest::newRow("fraction") << QByteArray("0.25") << qint64(250);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << qint64(30'000);
        QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:47 GMT") << qint64(10'000);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:42 1994") << qint64(5000);
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now), ms);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
