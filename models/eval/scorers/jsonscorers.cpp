#include "jsonscorers.h"

#include "jsonschema.h"
#include "scorer.h"
#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonScorers)
};

class JsonScorer final : public Scorer
{
public:
    JsonScorer(const ScorerSpec &spec, bool embedded, std::optional<JsonSchema> schema)
        : Scorer(spec), m_embedded(embedded), m_schema(std::move(schema))
    {
    }

    ScoreResult score(const ScoringInput &in) const override
    {
        QList<QJsonValue> candidates;
        if (m_embedded) {
            candidates = JsonScorers::extract(in.output);
        } else if (const std::optional<QJsonValue> v = JsonScorers::parse(in.output)) {
            candidates.append(*v);
        }
        if (candidates.isEmpty()) {
            return check(false, m_embedded ? Tr::tr("Expected output to contain valid JSON")
                                           : Tr::tr("Expected output to be valid JSON"),
                         QString());
        }
        if (!m_schema)
            return check(true, QString(), m_embedded ? Tr::tr("Expected output to not contain JSON")
                                                     : Tr::tr("Expected output to not be valid JSON"));
        QStringList errors;
        for (const QJsonValue &c : std::as_const(candidates)) {
            errors.clear();
            if (m_schema->validate(c, &errors, 5))
                return check(true, QString(), Tr::tr("Output is JSON that conforms to the schema"));
        }
        ScoreResult r = check(false, Tr::tr("JSON does not conform to the schema: %1").arg(errors.join(u"; "_s)),
                              QString());
        r.details.insert(u"schema_errors"_s, QJsonArray::fromStringList(errors));
        return r;
    }

private:
    bool m_embedded;
    std::optional<JsonSchema> m_schema;
};

} // namespace

QStringList JsonScorers::types()
{
    return {u"is-json"_s, u"contains-json"_s, u"json-schema"_s};
}

std::optional<QJsonValue> JsonScorers::parse(const QString &text)
{
    // QJsonDocument reads only objects and arrays: wrap, so that a top-level scalar parses
    // too, and require exactly one element (so "1, 2" is not JSON).
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(text).append(u"\n]"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QList<QJsonValue> JsonScorers::extract(const QString &text)
{
    QList<QJsonValue> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar open = text.at(i);
        if (open != u'{' && open != u'[') {
            ++i;
            continue;
        }
        // Find the matching close bracket, skipping strings.
        int depth = 0;
        bool inString = false;
        qsizetype end = -1;
        for (qsizetype j = i; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (inString) {
                if (c == u'\\')
                    ++j;
                else if (c == u'"')
                    inString = false;
            } else if (c == u'"') {
                inString = true;
            } else if (c == u'{' || c == u'[') {
                ++depth;
            } else if (c == u'}' || c == u']') {
                if (--depth == 0) {
                    end = j;
                    break;
                }
            }
        }
        if (end < 0) {
            ++i;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QStringView(text).sliced(i, end - i + 1).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            out.append(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            i = end + 1;
        } else {
            ++i;
        }
    }
    return out;
}

std::unique_ptr<Scorer> JsonScorers::create(const ScorerSpec &spec, QString *error)
{
    const bool embedded = spec.type == u"contains-json";
    if (!types().contains(spec.type)) {
        *error = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
        return nullptr;
    }
    QJsonValue schemaValue = spec.value;
    if (schemaValue.isString() && !schemaValue.toString().trimmed().isEmpty()) {
        QString e;
        const std::optional<QJsonValue> parsed = YamlJson::parse(schemaValue.toString().toUtf8(), &e);
        if (!parsed) {
            *error = Tr::tr("%1: the schema is not valid YAML or JSON: %2").arg(spec.fullType(), e);
            return nullptr;
        }
        schemaValue = *parsed;
    } else if (schemaValue.isString() || schemaValue.isNull()) {
        schemaValue = QJsonValue::Undefined;
    }
    std::optional<JsonSchema> schema;
    if (!schemaValue.isUndefined()) {
        QString e;
        schema = JsonSchema::compile(schemaValue, &e);
        if (!schema) {
            *error = Tr::tr("%1: invalid JSON schema: %2").arg(spec.fullType(), e);
            return nullptr;
        }
    } else if (spec.type == u"json-schema") {
        *error = Tr::tr("json-schema needs a schema as its value");
        return nullptr;
    }
    return std::make_unique<JsonScorer>(spec, embedded, std::move(schema));
}

} // namespace lathe
