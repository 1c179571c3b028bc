#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace lathe {

// The checksums and structural rules PiiScanner uses to tell personal data from look-alikes.
// Pure functions on ASCII input; anything else is simply invalid.
class PiiChecks final
{
public:
    // Luhn (mod 10) over a string of digits.
    static bool luhn(QStringView digits);
    // A payment card: 13-19 digits, issuer prefix and length of a known scheme (Visa,
    // Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro), Luhn-valid, not one
    // repeated digit.
    static bool cardNumber(QStringView digits);

    // The IBAN length of a country (ISO 3166 code, upper case), 0 when it has no IBAN.
    static int ibanLength(QStringView country);
    // A compact IBAN (no spaces, upper case): right length for its country, check digits
    // 02..98, and ISO 7064 mod 97 == 1.
    static bool iban(QStringView compact);

    // Dotted-quad IPv4: four decimal octets 0-255 without leading zeros.
    static bool ipv4(QStringView text);
    // IPv6 in RFC 4291 text form: eight groups of 1-4 hex digits, or fewer with one "::", and
    // optionally a dotted IPv4 tail. `strict` adds the rules that keep prose and code out:
    // a compressed address needs two groups and five hex digits ("::1", "A::B" are refused).
    static bool ipv6(QStringView text, bool strict = true);

    // Korean resident registration number "YYMMDD-GNNNNNC": G 1-8 (1/2/5/6: born 1900s,
    // 3/4/7/8: 2000s; 5-8: foreign residents), a real date not after `today`, and the check
    // digit C (citizens: (11 - S mod 11) mod 10, foreigners: (13 - S mod 11) mod 10, S the
    // weighted sum 2,3,4,5,6,7,8,9,2,3,4,5). Numbers issued since October 2020 no longer
    // carry a check digit, so for birth dates from 2020-10-01 on the date alone is checked.
    static bool residentNumber(QStringView digits13, const QDate &today);
};

} // namespace lathe
