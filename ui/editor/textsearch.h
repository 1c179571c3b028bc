#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace lathe {

// What the find bar looks for.
struct SearchQuery
{
    QString pattern;
    bool regex = false;         // PCRE2 syntax (QRegularExpression), ^ and $ match at lines
    bool caseSensitive = false;
    bool wholeWord = false;     // not preceded or followed by a letter, digit or '_'

    bool operator==(const SearchQuery &) const = default;
};

// Search and replace over UTF-16 text, independent of any widget.
class TextSearch final
{
public:
    // The expression for `query`: invalid when the pattern does not compile (then *error, if
    // given, says why), empty when the pattern is empty.
    static QRegularExpression compile(const SearchQuery &query, QString *error = nullptr);

    // Non-empty, non-overlapping matches in order, at most `limit`.
    static QList<QRegularExpressionMatch> findAll(const QString &text, const QRegularExpression &re,
                                                  qsizetype limit = 100000);

    // The text that replaces `match`. Literal unless `regex`; with `regex`, \0..\9 and $0..$9
    // insert groups, ${name} a named group, \n and \t a newline and a tab, \\ and $$ themselves.
    static QString expand(const QString &replacement, const QRegularExpressionMatch &match, bool regex);

    TextSearch() = delete;
};

} // namespace lathe
