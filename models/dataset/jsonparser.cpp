#include "jsonparser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace lathe {

bool JsonParser::fail(qsizetype offset, const QString &message, qsizetype openedAt)
{
    m_error = Error{offset, openedAt, message};
    return false;
}

void JsonParser::skipSpace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonParser::end()
{
    skipSpace();
    if (!atEnd())
        return fail(m_pos, tr("unexpected text after the end of the JSON value"));
    return true;
}

bool JsonParser::parseObject(Members &members, NestedKeys *nestedKeys)
{
    members.clear();
    m_nested.clear();
    skipSpace();
    if (atEnd())
        return fail(m_pos, tr("expected a JSON object"));
    if (peek() != '{')
        return fail(m_pos, tr("expected a JSON object, found %1")
                               .arg(peek() == '[' ? tr("an array") : tr("a single value")));
    if (!object(members, 1) || !end())
        return false;
    if (nestedKeys)
        *nestedKeys = std::move(m_nested);   // recorded by object() at depth 1
    return true;
}

bool JsonParser::parseValue(QJsonValue &value)
{
    return this->value(value, 0) && end();
}

bool JsonParser::value(QJsonValue &out, int depth)
{
    skipSpace();
    if (atEnd())
        return fail(m_pos, tr("unexpected end of the text; expected a value"));
    switch (peek()) {
    case '{': {
        if (depth >= kMaxDepth)
            return fail(m_pos, tr("values are nested more than %1 levels deep").arg(kMaxDepth));
        Members members;
        if (!object(members, depth + 1))
            return false;
        QJsonObject o;
        m_lastKeys.clear();
        for (auto &[k, v] : members) {
            o.insert(k, v);
            m_lastKeys.append(k);
        }
        out = o;
        return true;
    }
    case '[':
        if (depth >= kMaxDepth)
            return fail(m_pos, tr("values are nested more than %1 levels deep").arg(kMaxDepth));
        return array(out, depth + 1);
    case '"': {
        QString s;
        if (!string(s))
            return false;
        out = s;
        return true;
    }
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return number(out);
    default:
        return literal(out);
    }
}

bool JsonParser::object(Members &members, int depth)
{
    const qsizetype open = m_pos++;
    skipSpace();
    if (!atEnd() && peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("unterminated object opened at %1"), open);
        if (peek() != '"')
            return fail(m_pos, peek() == '}' ? tr("trailing comma before '}'")
                                             : tr("expected a member name in double quotes"));
        QString key;
        if (!string(key))
            return false;
        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("unterminated object opened at %1"), open);
        if (peek() != ':')
            return fail(m_pos, tr("expected ':' after the member name"));
        ++m_pos;
        QJsonValue v;
        if (!value(v, depth))
            return false;
        if (depth == 1 && v.isObject())
            m_nested.insert(key, m_lastKeys);
        members.append({key, v});
        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("unterminated object opened at %1"), open);
        const char c = peek();
        ++m_pos;
        if (c == '}')
            return true;
        if (c != ',')
            return fail(m_pos - 1, tr("expected ',' or '}' after an object member"));
    }
}

bool JsonParser::array(QJsonValue &out, int depth)
{
    const qsizetype open = m_pos++;
    QJsonArray a;
    skipSpace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        out = a;
        return true;
    }
    for (;;) {
        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("unterminated array opened at %1"), open);
        if (peek() == ']')
            return fail(m_pos, tr("trailing comma before ']'"));
        QJsonValue v;
        if (!value(v, depth))
            return false;
        a.append(v);
        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("unterminated array opened at %1"), open);
        const char c = peek();
        ++m_pos;
        if (c == ']') {
            out = a;
            return true;
        }
        if (c != ',')
            return fail(m_pos - 1, tr("expected ',' or ']' after an array element"));
    }
}

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool JsonParser::string(QString &out)
{
    const qsizetype open = m_pos++;
    QByteArray bytes;   // only used once an escape appears
    qsizetype runStart = m_pos;
    bool escaped = false;
    auto flush = [&] { bytes.append(m_text.data() + runStart, m_pos - runStart); };
    for (;;) {
        if (atEnd())
            return fail(m_pos, tr("unterminated string opened at %1"), open);
        const auto c = static_cast<unsigned char>(peek());
        if (c == '"') {
            if (escaped) {
                flush();
                out = QString::fromUtf8(bytes);
            } else {
                out = QString::fromUtf8(m_text.data() + runStart, m_pos - runStart);
            }
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(m_pos, c == '\n' ? tr("unterminated string opened at %1") : tr("control character in a string (escape it, e.g. \\t)"),
                        c == '\n' ? open : -1);
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        escaped = true;
        const qsizetype escape = m_pos++;
        if (atEnd())
            return fail(m_pos, tr("unterminated string opened at %1"), open);
        const char e = peek();
        ++m_pos;
        switch (e) {
        case '"': bytes.append('"'); break;
        case '\\': bytes.append('\\'); break;
        case '/': bytes.append('/'); break;
        case 'b': bytes.append('\b'); break;
        case 'f': bytes.append('\f'); break;
        case 'n': bytes.append('\n'); break;
        case 'r': bytes.append('\r'); break;
        case 't': bytes.append('\t'); break;
        case 'u': {
            auto readHex = [&](char32_t &unit) {
                if (m_pos + 4 > m_text.size())
                    return false;
                unit = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexDigit(m_text[m_pos + k]);
                    if (h < 0)
                        return false;
                    unit = unit * 16 + char32_t(h);
                }
                m_pos += 4;
                return true;
            };
            char32_t cp = 0;
            if (!readHex(cp))
                return fail(escape, tr("invalid \\u escape (four hex digits expected)"));
            if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 6 <= m_text.size() && m_text[m_pos] == '\\'
                && m_text[m_pos + 1] == 'u') {
                const qsizetype save = m_pos;
                m_pos += 2;
                char32_t low = 0;
                if (readHex(low) && low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    m_pos = save;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;   // a lone surrogate cannot be stored as UTF-8
            bytes.append(QString::fromUcs4(&cp, 1).toUtf8());
            break;
        }
        default:
            return fail(escape, tr("invalid escape sequence '\\%1'").arg(QChar::fromLatin1(e)));
        }
        runStart = m_pos;
    }
}

bool JsonParser::number(QJsonValue &out)
{
    const qsizetype start = m_pos;
    auto digits = [&] {
        const qsizetype from = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > from;
    };
    if (peek() == '-')
        ++m_pos;
    if (atEnd() || peek() < '0' || peek() > '9')
        return fail(m_pos, tr("invalid number"));
    if (peek() == '0') {
        ++m_pos;
        if (!atEnd() && peek() >= '0' && peek() <= '9')
            return fail(start, tr("invalid number (leading zero)"));
    } else {
        digits();
    }
    bool integral = true;
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        integral = false;
        if (!digits())
            return fail(m_pos, tr("invalid number (digits expected after '.')"));
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        integral = false;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (!digits())
            return fail(m_pos, tr("invalid number (digits expected in the exponent)"));
    }
    const QByteArrayView text = m_text.sliced(start, m_pos - start);
    bool ok = false;
    if (integral) {
        const qint64 n = text.toLongLong(&ok);
        if (ok) {
            out = QJsonValue(n);
            return true;
        }
    }
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return fail(start, tr("number out of range"));
    out = d;
    return true;
}

bool JsonParser::literal(QJsonValue &out)
{
    const QByteArrayView rest = m_text.sliced(m_pos);
    if (rest.startsWith("true")) {
        out = true;
        m_pos += 4;
    } else if (rest.startsWith("false")) {
        out = false;
        m_pos += 5;
    } else if (rest.startsWith("null")) {
        out = QJsonValue::Null;
        m_pos += 4;
    } else {
        return fail(m_pos, tr("expected a value (a string, number, object, array, true, false or null)"));
    }
    return true;
}

} // namespace lathe
