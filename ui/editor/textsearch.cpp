#include "textsearch.h"

namespace lathe {

QRegularExpression TextSearch::compile(const SearchQuery &query, QString *error)
{
    if (error)
        error->clear();
    if (query.pattern.isEmpty())
        return QRegularExpression(); // valid but empty: findAll() returns nothing
    QString pattern = query.regex ? query.pattern : QRegularExpression::escape(query.pattern);
    if (query.wholeWord)
        pattern = QStringLiteral("(?<![\\p{L}\\p{N}_])(?:") + pattern + QStringLiteral(")(?![\\p{L}\\p{N}_])");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption
        | QRegularExpression::MultilineOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    if (!re.isValid()) {
        if (error)
            *error = re.errorString();
        return re;
    }
    re.optimize();
    return re;
}

QList<QRegularExpressionMatch> TextSearch::findAll(const QString &text, const QRegularExpression &re,
                                                   qsizetype limit)
{
    QList<QRegularExpressionMatch> matches;
    if (!re.isValid() || re.pattern().isEmpty())
        return matches;
    auto it = re.globalMatch(text);
    while (it.hasNext() && matches.size() < limit) {
        QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            matches.append(std::move(m));
    }
    return matches;
}

QString TextSearch::expand(const QString &replacement, const QRegularExpressionMatch &match, bool regex)
{
    if (!regex)
        return replacement;
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        const QChar next = i + 1 < replacement.size() ? replacement[i + 1] : QChar();
        if ((c == u'\\' || c == u'$') && next.isDigit()) {
            out += match.captured(next.digitValue());
            ++i;
        } else if (c == u'$' && next == u'{') {
            const qsizetype close = replacement.indexOf(u'}', i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            const QString name = replacement.sliced(i + 2, close - i - 2);
            bool isNumber = false;
            const int number = name.toInt(&isNumber);
            out += isNumber ? match.captured(number) : match.captured(name);
            i = close;
        } else if (c == u'\\' && next == u'n') {
            out += u'\n';
            ++i;
        } else if (c == u'\\' && next == u't') {
            out += u'\t';
            ++i;
        } else if ((c == u'\\' && next == u'\\') || (c == u'$' && next == u'$')) {
            out += c;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace lathe
