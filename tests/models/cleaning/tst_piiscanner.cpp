// PiiScanner precision: true and false positives in English and Korean text, for every type.
#include "cleaning/piichecks.h"
#include "cleaning/piiredactor.h"
#include "cleaning/piiscanner.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(lathe::PiiType)

namespace {

const QDate kToday(2026, 6, 1);

QStringList found(const QString &text, PiiType type)
{
    QStringList out;
    for (const PiiMatch &m : PiiScanner(type, kToday).scan(text))
        out.append(m.value);
    return out;
}

} // namespace

class TestPiiScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<PiiType>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Email.
        QTest::newRow("email en") << PiiType::Email << u"Write to Jane.Doe+news@example.co.uk today."_s
                                  << QStringList{u"Jane.Doe+news@example.co.uk"_s};
        QTest::newRow("email ko particle") << PiiType::Email << u"문의는 hong.gildong@naver.com으로 보내 주세요"_s
                                           << QStringList{u"hong.gildong@naver.com"_s};
        QTest::newRow("email no tld") << PiiType::Email << u"user@localhost and @handle and a@b"_s << QStringList{};
        QTest::newRow("email double dot") << PiiType::Email << u"john..doe@example.com"_s << QStringList{};

        // Phone.
        QTest::newRow("kr mobile") << PiiType::Phone << u"연락처: 010-1234-5678로 전화 주세요"_s
                                   << QStringList{u"010-1234-5678"_s};
        QTest::newRow("kr seoul") << PiiType::Phone << u"Office 02-123-4567, fax (02) 123-4568."_s
                                  << QStringList{u"02-123-4567"_s, u"(02) 123-4568"_s};
        QTest::newRow("kr area dots") << PiiType::Phone << u"031.234.5678"_s << QStringList{u"031.234.5678"_s};
        QTest::newRow("kr intl") << PiiType::Phone << u"Call +82 10 1234 5678 or +82-2-123-4567."_s
                                 << QStringList{u"+82 10 1234 5678"_s, u"+82-2-123-4567"_s};
        QTest::newRow("kr unseparated mobile") << PiiType::Phone << u"번호 01012345678 입니다"_s
                                               << QStringList{u"01012345678"_s};
        QTest::newRow("e164 uk") << PiiType::Phone << u"UK desk: +44 20 7946 0958."_s
                                 << QStringList{u"+44 20 7946 0958"_s};
        QTest::newRow("nanp") << PiiType::Phone << u"Call (415) 555-2671 or 415-555-2672"_s
                              << QStringList{u"(415) 555-2671"_s, u"415-555-2672"_s};
        QTest::newRow("phone look-alikes") << PiiType::Phone
            << u"Dates 2024-01-15 and 2024-01-15 12:30:45, v1.2.3, order 123-456-789, ISBN 978-3-16-148410-0, "
               "price 1.234.567, +82 99 1234 5678, 010-1234-56789, 02-12-3456"_s
            << QStringList{};
        QTest::newRow("mixed separators") << PiiType::Phone << u"010-1234.5678"_s << QStringList{};

        // Cards.
        QTest::newRow("visa spaced") << PiiType::Card << u"Card: 4111 1111 1111 1111, exp 12/27"_s
                                     << QStringList{u"4111 1111 1111 1111"_s};
        QTest::newRow("mc dashed ko") << PiiType::Card << u"카드번호 5555-5555-5555-4444로 결제"_s
                                      << QStringList{u"5555-5555-5555-4444"_s};
        QTest::newRow("amex 4-6-5") << PiiType::Card << u"Amex 3782 822463 10005."_s
                                    << QStringList{u"3782 822463 10005"_s};
        QTest::newRow("compact") << PiiType::Card << u"pan=4012888888881881;"_s
                                 << QStringList{u"4012888888881881"_s};
        QTest::newRow("inside a longer number") << PiiType::Card << u"ref 94012888888881881"_s << QStringList{};
        QTest::newRow("luhn failure") << PiiType::Card << u"4111-1111-1111-1112"_s << QStringList{};
        QTest::newRow("card look-alikes") << PiiType::Card
            << u"timestamp 20240115123045, id 1234567812345678, 1111 1111 1111 1111, 4111 1111 11111 111, "
               "4111-1111 1111-1111, 0000000000000000"_s
            << QStringList{};
        QTest::newRow("order number") << PiiType::Card << u"Order #4532015112830366 shipped; 주문번호 4532015112830366"_s
                                      << QStringList{};

        // IBAN.
        QTest::newRow("iban de grouped") << PiiType::Iban << u"IBAN: DE89 3704 0044 0532 0130 00."_s
                                         << QStringList{u"DE89 3704 0044 0532 0130 00"_s};
        QTest::newRow("iban gb compact ko") << PiiType::Iban << u"계좌 GB82WEST12345698765432로 송금"_s
                                            << QStringList{u"GB82WEST12345698765432"_s};
        QTest::newRow("iban then word") << PiiType::Iban << u"NL91 ABNA 0417 1643 00 AND MORE"_s
                                        << QStringList{u"NL91 ABNA 0417 1643 00"_s};
        QTest::newRow("iban bad checksum") << PiiType::Iban << u"DE89 3704 0044 0532 0130 01"_s << QStringList{};
        QTest::newRow("iban bad length") << PiiType::Iban << u"DE89 3704 0044 0532 0130 0"_s << QStringList{};
        QTest::newRow("iban unknown country") << PiiType::Iban << u"ZZ89 3704 0044 0532 0130 00"_s << QStringList{};
        QTest::newRow("iban bad grouping") << PiiType::Iban << u"DE89 37040 044 0532 0130 00"_s << QStringList{};

        // IP.
        QTest::newRow("ipv4") << PiiType::Ip << u"Login from 192.168.0.17, then 8.8.8.8."_s
                              << QStringList{u"192.168.0.17"_s, u"8.8.8.8"_s};
        QTest::newRow("ipv4 ko") << PiiType::Ip << u"접속 IP는 203.0.113.5입니다"_s << QStringList{u"203.0.113.5"_s};
        QTest::newRow("ipv4 look-alikes") << PiiType::Ip
            << u"256.1.1.1, 1.2.3, 01.2.3.4, version 1.2.3.4, v1.2.3.4, 버전 10.0.0.1, 10.0.19041.1, 1.2.3.4.5"_s
            << QStringList{};
        QTest::newRow("ipv6") << PiiType::Ip << u"Peer 2001:db8::8a2e:370:7334 and fe80::1 and ::ffff:192.0.2.1."_s
                              << QStringList{u"2001:db8::8a2e:370:7334"_s, u"fe80::1"_s, u"::ffff:192.0.2.1"_s};
        QTest::newRow("ipv6 full") << PiiType::Ip << u"addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s
                                   << QStringList{u"2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s};
        QTest::newRow("ipv6 look-alikes") << PiiType::Ip
            << u"std::string, A::B, 12:30:45, 00:1A:2B:3C:4D:5E, ::1, 1::2::3, note: see:"_s << QStringList{};

        // Korean resident registration numbers.
        QTest::newRow("rrn") << PiiType::Rrn << u"주민등록번호 900101-1234568입니다"_s
                             << QStringList{u"900101-1234568"_s};
        QTest::newRow("rrn 2000s and foreign") << PiiType::Rrn << u"010203-3456788, 750505-5123458"_s
                                               << QStringList{u"010203-3456788"_s, u"750505-5123458"_s};
        QTest::newRow("rrn after 2020-10 without check digit") << PiiType::Rrn << u"211015-3123456"_s
                                                               << QStringList{u"211015-3123456"_s};
        QTest::newRow("rrn look-alikes") << PiiType::Rrn
            << u"900101-1234567 (check digit), 901301-1234568 (month), 900230-1234568 (day), "
               "900101-9234568 (gender), 991231-3234560 (future), 9001011234568, 1900101-1234568"_s
            << QStringList{};
    }

    void detects()
    {
        QFETCH(PiiType, type);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(found(text, type), expected);
    }

    void everyTypeAtOnceDoesNotOverlap()
    {
        const QString text = u"Mail kim@example.kr, 010-9876-5432, 4111 1111 1111 1111, IBAN DE89370400440532013000, "
                             "IP ::ffff:192.0.2.1, 주민 900101-1234568."_s;
        const QList<PiiMatch> matches = PiiScanner(PiiTypeInfo::allTypes(), kToday).scan(text);
        QList<PiiType> types;
        qsizetype end = 0;
        for (const PiiMatch &m : matches) {
            QVERIFY(m.start >= end);
            QCOMPARE(text.mid(m.start, m.length), m.value);
            end = m.start + m.length;
            types.append(m.type);
        }
        QCOMPARE(types, (QList<PiiType>{PiiType::Email, PiiType::Phone, PiiType::Card, PiiType::Iban, PiiType::Ip,
                                        PiiType::Rrn}));
    }

    void canonicalValues()
    {
        const QList<PiiMatch> m = PiiScanner(PiiTypeInfo::allTypes(), kToday)
                                      .scan(u"+82 10 1234 5678 / 010-1234-5678 / Kim@Example.com"_s);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(0).canonical, u"01012345678"_s);
        QCOMPARE(m.at(1).canonical, u"01012345678"_s);
        QCOMPARE(m.at(2).canonical, u"kim@example.com"_s);
    }

    void checksums()
    {
        QVERIFY(PiiChecks::luhn(u"79927398713"));
        QVERIFY(!PiiChecks::luhn(u"79927398710"));
        QVERIFY(PiiChecks::iban(u"FR1420041010050500013M02606"));
        QVERIFY(!PiiChecks::iban(u"FR1420041010050500013M02607"));
        QCOMPARE(PiiChecks::ibanLength(u"NO"), 15);
        QVERIFY(PiiChecks::ipv6(u"::", false));
        QVERIFY(!PiiChecks::ipv6(u"::"));
        QVERIFY(!PiiChecks::ipv6(u"1:2:3:4:5:6:7:8:9"));
    }

    void redactorNumbersDistinctValues()
    {
        PiiRedactor redactor{PiiScanner(PiiTypeInfo::allTypes(), kToday)};
        QCOMPARE(redactor.redact(u"Ask kim@example.kr or lee@example.kr; 010-1234-5678."_s),
                 u"Ask [EMAIL_1] or [EMAIL_2]; [PHONE_1]."_s);
        // Same values later, written differently: same placeholders.
        QCOMPARE(redactor.redact(u"KIM@example.kr, +82 10 1234 5678로 연락"_s), u"[EMAIL_1], [PHONE_1]로 연락"_s);
        QCOMPARE(redactor.redact(u"new: park@example.kr"_s), u"new: [EMAIL_3]"_s);
        QCOMPARE(redactor.distinctCount(PiiType::Email), 3);
        QCOMPARE(redactor.distinctCount(PiiType::Phone), 1);
    }
};

QTEST_APPLESS_MAIN(TestPiiScanner)
#include "tst_piiscanner.moc"
