#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

QString ReportText::percent(std::optional<double> fraction)
{
    if (!fraction || std::isnan(*fraction))
        return u"-"_s;
    return QString::number(*fraction * 100, 'f', 1) + u'%';
}

QString ReportText::interval(double low, double high)
{
    if (std::isnan(low) || std::isnan(high))
        return u"-"_s;
    return QString::number(low * 100, 'f', 1) + u'-' + QString::number(high * 100, 'f', 1) + u'%';
}

QString ReportText::cost(double amount, const QString &currency)
{
    const int decimals = amount == 0 ? 2 : amount < 0.0001 ? 6 : amount < 1 ? 4 : 2;
    const QString figure = QString::number(amount, 'f', decimals);
    if (currency == u"USD"_s)
        return u'$' + figure;
    return currency.isEmpty() ? figure : figure + u' ' + currency;
}

QString ReportText::number(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s == u"-0"_s ? u"0"_s : s;
}

QString ReportText::state(ReportCaseState state)
{
    switch (state) {
    case ReportCaseState::Ok: return u"ok"_s;
    case ReportCaseState::Error: return u"error"_s;
    case ReportCaseState::Pending: return u"pending"_s;
    }
    return {};
}

QString ReportText::verdict(std::optional<bool> pass)
{
    return !pass ? QString() : *pass ? u"pass"_s : u"fail"_s;
}

QString ReportText::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return {};
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ReportText::json(const QJsonObject &object, bool indented)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
}

} // namespace lathe
