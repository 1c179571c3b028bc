#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlJson)
};

constexpr int kMaxDepth = 256;
constexpr qint64 kValueMargin = 100'000;

// A plain (unquoted) scalar typed by the YAML 1.2 core schema.
QJsonValue plainScalar(const QString &s)
{
    if (s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL")
        return QJsonValue::Null;
    if (s == u"true" || s == u"True" || s == u"TRUE")
        return true;
    if (s == u"false" || s == u"False" || s == u"FALSE")
        return false;
    static const QRegularExpression number(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (number.match(s).hasMatch()) {
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return s;
}

QString at(const YAML::Mark &m, const QString &message)
{
    if (m.line < 0)
        return message;
    return Tr::tr("line %1, column %2: %3").arg(m.line + 1).arg(m.column + 1).arg(message);
}

struct Converter
{
    qint64 budget = 0;
    QString error;

    bool fail(const YAML::Node &node, const QString &message)
    {
        error = at(node.Mark(), message);
        return false;
    }

    bool convert(const YAML::Node &node, QJsonValue &out, int depth)
    {
        if (--budget < 0)
            return fail(node, Tr::tr("the YAML expands to too many values (aliases?)"));
        if (depth > kMaxDepth)
            return fail(node, Tr::tr("values are nested more than %1 levels deep").arg(kMaxDepth));
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out = QJsonValue::Null;
            return true;
        case YAML::NodeType::Scalar: {
            const std::string &tag = node.Tag();
            const QString s = QString::fromStdString(node.Scalar());
            out = (tag == "!" || tag == "tag:yaml.org,2002:str") ? QJsonValue(s) : plainScalar(s);
            return true;
        }
        case YAML::NodeType::Sequence: {
            QJsonArray a;
            for (const YAML::Node &item : node) {
                QJsonValue v;
                if (!convert(item, v, depth + 1))
                    return false;
                a.append(v);
            }
            out = a;
            return true;
        }
        case YAML::NodeType::Map: {
            QJsonObject o;
            for (const auto &kv : node) {
                if (!kv.first.IsScalar())
                    return fail(kv.first, Tr::tr("mapping keys must be plain text"));
                QJsonValue v;
                if (!convert(kv.second, v, depth + 1))
                    return false;
                o.insert(QString::fromStdString(kv.first.Scalar()), v);
            }
            out = o;
            return true;
        }
        }
        return true;
    }
};

// Flow-style nesting deeper than the limit would exhaust yaml-cpp's recursive parser before
// the converter could refuse it: count brackets outside quotes first.
bool tooDeep(const QByteArray &text)
{
    int depth = 0;
    char quote = 0;
    for (const char c : text) {
        if (quote) {
            if (c == quote || c == '\n')
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'')
            quote = c;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return false;
}

// Whether a literal block ("|") reads back as exactly `s`: it keeps one final newline, takes
// its indentation from the first line with text, and holds printable characters only.
bool literalBlockFits(const QString &s)
{
    if (!s.contains(u'\n') || !s.endsWith(u'\n') || s.endsWith(u"\n\n"_s) || s.contains(u" \n"_s))
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
            return false;
    }
    for (const QStringView line : QStringView(s).split(u'\n')) {
        if (!line.isEmpty())
            return !line.startsWith(u' ');
    }
    return false;
}

void emitValue(YAML::Emitter &e, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        e << YAML::Null;
        break;
    case QJsonValue::Bool:
        e << v.toBool();
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            e << qint64(d);
        else
            e << QString::number(d, 'g', QLocale::FloatingPointShortest).toStdString();
        break;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        const QJsonValue typed = plainScalar(s);
        if (literalBlockFits(s))
            e << YAML::Literal;
        else if (!typed.isString() || s.trimmed() != s || s.contains(u'\n'))
            e << YAML::DoubleQuoted;
        e << s.toStdString();
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            e << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        e << YAML::BeginSeq;
        for (const QJsonValue &item : a)
            emitValue(e, item);
        e << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            e << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        e << YAML::BeginMap;
        // "type" first: it says what the rest means.
        if (o.contains(u"type"_s)) {
            e << YAML::Key << "type" << YAML::Value;
            emitValue(e, o.value(u"type"_s));
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == u"type"_s)
                continue;
            e << YAML::Key << it.key().toStdString() << YAML::Value;
            emitValue(e, it.value());
        }
        e << YAML::EndMap;
        break;
    }
    }
}

} // namespace

std::optional<QJsonValue> YamlJson::parse(const QByteArray &input, QString *error)
{
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = Tr::tr("the text is empty");
        return std::nullopt;
    }
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &pe);
        if (pe.error == QJsonParseError::NoError)
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    if (tooDeep(text)) {
        *error = Tr::tr("values are nested more than %1 levels deep").arg(kMaxDepth);
        return std::nullopt;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        Converter c;
        c.budget = text.size() + kValueMargin;
        QJsonValue out;
        if (!c.convert(root, out, 0)) {
            *error = c.error;
            return std::nullopt;
        }
        return out;
    } catch (const YAML::Exception &e) {
        const QString msg = QString::fromStdString(e.msg);
        *error = at(e.mark, msg.isEmpty() ? Tr::tr("invalid YAML") : msg);
        return std::nullopt;
    }
}

QString YamlJson::write(const QJsonValue &value)
{
    YAML::Emitter e;
    e.SetIndent(2);
    emitValue(e, value);
    QString out = QString::fromUtf8(e.c_str());
    if (!out.endsWith(u'\n'))
        out += u'\n';
    return out;
}

} // namespace lathe
