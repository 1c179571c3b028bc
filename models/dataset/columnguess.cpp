#include "columnguess.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

ColumnRole ColumnGuess::role(const QString &name)
{
    if (name.startsWith(u"__expected"_s))
        return ColumnRole::Expected;
    if (name.startsWith(u"__"_s))
        return ColumnRole::Metadata;
    QString n = name.trimmed().toLower();
    n.replace(u' ', u'_').replace(u'-', u'_');
    static const QStringList expected{u"expected"_s, u"expected_output"_s, u"expected_answer"_s,
                                      u"answer"_s, u"ideal"_s, u"label"_s, u"reference"_s,
                                      u"target"_s, u"output"_s, u"ground_truth"_s, u"gold"_s,
                                      u"correct_answer"_s, u"completion"_s};
    static const QStringList metadata{u"id"_s, u"_id"_s, u"uuid"_s, u"source"_s, u"row_id"_s};
    if (expected.contains(n))
        return ColumnRole::Expected;
    if (metadata.contains(n))
        return ColumnRole::Metadata;
    return ColumnRole::Variable;
}

void TypeTally::add(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return;
    case QJsonValue::Double:
        ++m_values;
        return;
    case QJsonValue::String: {
        const QString s = value.toString();
        if (s.isEmpty())
            return;
        ++m_values;
        if (m_allNumbers) {
            bool ok = false;
            const double d = QLocale::c().toDouble(QStringView(s).trimmed(), &ok);
            m_allNumbers = ok && std::isfinite(d);
        }
        return;
    }
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object:
        ++m_values;
        m_structured = true;
        m_allNumbers = false;
        return;
    }
}

ColumnType TypeTally::type() const
{
    if (m_structured)
        return ColumnType::Json;
    if (m_values > 0 && m_allNumbers)
        return ColumnType::Number;
    return ColumnType::Text;
}

} // namespace lathe
