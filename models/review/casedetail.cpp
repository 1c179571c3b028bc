#include "casedetail.h"

#include "workspace/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lathe {
namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

// A message's content: a string, or text blocks ({"type": "text", "text": ...}).
QString contentText(const QJsonValue &content)
{
    if (!content.isArray())
        return valueText(content);
    QStringList parts;
    for (const QJsonValue &block : content.toArray()) {
        const QJsonObject o = block.toObject();
        if (o.value(u"text"_s).isString())
            parts.append(o.value(u"text"_s).toString());
        else if (block.isString())
            parts.append(block.toString());
    }
    return parts.join(u"\n"_s);
}

} // namespace

std::optional<CaseDetail> CaseDetail::load(Database &db, qint64 caseId, QString *error)
{
    try {
        const auto record = CaseDetailQuery(db).find(caseId);
        if (!record) {
            *error = tr("Case %1 does not exist.").arg(caseId);
            return std::nullopt;
        }
        CaseDetail detail = fromRecord(*record);
        detail.setReview(JudgementStore(db).ratingOf(caseId));
        return detail;
    } catch (const SqlError &e) {
        *error = tr("Cannot read case %1: %2").arg(caseId).arg(e.message());
        return std::nullopt;
    }
}

CaseDetail CaseDetail::fromRecord(const CaseDetailRecord &record)
{
    CaseDetail d;
    d.m_record = record;
    d.m_messages = messagesFromRequest(record.result.request);
    for (const DatasetColumn &c : record.datasetColumns) {
        if (c.role != ColumnRole::Variable && c.role != ColumnRole::Expected)
            continue;
        const NamedValue v{c.name, valueText(record.rowData.value(c.key))};
        (c.role == ColumnRole::Expected ? d.m_expected : d.m_variables).append(v);
    }
    return d;
}

QList<SentMessage> CaseDetail::messagesFromRequest(const QString &requestJson)
{
    QList<SentMessage> out;
    const QJsonObject body = QJsonDocument::fromJson(requestJson.toUtf8()).object();
    const QJsonValue system = body.value(u"system"_s);
    if (!system.isUndefined() && !system.isNull())
        out.append({u"system"_s, contentText(system)});
    for (const QJsonValue &m : body.value(u"messages"_s).toArray()) {
        const QJsonObject o = m.toObject();
        out.append({o.value(u"role"_s).toString(), contentText(o.value(u"content"_s))});
    }
    if (out.isEmpty() && body.value(u"prompt"_s).isString())
        out.append({u"prompt"_s, body.value(u"prompt"_s).toString()});
    return out;
}

QString CaseDetail::prettyJson(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString CaseDetail::columnLabel() const
{
    const RunColumnInfo &c = m_record.column;
    return tr("%1@%2 · %3").arg(c.promptName).arg(c.promptVersion).arg(c.model);
}

QString CaseDetail::expectedText() const
{
    QStringList parts;
    for (const NamedValue &v : m_expected)
        parts.append(v.value);
    return parts.join(u"\n"_s);
}

std::optional<bool> CaseDetail::passed() const
{
    std::optional<bool> out;
    for (const StoredScore &s : m_record.scores) {
        if (s.pass)
            out = out.value_or(true) && *s.pass;
    }
    if (isError())
        return false;
    return out;
}

} // namespace lathe
