#pragma once

#include <QString>
#include <QStringList>

namespace lathe {

// Python string semantics shared by filters and methods. Lengths and offsets count Unicode
// code points, as Python's len() does (an emoji is 1, not 2 UTF-16 units).
class TmplText final
{
public:
    static qsizetype length(const QString &s);
    static QString left(const QString &s, qsizetype codePoints);
    static QString title(const QString &s);         // Jinja2's title filter
    static QString capitalize(const QString &s);    // str.capitalize()
    // str.strip()/lstrip()/rstrip(); `chars` empty = whitespace.
    static QString strip(const QString &s, const QString &chars, bool left, bool right);
    // str.split(sep, maxsplit); empty sep = runs of whitespace, empty strings dropped.
    static QStringList split(const QString &s, const QString &sep, qsizetype maxSplit);
    static QString replace(const QString &s, const QString &from, const QString &to, qsizetype count);
    static QStringList splitLines(const QString &s);  // str.splitlines()
    static QString htmlEscape(const QString &s);      // markupsafe.escape
};

} // namespace lathe
