#include "scorervalues.h"

#include "scorer.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

QString ScorerValues::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e21)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QStringList ScorerValues::list(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const QString t = text(v);
            if (!t.isNull())
                out.append(t);
        }
        return out;
    }
    const QString s = text(value);
    if (s.isNull())
        return out;
    // promptfoo's parseCommaSeparatedValues: split on commas outside double quotes, trim, and
    // drop the quotes around an item.
    QString item;
    bool quoted = false;
    const auto flush = [&] {
        QString t = item.trimmed();
        if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"'))
            t = t.mid(1, t.size() - 2);
        out.append(t);
        item.clear();
    };
    for (const QChar c : s) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u',' && !quoted)
            flush();
        else
            item += c;
    }
    flush();
    return out;
}

QStringList ScorerValues::references(const ScorerSpec &spec, const ScoringInput &input)
{
    if (!spec.hasValue() || spec.value.isNull())
        return input.expected;
    if (spec.value.isArray()) {
        QStringList out;
        for (const QJsonValue &v : spec.value.toArray()) {
            const QString t = text(v);
            if (!t.isNull())
                out.append(t);
        }
        return out;
    }
    const QString t = text(spec.value);
    return t.isNull() ? QStringList() : QStringList{t};
}

bool ScorerValues::number(const QJsonValue &value, double *out)
{
    bool ok = value.isDouble();
    double d = value.toDouble();
    if (value.isString())
        d = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    *out = d;
    return true;
}

} // namespace lathe
