#include "prompt/tmpllexer.h"

#include "prompt/tmplexception.h"

#include <QStringBuilder>

#include <limits>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

bool isNameStart(QChar c) { return c == u'_' || c.isLetter(); }
bool isNameChar(QChar c) { return c == u'_' || c.isLetterOrNumber(); }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

QString normalizeNewlines(QString s)
{
    if (!s.contains(u'\r'))
        return s;
    s.replace("\r\n"_L1, "\n"_L1);
    s.replace(u'\r', u'\n');
    return s;
}

QString lstripped(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return s.mid(i);
}

QString rstripped(const QString &s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QString TmplToken::describe() const
{
    switch (kind) {
    case Kind::Data: return QStringLiteral("template text");
    case Kind::VarBegin: return QStringLiteral("'{{'");
    case Kind::VarEnd: return QStringLiteral("'}}'");
    case Kind::BlockBegin: return QStringLiteral("'{%'");
    case Kind::BlockEnd: return QStringLiteral("'%}'");
    case Kind::Name:
    case Kind::Op: return u'\'' + text + u'\'';
    case Kind::String: return "string '"_L1 + text.left(20) + u'\'';
    case Kind::Int: return "number "_L1 + QString::number(intValue);
    case Kind::Float: return QStringLiteral("number");
    case Kind::End: return QStringLiteral("end of template");
    }
    return {};
}

void TmplLexer::lineColumn(const QString &source, int pos, int *line, int *column)
{
    int l = 1, lineStart = 0;
    const int end = std::min<int>(pos, int(source.size()));
    for (int i = 0; i < end; ++i)
        if (source.at(i) == u'\n') {
            ++l;
            lineStart = i + 1;
        }
    *line = l;
    *column = pos - lineStart + 1;
}

QString TmplLexer::location(const QString &source, int pos)
{
    int line = 0, column = 0;
    lineColumn(source, pos, &line, &column);
    return QString::number(line) + u':' + QString::number(column);
}

void TmplLexer::fail(int pos, const QString &message) const
{
    throw TmplException{pos, message};
}

int TmplLexer::skipSpace(int k) const
{
    while (k < m_end && m_src.at(k).isSpace())
        ++k;
    return k;
}

QList<TmplToken> TmplLexer::tokenize()
{
    m_end = int(m_src.size());
    if (m_src.endsWith("\r\n"_L1))
        m_end -= 2;
    else if (m_src.endsWith(u'\n') || m_src.endsWith(u'\r'))
        m_end -= 1;

    int i = 0;
    bool lstripNext = false;
    while (i < m_end) {
        int j = i;
        QChar kind;
        for (;;) {
            j = int(m_src.indexOf(u'{', j));
            if (j < 0 || j + 1 >= m_end) {
                j = m_end;
                break;
            }
            const QChar next = m_src.at(j + 1);
            if (next == u'{' || next == u'%' || next == u'#') {
                kind = next;
                break;
            }
            ++j;
        }
        QString data = m_src.mid(i, j - i);
        if (lstripNext)
            data = lstripped(data);
        lstripNext = false;
        if (j < m_end && j + 2 < m_end && m_src.at(j + 2) == u'-')
            data = rstripped(data);
        if (!data.isEmpty())
            m_tokens.append({TmplToken::Kind::Data, i, normalizeNewlines(data), 0, 0});
        if (j >= m_end)
            break;
        if (kind == u'#') {
            i = lexComment(j, &lstripNext);
        } else if (kind == u'%') {
            int k = j + 2;
            if (k < m_end && (m_src.at(k) == u'-' || m_src.at(k) == u'+'))
                ++k;
            k = skipSpace(k);
            if (QStringView(m_src).mid(k, 3) == u"raw" && (k + 3 >= m_end || !isNameChar(m_src.at(k + 3))))
                i = lexRaw(j, k + 3, &lstripNext);
            else
                i = lexTag(j, true, &lstripNext);
        } else {
            i = lexTag(j, false, &lstripNext);
        }
    }
    m_tokens.append({TmplToken::Kind::End, m_end, {}, 0, 0});
    return std::move(m_tokens);
}

int TmplLexer::lexComment(int start, bool *lstripNext)
{
    int contentStart = start + 2;
    if (contentStart < m_end && (m_src.at(contentStart) == u'-' || m_src.at(contentStart) == u'+'))
        ++contentStart;
    const int close = int(m_src.indexOf("#}"_L1, contentStart));
    if (close < 0 || close + 2 > m_end)
        fail(m_end, "unclosed comment opened at "_L1 + location(m_src, start) + ", expected '#}'"_L1);
    *lstripNext = close > contentStart && m_src.at(close - 1) == u'-';
    return close + 2;
}

// Finds `{% endraw %}` (with optional - / + and spaces) at or after k. Returns where the tag
// starts, or -1; fills where it ends and its whitespace control.
int TmplLexer::rawEndAt(int k, int *endTagEnd, bool *stripBefore, bool *lstripNext) const
{
    for (;;) {
        k = int(m_src.indexOf("{%"_L1, k));
        if (k < 0 || k >= m_end)
            return -1;
        int p = k + 2;
        *stripBefore = p < m_end && m_src.at(p) == u'-';
        if (p < m_end && (m_src.at(p) == u'-' || m_src.at(p) == u'+'))
            ++p;
        p = skipSpace(p);
        if (QStringView(m_src).mid(p, 6) == u"endraw") {
            p = skipSpace(p + 6);
            const QStringView rest = QStringView(m_src).mid(p, m_end - p);
            if (rest.startsWith(u"%}") || rest.startsWith(u"-%}") || rest.startsWith(u"+%}")) {
                *lstripNext = rest.startsWith(u"-%}");
                *endTagEnd = p + (rest.startsWith(u"%}") ? 2 : 3);
                return k;
            }
        }
        k += 2;
    }
}

int TmplLexer::lexRaw(int start, int afterRawKeyword, bool *lstripNext)
{
    int k = skipSpace(afterRawKeyword);
    const QStringView rest = QStringView(m_src).mid(k, m_end - k);
    bool lstripContent = false;
    if (rest.startsWith(u"-%}")) {
        lstripContent = true;
        k += 3;
    } else if (rest.startsWith(u"%}") || rest.startsWith(u"+%}")) {
        k += rest.startsWith(u"%}") ? 2 : 3;
    } else {
        fail(k, QStringLiteral("expected '%}' after 'raw'"));
    }
    int endTagEnd = 0;
    bool stripBefore = false;
    const int endTag = rawEndAt(k, &endTagEnd, &stripBefore, lstripNext);
    if (endTag < 0)
        fail(m_end, "unclosed {% raw %} opened at "_L1 + location(m_src, start) + ", expected {% endraw %}"_L1);
    QString content = m_src.mid(k, endTag - k);
    if (lstripContent)
        content = lstripped(content);
    if (stripBefore)
        content = rstripped(content);
    if (!content.isEmpty())
        m_tokens.append({TmplToken::Kind::Data, k, normalizeNewlines(content), 0, 0});
    return endTagEnd;
}

int TmplLexer::lexTag(int start, bool block, bool *lstripNext)
{
    const QStringView close = block ? u"%}" : u"}}";
    const QStringView otherClose = block ? u"}}" : u"%}";
    m_tokens.append({block ? TmplToken::Kind::BlockBegin : TmplToken::Kind::VarBegin, start, {}, 0, 0});
    int k = start + 2;
    if (k < m_end && (m_src.at(k) == u'-' || m_src.at(k) == u'+'))
        ++k;
    QList<std::pair<QChar, int>> brackets;
    for (;;) {
        k = skipSpace(k);
        if (k >= m_end)
            fail(m_end, "unclosed '"_L1 + (block ? "{%"_L1 : "{{"_L1) + "' opened at "_L1 + location(m_src, start)
                            + ", expected '"_L1 + close + u'\'');
        const QStringView rest = QStringView(m_src).mid(k, m_end - k);
        if (brackets.isEmpty()) {
            const bool minus = rest.startsWith(u'-') && rest.mid(1).startsWith(close);
            const bool plus = block && rest.startsWith(u'+') && rest.mid(1).startsWith(close);
            if (minus || plus || rest.startsWith(close)) {
                m_tokens.append({block ? TmplToken::Kind::BlockEnd : TmplToken::Kind::VarEnd, k, {}, 0, 0});
                *lstripNext = minus;
                return k + int(close.size()) + (minus || plus ? 1 : 0);
            }
            if (rest.startsWith(otherClose)) {      // {{ x %}: ends the tag; the parser reports it
                m_tokens.append({TmplToken::Kind::Op, k, otherClose.toString(), 0, 0});
                return k + 2;
            }
        }
        const QChar c = rest.front();
        if (isNameStart(c)) {
            int e = k + 1;
            while (e < m_end && isNameChar(m_src.at(e)))
                ++e;
            m_tokens.append({TmplToken::Kind::Name, k, m_src.mid(k, e - k), 0, 0});
            k = e;
        } else if (isDigit(c)) {
            k = lexNumber(k);
        } else if (c == u'\'' || c == u'"') {
            k = lexString(k);
        } else {
            static const QStringView two[] = {u"//", u"**", u"==", u"!=", u">=", u"<="};
            QStringView op = rest.left(1);
            for (QStringView t : two)
                if (rest.startsWith(t))
                    op = t;
            if (op.size() == 1 && !QStringView(u"+-*/%~[](){}<>=.:|,;").contains(c))
                fail(k, "unexpected character '"_L1 + c + u'\'');
            if (c == u'(' || c == u'[' || c == u'{') {
                if (brackets.size() >= 200)
                    fail(k, QStringLiteral("brackets nested too deeply"));
                brackets.append({c, k});
            } else if (c == u')' || c == u']' || c == u'}') {
                const QChar open = c == u')' ? u'(' : (c == u']' ? u'[' : u'{');
                if (brackets.isEmpty() || brackets.last().first != open)
                    fail(k, "unexpected '"_L1 + c + u'\'');
                brackets.removeLast();
            }
            m_tokens.append({TmplToken::Kind::Op, k, op.toString(), 0, 0});
            k += int(op.size());
        }
    }
}

int TmplLexer::lexNumber(int k)
{
    const int start = k;
    auto digits = [&](int p) {
        while (p < m_end && (isDigit(m_src.at(p)) || (m_src.at(p) == u'_' && p + 1 < m_end && isDigit(m_src.at(p + 1)))))
            ++p;
        return p;
    };
    k = digits(k);
    bool isFloat = false;
    const bool afterDot = start > 0 && m_src.at(start - 1) == u'.';   // a.0.1 is two subscripts
    if (!afterDot && k + 1 < m_end && m_src.at(k) == u'.' && isDigit(m_src.at(k + 1))) {
        isFloat = true;
        k = digits(k + 1);
    }
    if (!afterDot && k < m_end && (m_src.at(k) == u'e' || m_src.at(k) == u'E')) {
        int p = k + 1;
        if (p < m_end && (m_src.at(p) == u'+' || m_src.at(p) == u'-'))
            ++p;
        if (p < m_end && isDigit(m_src.at(p))) {
            isFloat = true;
            k = digits(p);
        }
    }
    QString text = m_src.mid(start, k - start);
    text.remove(u'_');
    TmplToken t{TmplToken::Kind::Int, start, text, 0, 0};
    bool ok = false;
    if (!isFloat)
        t.intValue = text.toLongLong(&ok);
    if (!ok) {      // a float, or an integer too large for 64 bits
        t.kind = TmplToken::Kind::Float;
        t.floatValue = text.toDouble();
    }
    m_tokens.append(t);
    return k;
}

int TmplLexer::lexString(int k)
{
    const int start = k;
    const QChar quote = m_src.at(k++);
    QString value;
    while (k < m_end && m_src.at(k) != quote) {
        QChar c = m_src.at(k++);
        if (c != u'\\') {
            value += c;
            continue;
        }
        if (k >= m_end)
            break;
        c = m_src.at(k++);
        auto hex = [&](int n) -> int {
            if (k + n > m_end)
                return -1;
            int v = 0;
            for (int d = 0; d < n; ++d) {
                const int h = hexValue(m_src.at(k + d));
                if (h < 0)
                    return -1;
                v = v * 16 + h;
            }
            k += n;
            return v;
        };
        switch (c.unicode()) {
        case u'n': value += u'\n'; break;
        case u't': value += u'\t'; break;
        case u'r': value += u'\r'; break;
        case u'b': value += u'\b'; break;
        case u'f': value += u'\f'; break;
        case u'v': value += u'\v'; break;
        case u'a': value += u'\a'; break;
        case u'0': value += QChar(u'\0'); break;
        case u'\\': case u'\'': case u'"': value += c; break;
        case u'\n': break;                                  // line continuation
        case u'x': case u'u': case u'U': {
            const int v = hex(c == u'x' ? 2 : (c == u'u' ? 4 : 8));
            if (v < 0 || v > 0x10ffff)
                fail(k - 2, QStringLiteral("invalid escape in string"));
            const char32_t cp = char32_t(v);
            value += QString::fromUcs4(&cp, 1);
            break;
        }
        default: value += u'\\'; value += c; break;        // unknown escapes stay as written
        }
    }
    if (k >= m_end)
        fail(start, QStringLiteral("unclosed string"));
    m_tokens.append({TmplToken::Kind::String, start, normalizeNewlines(value), 0, 0});
    return k + 1;
}

} // namespace lathe
