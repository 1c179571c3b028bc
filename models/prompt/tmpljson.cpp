#include "prompt/tmpljson.h"

#include "prompt/tmplnumber.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

void hexEscape(QString &out, char16_t u)
{
    out += "\\u"_L1 + QString::number(u, 16).rightJustified(4, u'0');
}

// Escapes common to Python's json and JSON.stringify; `ascii` escapes everything outside
// printable ASCII (ensure_ascii), `htmlSafe` also < > & ' (Jinja's htmlsafe_json_dumps).
void quote(QString &out, const QString &s, bool ascii, bool htmlSafe)
{
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += "\\\""_L1; continue;
        case u'\\': out += "\\\\"_L1; continue;
        case u'\n': out += "\\n"_L1; continue;
        case u'\r': out += "\\r"_L1; continue;
        case u'\t': out += "\\t"_L1; continue;
        case u'\b': out += "\\b"_L1; continue;
        case u'\f': out += "\\f"_L1; continue;
        default: break;
        }
        if (u < 0x20 || (ascii && u >= 0x7f)
            || (htmlSafe && (u == u'<' || u == u'>' || u == u'&' || u == u'\'')))
            hexEscape(out, u);
        else
            out += c;
    }
    out += u'"';
}

struct Encoder
{
    bool python;            // Jinja tojson (true) or JSON.stringify (false)
    QString indent;
    bool pretty;
    qsizetype limit;

    void newline(QString &out, int level) const
    {
        out += u'\n';
        for (int i = 0; i < level; ++i)
            out += indent;
    }

    void encode(QString &out, const TmplValue &v, int level) const
    {
        if (out.size() > limit)
            return;
        if (level > 512) {
            out += "null"_L1;
            return;
        }
        switch (v.type()) {
        case TmplValue::Type::Undefined:
        case TmplValue::Type::None: out += "null"_L1; return;
        case TmplValue::Type::Bool: out += v.toBool() ? "true"_L1 : "false"_L1; return;
        case TmplValue::Type::Int: out += QString::number(v.toInt()); return;
        case TmplValue::Type::Float: {
            const double d = v.toDouble();
            if (python)
                out += std::isnan(d) ? u"NaN"_s : std::isinf(d) ? (d > 0 ? u"Infinity"_s : u"-Infinity"_s)
                                                                : TmplNumber::python(d);
            else
                out += std::isfinite(d) ? TmplNumber::javascript(d) : u"null"_s;
            return;
        }
        case TmplValue::Type::String: quote(out, v.string(), python, python); return;
        case TmplValue::Type::Loop: quote(out, v.toString(), python, python); return;
        case TmplValue::Type::List: {
            const qsizetype n = v.size();
            if (n == 0) {
                out += "[]"_L1;
                return;
            }
            out += u'[';
            for (qsizetype i = 0; i < n; ++i) {
                if (i)
                    out += pretty || !python ? u","_s : u", "_s;
                if (pretty)
                    newline(out, level + 1);
                encode(out, v.at(i), level + 1);
            }
            if (pretty)
                newline(out, level);
            out += u']';
            return;
        }
        case TmplValue::Type::Dict:
        case TmplValue::Type::Namespace: {
            auto items = v.dictItems();
            if (python)
                std::stable_sort(items.begin(), items.end(),
                                 [](const auto &a, const auto &b) { return a.first < b.first; });
            else
                items.removeIf([](const auto &item) { return item.second.isUndefined(); });
            if (items.isEmpty()) {
                out += "{}"_L1;
                return;
            }
            out += u'{';
            bool first = true;
            for (const auto &[key, value] : items) {
                if (!first)
                    out += pretty || !python ? u","_s : u", "_s;
                first = false;
                if (pretty)
                    newline(out, level + 1);
                quote(out, key, python, python);
                out += pretty || python ? u": "_s : u":"_s;
                encode(out, value, level + 1);
            }
            if (pretty)
                newline(out, level);
            out += u'}';
            return;
        }
        }
    }
};

} // namespace

QString TmplJson::jinja(const TmplValue &value, const QString &indent, qsizetype limit)
{
    QString out;
    Encoder{true, indent, !indent.isNull(), limit}.encode(out, value, 0);
    return out;
}

QString TmplJson::javascript(const TmplValue &value, const QString &indent, qsizetype limit)
{
    if (value.isUndefined())
        return {};
    QString out;
    Encoder{false, indent.left(10), !indent.isEmpty(), limit}.encode(out, value, 0);
    return out;
}

} // namespace lathe
