#include "piichecks.h"

#include <algorithm>

namespace lathe {

namespace {

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

int prefixValue(QStringView digits, int n)
{
    int v = 0;
    for (int i = 0; i < n && i < digits.size(); ++i)
        v = v * 10 + digitAt(digits, i);
    return v;
}

bool hexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Country -> IBAN length, from the SWIFT IBAN registry.
struct IbanCountry
{
    char code[3];
    int length;
};
constexpr IbanCountry kIbanCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

} // namespace

bool PiiChecks::luhn(QStringView digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool PiiChecks::cardNumber(QStringView digits)
{
    const qsizetype n = digits.size();
    if (n < 13 || n > 19 || !allDigits(digits))
        return false;
    if (std::all_of(digits.begin(), digits.end(), [&](QChar c) { return c == digits.front(); }))
        return false;
    const int p1 = prefixValue(digits, 1);
    const int p2 = prefixValue(digits, 2);
    const int p3 = prefixValue(digits, 3);
    const int p4 = prefixValue(digits, 4);
    const int p6 = prefixValue(digits, 6);
    bool scheme = false;
    if (p1 == 4)                                                    // Visa
        scheme = n == 13 || n == 16 || n == 19;
    else if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))  // Mastercard
        scheme = n == 16;
    else if (p2 == 34 || p2 == 37)                                  // American Express
        scheme = n == 15;
    else if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925))
        scheme = n >= 16;                                           // Discover
    else if (p4 >= 3528 && p4 <= 3589)                              // JCB
        scheme = n >= 16;
    else if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39)
        scheme = n >= 14;                                           // Diners Club
    else if (p2 == 62)                                              // UnionPay
        scheme = n >= 16;
    else if (p2 == 50 || (p2 >= 56 && p2 <= 69))                    // Maestro
        scheme = n >= 13;
    return scheme && luhn(digits);
}

int PiiChecks::ibanLength(QStringView country)
{
    if (country.size() != 2)
        return 0;
    for (const IbanCountry &c : kIbanCountries) {
        if (country.at(0) == QLatin1Char(c.code[0]) && country.at(1) == QLatin1Char(c.code[1]))
            return c.length;
    }
    return 0;
}

bool PiiChecks::iban(QStringView compact)
{
    const int length = ibanLength(compact.left(2));
    if (length == 0 || compact.size() != length || !allDigits(compact.sliced(2, 2)))
        return false;
    const int check = prefixValue(compact.sliced(2), 2);
    if (check < 2 || check > 98)
        return false;
    // Move the first four characters to the end, letters become 10..35, then mod 97.
    int remainder = 0;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const QChar c = compact.at((i + 4) % compact.size());
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool PiiChecks::ipv4(QStringView text)
{
    int parts = 0;
    for (QStringView part : text.tokenize(u'.')) {
        if (++parts > 4 || part.isEmpty() || part.size() > 3 || !allDigits(part))
            return false;
        if (part.size() > 1 && part.front() == u'0')
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return parts == 4;
}

bool PiiChecks::ipv6(QStringView text, bool strict)
{
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
        return false;
    int groups = 0;
    int hexDigits = 0;
    bool ipv4Tail = false;
    const auto readGroups = [&](QStringView side, bool mayEndWithIpv4) {
        if (side.isEmpty())
            return true;
        const QList<QStringView> parts = side.split(u':');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QStringView p = parts.at(i);
            if (mayEndWithIpv4 && i == parts.size() - 1 && p.contains(u'.')) {
                if (!ipv4(p))
                    return false;
                groups += 2;
                hexDigits += 8;
                ipv4Tail = true;
                continue;
            }
            if (p.isEmpty() || p.size() > 4 || !std::all_of(p.begin(), p.end(), hexDigit))
                return false;
            ++groups;
            hexDigits += int(p.size());
        }
        return true;
    };
    if (gap < 0) {
        if (!readGroups(text, true))
            return false;
        return groups == 8;
    }
    if (!readGroups(text.left(gap), false) || !readGroups(text.sliced(gap + 2), true))
        return false;
    if (groups > 7)
        return false;
    if (strict) {
        const int named = groups - (ipv4Tail ? 1 : 0);
        if (named < 2 || hexDigits < 5)
            return false;
    }
    return true;
}

bool PiiChecks::residentNumber(QStringView digits13, const QDate &today)
{
    if (digits13.size() != 13 || !allDigits(digits13))
        return false;
    const int gender = digitAt(digits13, 6);
    if (gender < 1 || gender > 8)
        return false;
    const int century = (gender == 1 || gender == 2 || gender == 5 || gender == 6) ? 1900 : 2000;
    const QDate born(century + prefixValue(digits13, 2), prefixValue(digits13.sliced(2), 2),
                     prefixValue(digits13.sliced(4), 2));
    if (!born.isValid() || (today.isValid() && born > today))
        return false;
    if (born >= QDate(2020, 10, 1))
        return true;
    static constexpr int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digitAt(digits13, i) * weights[i];
    const int check = gender >= 5 ? (13 - sum % 11) % 10 : (11 - sum % 11) % 10;
    return check == digitAt(digits13, 12);
}

} // namespace lathe
