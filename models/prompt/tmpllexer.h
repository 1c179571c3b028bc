#pragma once

#include <QList>
#include <QString>

namespace lathe {

struct TmplToken
{
    enum class Kind : quint8 {
        Data,           // template text outside tags (whitespace control already applied)
        VarBegin,       // {{
        VarEnd,         // }}
        BlockBegin,     // {%
        BlockEnd,       // %}
        Name,
        String,         // text holds the decoded value
        Int,
        Float,
        Op,             // text holds the operator: + - * / // % ** ~ == != < <= > >= = . : | , ( ) [ ] { }
        End,            // end of template
    };

    Kind kind = Kind::End;
    int pos = 0;        // offset in the template source
    QString text;
    qint64 intValue = 0;
    double floatValue = 0;

    bool isOp(QStringView op) const { return kind == Kind::Op && text == op; }
    bool isName(QStringView name) const { return kind == Kind::Name && text == name; }
    // For error messages: "'}}'", "end of template", "'foo'", "string 'a'".
    QString describe() const;
};

// Splits a template into tokens with Jinja2's default lexing rules: {{ }}, {% %}, {# #},
// `-` whitespace control on either side of a tag, {% raw %} blocks, newlines normalised to \n
// and one trailing newline of the source dropped (keep_trailing_newline=False).
class TmplLexer final
{
public:
    explicit TmplLexer(const QString &source) : m_src(source) {}

    // Throws TmplException on an unclosed tag, comment, string or raw block, an unbalanced
    // bracket, or a character that starts no token.
    QList<TmplToken> tokenize();

    // 1-based line and column (UTF-16 code units) of a source offset.
    static void lineColumn(const QString &source, int pos, int *line, int *column);
    static QString location(const QString &source, int pos);   // "line:column"

private:
    int lexComment(int start, bool *lstripNext);
    int lexRaw(int start, int afterRawKeyword, bool *lstripNext);
    int lexTag(int start, bool block, bool *lstripNext);
    int lexNumber(int k);
    int lexString(int k);
    int rawEndAt(int k, int *endTagEnd, bool *stripBefore, bool *lstripNext) const;
    int skipSpace(int k) const;
    [[noreturn]] void fail(int pos, const QString &message) const;

    const QString &m_src;
    int m_end = 0;
    QList<TmplToken> m_tokens;
};

} // namespace lathe
