#include "prompt/tmpltext.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

qsizetype TmplText::length(const QString &s)
{
    qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        if (s.at(i).isHighSurrogate() && s.at(i + 1).isLowSurrogate()) {
            --n;
            ++i;
        }
    return n;
}

QString TmplText::left(const QString &s, qsizetype codePoints)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePoints && i < s.size(); ++n)
        i += (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return s.left(i);
}

QString TmplText::title(const QString &s)
{
    // Words start after a run of [-\s({\[<]; each word: first character upper, rest lower.
    QString out;
    out.reserve(s.size());
    bool wordStart = true;
    qsizetype wordBegin = 0;
    auto flush = [&](qsizetype end) {
        if (end > wordBegin) {
            const QString word = s.mid(wordBegin, end - wordBegin);
            const qsizetype first = (word.at(0).isHighSurrogate() && word.size() > 1) ? 2 : 1;
            out += word.left(first).toUpper() + word.mid(first).toLower();
        }
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool sep = c.isSpace() || c == u'-' || c == u'(' || c == u'{' || c == u'[' || c == u'<';
        if (sep) {
            if (!wordStart)
                flush(i);
            out += c;
            wordStart = true;
        } else if (wordStart) {
            wordBegin = i;
            wordStart = false;
        }
    }
    if (!wordStart)
        flush(s.size());
    return out;
}

QString TmplText::capitalize(const QString &s)
{
    if (s.isEmpty())
        return s;
    const qsizetype first = (s.at(0).isHighSurrogate() && s.size() > 1) ? 2 : 1;
    return s.left(first).toUpper() + s.mid(first).toLower();
}

QString TmplText::strip(const QString &s, const QString &chars, bool left, bool right)
{
    auto strippable = [&](QChar c) { return chars.isEmpty() ? c.isSpace() : chars.contains(c); };
    qsizetype b = 0, e = s.size();
    if (left)
        while (b < e && strippable(s.at(b)))
            ++b;
    if (right)
        while (e > b && strippable(s.at(e - 1)))
            --e;
    return s.mid(b, e - b);
}

QStringList TmplText::split(const QString &s, const QString &sep, qsizetype maxSplit)
{
    QStringList out;
    if (!sep.isEmpty()) {
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = (maxSplit >= 0 && out.size() >= maxSplit) ? -1 : s.indexOf(sep, from);
            if (at < 0) {
                out.append(s.mid(from));
                return out;
            }
            out.append(s.mid(from, at - from));
            from = at + sep.size();
        }
    }
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        if (i >= s.size())
            break;
        if (maxSplit >= 0 && out.size() >= maxSplit) {
            out.append(strip(s.mid(i), {}, false, true));
            break;
        }
        const qsizetype start = i;
        while (i < s.size() && !s.at(i).isSpace())
            ++i;
        out.append(s.mid(start, i - start));
    }
    return out;
}

QString TmplText::replace(const QString &s, const QString &from, const QString &to, qsizetype count)
{
    if (count < 0)
        return QString(s).replace(from, to);
    QString out;
    qsizetype pos = 0;
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype at = from.isEmpty() ? (pos <= s.size() ? pos : -1) : s.indexOf(from, pos);
        if (at < 0)
            break;
        out += QStringView(s).mid(pos, at - pos) + to;
        if (from.isEmpty()) {           // Python inserts before each character
            if (at < s.size())
                out += s.at(at);
            pos = at + 1;
        } else {
            pos = at + from.size();
        }
    }
    if (pos < s.size())
        out += QStringView(s).mid(pos);
    return out;
}

QStringList TmplText::splitLines(const QString &s)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == QChar(0x1c) || c == QChar(0x1d)
            || c == QChar(0x1e) || c == QChar(0x85) || c == QChar(0x2028) || c == QChar(0x2029)) {
            out.append(s.mid(start, i - start));
            if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < s.size())
        out.append(s.mid(start));
    return out;
}

QString TmplText::htmlEscape(const QString &s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += "&amp;"_L1; break;
        case u'<': out += "&lt;"_L1; break;
        case u'>': out += "&gt;"_L1; break;
        case u'"': out += "&#34;"_L1; break;
        case u'\'': out += "&#39;"_L1; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace lathe
