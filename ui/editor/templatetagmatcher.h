#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace lathe {

// Finds the template tags ({{ }}, {% %}, {# #}) of UTF-8 text and pairs block tags
// ({% for %} / {% else %} / {% endfor %}, {% if %} / {% elif %} / {% else %} / {% endif %}, ...).
// Works on bytes: delimiters and keywords are ASCII, so offsets are Scintilla positions.
// Quoted strings inside tags are skipped when looking for the closing delimiter, the content of
// {% raw %} ... {% endraw %} is not scanned, and an unclosed tag runs to the end of the text.
class TemplateTagMatcher final
{
public:
    enum class Kind { Expression, Statement, Comment };

    struct Tag
    {
        qsizetype start = 0;
        qsizetype end = 0;      // one past the closing delimiter (or the text end if unclosed)
        Kind kind = Kind::Expression;
        int openLength = 2;     // "{{", or "{{-" / "{%+" with whitespace control
        int closeLength = 0;    // 0 when unclosed
        QByteArray keyword;     // first word of a statement
        bool assigns = false;   // a statement containing "=" outside strings ({% set x = 1 %})
    };

    struct Highlight
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool matched = true;    // false: an unclosed tag, or a block tag without its partner
    };

    static QList<Tag> scan(QByteArrayView text);

    // What to highlight for a caret at byte `caret` (inside a tag or touching it): for block
    // tags every tag of the block, otherwise the tag's two delimiters. Empty outside tags.
    static QList<Highlight> highlightsAt(QByteArrayView text, qsizetype caret);

    TemplateTagMatcher() = delete;
};

} // namespace lathe
