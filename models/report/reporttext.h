#pragma once

#include "reportdata.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace lathe {

// Short, locale-independent forms of report figures shared by the writers ('.' decimals, so
// scripts can read them).
class ReportText final
{
public:
    // "80.0%"; "-" when there is no rate.
    static QString percent(std::optional<double> fraction);
    // "49.0-94.3%"; "-" for an invalid interval.
    static QString interval(double low, double high);
    // "$0.0123" for USD, "0.0123 EUR" otherwise, "0.0123" without a currency; more decimals
    // for small amounts.
    static QString cost(double amount, const QString &currency);
    // A number with up to `decimals` decimals, trailing zeros dropped ("0.5", "12.3457", "1").
    static QString number(double value, int decimals = 4);
    // "ok", "error", "pending"
    static QString state(ReportCaseState state);
    // "pass", "fail", or empty without a verdict.
    static QString verdict(std::optional<bool> pass);
    // A dataset value as text: strings as they are, anything else as compact JSON; empty when
    // undefined or null.
    static QString value(const QJsonValue &value);
    // Compact or indented JSON text of an object.
    static QString json(const QJsonObject &object, bool indented = false);
};

} // namespace lathe
