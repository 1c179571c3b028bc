#include "scorertextcheck.h"

#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

using Problem = ScorerProblem;

// Flow-style nesting deep enough to exhaust yaml-cpp's recursive parser (YamlJson refuses
// more than 256 levels before parsing; positions are not looked for then).
bool deeplyNested(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[' || c == u'{') {
            if (++depth > 256)
                return true;
        } else if ((c == u']' || c == u'}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// Where things are in the text, from yaml-cpp's marks (0-based, -1 when unknown).
class Positions
{
public:
    explicit Positions(const QString &text)
    {
        if (deeplyNested(text))
            return;
        try {
            m_root = YAML::Load(text.toStdString());
            m_ok = true;
        } catch (const YAML::Exception &e) {
            m_error = e.mark;
        }
        if (!m_ok)
            return;
        if (m_root.IsSequence()) {
            m_list = m_root;
        } else if (m_root.IsMap()) {
            YAML::Node m = m_root;
            if (const YAML::Node dt = value(m_root, "defaultTest"); dt && dt.IsMap())
                m = dt;
            m_container = m;
            m_list = value(m, "assert");
        }
    }

    const YAML::Mark &errorMark() const { return m_error; }
    YAML::Mark root() const { return m_ok ? m_root.Mark() : YAML::Mark::null_mark(); }
    YAML::Mark containerKey(const char *key) const { return keyMark(m_container, key); }

    YAML::Mark scorer(int index) const
    {
        if (!m_list || !m_list.IsSequence() || index < 0 || std::size_t(index) >= m_list.size())
            return YAML::Mark::null_mark();
        return m_list[std::size_t(index)].Mark();
    }

    // The mark of `field`'s key in scorer `index`, else the scorer's own.
    YAML::Mark field(int index, const QString &field) const
    {
        const YAML::Mark item = scorer(index);
        if (field.isEmpty() || item.line < 0)
            return item;
        const YAML::Mark key = keyMark(m_list[std::size_t(index)], field.toStdString().c_str());
        return key.line >= 0 ? key : item;
    }

private:
    static YAML::Node value(const YAML::Node &map, const char *key)
    {
        if (!map || !map.IsMap())
            return {};
        for (const auto &kv : map) {
            if (kv.first.IsScalar() && kv.first.Scalar() == key)
                return kv.second;
        }
        return {};
    }

    static YAML::Mark keyMark(const YAML::Node &map, const char *key)
    {
        if (!map || !map.IsMap())
            return YAML::Mark::null_mark();
        for (const auto &kv : map) {
            if (kv.first.IsScalar() && kv.first.Scalar() == key)
                return kv.first.Mark();
        }
        return YAML::Mark::null_mark();
    }

    bool m_ok = false;
    YAML::Mark m_error = YAML::Mark::null_mark();
    YAML::Node m_root;
    YAML::Node m_container;
    YAML::Node m_list;
};

Problem at(const YAML::Mark &mark, const QString &message, int scorer = -1, const QString &field = {},
           Problem::Severity severity = Problem::Severity::Error)
{
    Problem p;
    p.severity = severity;
    p.line = mark.line >= 0 ? mark.line + 1 : 0;
    p.column = mark.line >= 0 ? mark.column + 1 : 0;
    p.scorer = scorer;
    p.field = field;
    p.message = message;
    return p;
}

// The field that makes ScorerSpec::fromJson refuse `item`: each field is tried alone with
// the type, in the order fromJson checks them.
QString refusedField(const QJsonValue &item)
{
    if (!item.isObject())
        return {};
    const QJsonObject o = item.toObject();
    const QJsonValue type = o.value(u"type"_s);
    QString ignored;
    if (!ScorerSpec::fromJson(QJsonObject{{u"type"_s, type}}, &ignored))
        return u"type"_s;
    for (const QString &f : {u"threshold"_s, u"weight"_s, u"metric"_s, u"config"_s}) {
        if (o.contains(f) && !ScorerSpec::fromJson(QJsonObject{{u"type"_s, type}, {f, o.value(f)}}, &ignored))
            return f;
    }
    return {};
}

// The field a ScorerRegistry::check() refusal is about, as far as it can be told.
QString checkedField(const ScorerSpec &spec)
{
    if (ScorerRegistry::support(spec.type) != ScorerRegistry::Support::Available)
        return u"type"_s;
    if (!spec.config.isEmpty()) {
        ScorerSpec plain = spec;
        plain.config = {};
        if (ScorerRegistry::check(plain).isEmpty())
            return u"config"_s;
    }
    return spec.hasValue() ? u"value"_s : QString();
}

std::pair<int, int> lineColumnOfOffset(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArrayView before(utf8.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

int ScorerTextCheck::Result::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); }));
}

std::optional<QJsonValue> ScorerTextCheck::parseValue(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    return YamlJson::parse(text.toUtf8(), error);
}

ScorerTextCheck::Result ScorerTextCheck::check(const QString &text, Syntax syntax, bool allowListThreshold)
{
    Result r;
    // 1. Syntax.
    if (syntax == Syntax::Json && !text.trimmed().isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
        if (pe.error != QJsonParseError::NoError) {
            const auto [line, column] = lineColumnOfOffset(utf8, pe.offset);
            r.problems.append(Problem{Problem::Severity::Error, line, column, -1, {},
                                      tr("JSON: %1").arg(pe.errorString())});
            return r;
        }
        r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    } else {
        QString error;
        r.json = parseValue(text, &error);
        if (!r.json) {
            const Positions pos(text);
            Problem p = at(pos.errorMark(), error);
            if (p.line == 0)
                p.line = 1;
            r.problems.append(p);
            return r;
        }
    }

    // 2. Structure: a list, {assert: [...], threshold: t}, or a promptfoo config's defaultTest.
    const Positions pos(text);
    QJsonArray list;
    const QJsonValue &json = *r.json;
    if (json.isArray()) {
        list = json.toArray();
    } else if (json.isObject()) {
        QJsonObject o = json.toObject();
        if (o.contains(u"defaultTest"_s)) {
            if (!o.value(u"defaultTest"_s).isObject()) {
                r.problems.append(at(pos.root(), tr("\"defaultTest\" must be a mapping")));
                return r;
            }
            o = o.value(u"defaultTest"_s).toObject();
        }
        if (!o.contains(u"assert"_s) && !o.contains(u"threshold"_s)) {
            r.problems.append(at(pos.root(), tr("expected a list of scorers, or a mapping with an \"assert\" list")));
            return r;
        }
        const QJsonValue a = o.value(u"assert"_s);
        if (a.isArray())
            list = a.toArray();
        else if (!a.isUndefined() && !a.isNull())
            r.problems.append(at(pos.containerKey("assert"), tr("\"assert\" must be a list of scorers")));
        if (o.contains(u"threshold"_s) && !o.value(u"threshold"_s).isNull()) {
            if (!allowListThreshold)
                r.problems.append(at(pos.containerKey("threshold"),
                                     tr("a threshold for the whole list applies to a run's scorers only; "
                                        "give each scorer its own threshold instead")));
            else if (!o.value(u"threshold"_s).isDouble())
                r.problems.append(at(pos.containerKey("threshold"), tr("\"threshold\" must be a number")));
        }
    } else if (!json.isNull()) {
        r.problems.append(at(pos.root(), tr("expected a list of scorers")));
        return r;
    }

    // 3. Every scorer.
    for (int i = 0; i < list.size(); ++i) {
        const QJsonValue item = list.at(i);
        QString error;
        const std::optional<ScorerSpec> spec = ScorerSpec::fromJson(item, &error);
        if (!spec) {
            const QString field = refusedField(item);
            r.problems.append(at(pos.field(i, field), error, i, field));
            continue;
        }
        const ScorerRegistry::Support support = ScorerRegistry::support(spec->type);
        if (support == ScorerRegistry::Support::NeedsJudge || support == ScorerRegistry::Support::Unsupported) {
            r.problems.append(at(pos.field(i, u"type"_s), tr("%1 (skipped when scoring)")
                                                             .arg(ScorerRegistry::unavailableReason(*spec)),
                                 i, u"type"_s, Problem::Severity::Warning));
            continue;
        }
        const QString refused = ScorerRegistry::check(*spec);
        if (!refused.isEmpty()) {
            const QString field = checkedField(*spec);
            r.problems.append(at(pos.field(i, field), refused, i, field));
        }
    }

    std::stable_sort(r.problems.begin(), r.problems.end(), [](const Problem &a, const Problem &b) {
        return (a.line > 0 ? a.line : INT_MAX) < (b.line > 0 ? b.line : INT_MAX);
    });
    if (r.errorCount() > 0)
        return r;
    QString error;
    r.set = ScorerSet::fromJson(json, &error);
    if (!r.set)
        r.problems.append(at(pos.root(), error));
    return r;
}

} // namespace lathe
