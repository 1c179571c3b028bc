#pragma once

#include "piitype.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace lathe {

// One piece of personal data found in a text. Offsets count UTF-16 code units.
struct PiiMatch
{
    PiiType type = PiiType::Email;
    qsizetype start = 0;
    qsizetype length = 0;
    QString value;       // as written
    QString canonical;   // the same value however it was written: lower-case email, phone
                         // digits (+82 numbers in their domestic 0... form), card/RRN digits,
                         // IBAN without spaces, lower-case IP

    bool operator==(const PiiMatch &) const = default;
};

// Finds personal data in free text (English, Korean and mixed), tuned for precision:
//  - email: local@domain.tld, the TLD alphabetic;
//  - phone: international "+CC ..." (8-15 digits; +82 numbers must have a Korean structure),
//    Korean domestic numbers with separators (010-1234-5678, 02-123-4567, 031.123.4567,
//    (02) 123-4567, 070-1234-5678) or an unseparated mobile number (01012345678), and North
//    American (555) 123-4567 / 555-123-4567;
//  - card: 13-19 digits, optionally grouped by one kind of separator (4-4-4-4, 4-6-5, ...),
//    passing PiiChecks::cardNumber (scheme prefix and length, Luhn), and not introduced as an
//    order, invoice or tracking number;
//  - IBAN: country code, check digits and the country's exact length, optionally in groups of
//    four, passing mod 97;
//  - IP: IPv4 dotted quads (not after "v", "version" or "버전"), IPv6 (PiiChecks::ipv6 strict);
//  - RRN: YYMMDD-GNNNNNN with the hyphen, passing PiiChecks::residentNumber.
// A match never touches a letter or digit of the surrounding word on either side (Korean
// particles such as 로, 으로, 입니다 may follow directly). Matches do not overlap: where two
// candidates do, the earlier, then the longer, wins. Thread-safe; scanning is const.
class PiiScanner final
{
public:
    explicit PiiScanner(PiiTypes types = PiiTypeInfo::allTypes(), const QDate &today = QDate::currentDate())
        : m_types(types), m_today(today)
    {
    }

    PiiTypes types() const { return m_types; }
    // Matches in text order.
    QList<PiiMatch> scan(QStringView text) const;

private:
    void scanEmails(QStringView text, QList<PiiMatch> &out) const;
    void scanPhones(QStringView text, QList<PiiMatch> &out) const;
    void scanCards(QStringView text, QList<PiiMatch> &out) const;
    void scanIbans(QStringView text, QList<PiiMatch> &out) const;
    void scanIps(QStringView text, QList<PiiMatch> &out) const;
    void scanResidentNumbers(QStringView text, QList<PiiMatch> &out) const;

    PiiTypes m_types;
    QDate m_today;
};

} // namespace lathe
