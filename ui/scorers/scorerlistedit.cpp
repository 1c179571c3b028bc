#include "scorerlistedit.h"

#include "eval/scorers/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// The indentation of the list's items ("- " lines) in YAML text, or -1 when there are none.
int itemIndent(const QString &text)
{
    static const QRegularExpression item(u"^( *)- "_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = item.match(text);
    return m.hasMatch() ? int(m.capturedLength(1)) : -1;
}

qsizetype scorerCount(const QString &text, ScorerTextCheck::Syntax syntax)
{
    const ScorerTextCheck::Result r = ScorerTextCheck::check(text, syntax, true);
    return r.set ? r.set->specs.size() : -1;
}

// Indented JSON like QJsonDocument's, but two spaces deep and with an object's "type" first
// (it says what the rest means), the other keys in QJsonObject's (sorted) order.
void writeJson(QString &out, const QJsonValue &v, int depth)
{
    const QString pad(2 * (depth + 1), u' ');
    const QString close(2 * depth, u' ');
    if (v.isArray() && !v.toArray().isEmpty()) {
        const QJsonArray a = v.toArray();
        out += u"[\n"_s;
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += pad;
            writeJson(out, a.at(i), depth + 1);
            out += i + 1 < a.size() ? u",\n"_s : u"\n"_s;
        }
        out += close + u']';
    } else if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        if (keys.removeOne(u"type"_s))
            keys.prepend(u"type"_s);
        out += u"{\n"_s;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad;
            writeJson(out, keys.at(i), depth + 1);
            out += u": "_s;
            writeJson(out, o.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? u",\n"_s : u"\n"_s;
        }
        out += close + u'}';
    } else {
        // Scalars (and empty containers) exactly as QJsonDocument writes them.
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(one.sliced(1, one.size() - 2));
    }
}

bool isEmptyList(const QJsonValue &json)
{
    return json.isNull() || json.isUndefined() || (json.isArray() && json.toArray().isEmpty());
}

std::optional<ScorerListEdit::Insertion> appendJson(const QJsonValue &json, const ScorerTypeInfo &info)
{
    QJsonValue result;
    if (isEmptyList(json)) {
        result = QJsonArray{info.example};
    } else if (json.isArray()) {
        QJsonArray a = json.toArray();
        a.append(info.example);
        result = a;
    } else if (json.isObject()) {
        QJsonObject outer = json.toObject();
        const bool nested = outer.contains(u"defaultTest"_s);
        QJsonObject inner = nested ? outer.value(u"defaultTest"_s).toObject() : outer;
        const QJsonValue list = inner.value(u"assert"_s);
        if (!list.isArray() && !list.isNull() && !list.isUndefined())
            return std::nullopt;
        QJsonArray a = list.toArray();
        a.append(info.example);
        inner.insert(u"assert"_s, a);
        if (nested)
            outer.insert(u"defaultTest"_s, inner);
        result = nested ? outer : inner;
    } else {
        return std::nullopt;
    }
    ScorerListEdit::Insertion out;
    out.text = ScorerListEdit::render(result, ScorerTextCheck::Syntax::Json, {});
    const qsizetype at = out.text.lastIndexOf(u"\"type\": \""_s + info.type + u'"');
    const qsizetype brace = at < 0 ? -1 : out.text.lastIndexOf(u'{', at);
    out.caretLine = brace < 0 ? 0 : int(QStringView(out.text).first(brace).count(u'\n'));
    return out;
}

} // namespace

QString ScorerListEdit::render(const QJsonValue &json, Syntax syntax, const QString &emptyYaml)
{
    if (syntax == Syntax::Yaml)
        return isEmptyList(json) ? emptyYaml : YamlJson::write(json);
    if (isEmptyList(json))
        return u"[]\n"_s;
    QString out;
    writeJson(out, json, 0);
    return out + u'\n';
}

std::optional<ScorerListEdit::Insertion> ScorerListEdit::append(const QString &text, Syntax syntax,
                                                                const ScorerTypeInfo &info, const QString &emptyYaml)
{
    QString error;
    const std::optional<QJsonValue> json = ScorerTextCheck::parseValue(text, &error);
    if (!json)
        return std::nullopt;
    if (syntax == Syntax::Json)
        return appendJson(*json, info);

    const qsizetype before = scorerCount(text, syntax);
    if (before < 0)
        return std::nullopt;
    if (isEmptyList(*json) && (text.trimmed().isEmpty() || text == emptyYaml || text.trimmed() == u"[]"_s))
        return Insertion{ScorerCatalog::yamlSnippet(info), 0};
    QString base = text;
    if (!base.isEmpty() && !base.endsWith(u'\n'))
        base += u'\n';
    const int indent = itemIndent(text);
    // Items of an "assert:" mapping that has none yet go two spaces in.
    const int use = indent >= 0 ? indent : (json->isObject() ? 2 : 0);
    Insertion out{base + ScorerCatalog::yamlSnippet(info, use), int(base.count(u'\n'))};
    if (scorerCount(out.text, syntax) != before + 1)
        return std::nullopt;
    return out;
}

QStringList ScorerListEdit::toggleComment(const QStringList &lines)
{
    static const QRegularExpression nonSpace(u"\\S"_s);
    bool allCommented = true;
    qsizetype indent = -1;
    for (const QString &line : lines) {
        const qsizetype first = line.indexOf(nonSpace);
        if (first < 0)
            continue;
        allCommented = allCommented && line.at(first) == u'#';
        indent = indent < 0 ? first : std::min(indent, first);
    }
    if (indent < 0)
        return lines;
    QStringList out;
    for (QString line : lines) {
        const qsizetype first = line.indexOf(nonSpace);
        if (first >= 0 && allCommented)
            line.remove(first, QStringView(line).sliced(first).startsWith(u"# "_s) ? 2 : 1);
        else if (first >= 0)
            line.insert(indent, u"# "_s);
        out.append(line);
    }
    return out;
}

} // namespace lathe
