#include "prompt/tmplnumber.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace lathe {

namespace {

// Shortest round-trip decimal digits of a finite, non-zero |value| and its exponent, such that
// value = 0.DIGITS * 10^decpt (the convention of Python's float formatting code).
void shortestDigits(double value, std::string *digits, int *decpt)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::scientific);
    const std::string s(buf, res.ptr);              // "d.ddde+XX" or "de+XX"
    const auto e = s.find('e');
    digits->clear();
    for (size_t i = 0; i < e; ++i)
        if (s[i] != '.')
            digits->push_back(s[i]);
    while (digits->size() > 1 && digits->back() == '0')
        digits->pop_back();
    *decpt = std::atoi(s.c_str() + e + 1) + 1;
}

QString special(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
}

QString exponentForm(const std::string &digits, int exponent, bool negative, int minExpDigits)
{
    std::string out = negative ? "-" : "";
    out += digits[0];
    if (digits.size() > 1) {
        out += '.';
        out.append(digits, 1);
    }
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    std::string e = std::to_string(std::abs(exponent));
    while (int(e.size()) < minExpDigits)
        e.insert(e.begin(), '0');
    out += e;
    return QString::fromLatin1(out);
}

// digits placed with the decimal point after `decpt` digits; `pointZero` appends ".0" to
// integers (Python) or not (JavaScript).
QString fixedForm(const std::string &digits, int decpt, bool negative, bool pointZero)
{
    std::string out = negative ? "-" : "";
    if (decpt <= 0) {
        out += "0.";
        out.append(size_t(-decpt), '0');
        out += digits;
    } else if (size_t(decpt) >= digits.size()) {
        out += digits;
        out.append(size_t(decpt) - digits.size(), '0');
        if (pointZero)
            out += ".0";
    } else {
        out.append(digits, 0, size_t(decpt));
        out += '.';
        out.append(digits, size_t(decpt));
    }
    return QString::fromLatin1(out);
}

} // namespace

QString TmplNumber::python(double value)
{
    if (!std::isfinite(value))
        return special(value);
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    std::string digits;
    int decpt = 0;
    shortestDigits(value, &digits, &decpt);
    const bool negative = value < 0;
    if (decpt <= -4 || decpt > 16)
        return exponentForm(digits, decpt - 1, negative, 2);
    return fixedForm(digits, decpt, negative, true);
}

QString TmplNumber::javascript(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN") : (value > 0 ? QStringLiteral("Infinity")
                                                                      : QStringLiteral("-Infinity"));
    if (value == 0)
        return QStringLiteral("0");
    std::string digits;
    int decpt = 0;
    shortestDigits(value, &digits, &decpt);
    const bool negative = value < 0;
    if (decpt > 21 || decpt <= -6)
        return exponentForm(digits, decpt - 1, negative, 1);
    return fixedForm(digits, decpt, negative, false);
}

} // namespace lathe
