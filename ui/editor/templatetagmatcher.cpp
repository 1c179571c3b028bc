#include "templatetagmatcher.h"

#include <QStack>

namespace lathe {

namespace {

using Tag = TemplateTagMatcher::Tag;
using Kind = TemplateTagMatcher::Kind;

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Block statements that need an end tag ("set" only in its block form, without "=").
bool opensBlock(const Tag &tag)
{
    static const QByteArrayView blocks[] = {"for", "if", "macro", "call", "filter", "block",
                                            "with", "autoescape", "raw"};
    for (QByteArrayView name : blocks) {
        if (tag.keyword == name)
            return true;
    }
    return tag.keyword == "set" && !tag.assigns;
}

// Reads one tag starting at `start` ("{{", "{%" or "{#").
Tag readTag(QByteArrayView text, qsizetype start)
{
    Tag tag;
    tag.start = start;
    const char kind = text[start + 1];
    tag.kind = kind == '{' ? Kind::Expression : kind == '%' ? Kind::Statement : Kind::Comment;
    if (tag.kind != Kind::Comment && start + 2 < text.size()
        && (text[start + 2] == '-' || text[start + 2] == '+'))
        tag.openLength = 3;
    const char closer = kind == '{' ? '}' : kind;
    qsizetype i = start + tag.openLength;
    char quote = 0;
    for (; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (tag.kind != Kind::Comment && (c == '"' || c == '\'')) {
            quote = c;
        } else if (c == closer && text[i + 1] == '}') {
            tag.closeLength = 2;
            if (tag.kind != Kind::Comment && i > start + tag.openLength
                && (text[i - 1] == '-' || text[i - 1] == '+'))
                tag.closeLength = 3;
            tag.end = i + 2;
            break;
        } else if (c == '=' && tag.kind == Kind::Statement) {
            const char next = text[i + 1];
            const char prev = text[i - 1];
            if (next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>')
                tag.assigns = true;
        }
    }
    if (tag.closeLength == 0)
        tag.end = text.size();
    if (tag.kind == Kind::Statement) {
        qsizetype k = start + tag.openLength;
        while (k < tag.end && isSpace(text[k]))
            ++k;
        const qsizetype wordStart = k;
        while (k < tag.end && isIdentChar(text[k]))
            ++k;
        tag.keyword = text.sliced(wordStart, k - wordStart).toByteArray();
    }
    return tag;
}

struct Group
{
    QList<int> tags; // indices into the scanned tags, in order
    QByteArray name;
    bool complete = false;
};

} // namespace

QList<Tag> TemplateTagMatcher::scan(QByteArrayView text)
{
    QList<Tag> tags;
    qsizetype i = 0;
    while (i + 1 < text.size()) {
        const qsizetype open = text.indexOf('{', i);
        if (open < 0 || open + 1 >= text.size())
            break;
        const char next = text[open + 1];
        if (next != '{' && next != '%' && next != '#') {
            i = open + 1;
            continue;
        }
        Tag tag = readTag(text, open);
        i = tag.end;
        const bool raw = tag.kind == Kind::Statement && tag.keyword == "raw";
        tags.append(std::move(tag));
        if (!raw)
            continue;
        // Skip the raw content: the next tag read is the {% endraw %}.
        qsizetype search = i;
        while (true) {
            const qsizetype candidate = text.indexOf("{%", search);
            if (candidate < 0) {
                i = text.size();
                break;
            }
            if (readTag(text, candidate).keyword == "endraw") {
                i = candidate;
                break;
            }
            search = candidate + 2;
        }
    }
    return tags;
}

QList<TemplateTagMatcher::Highlight> TemplateTagMatcher::highlightsAt(QByteArrayView text, qsizetype caret)
{
    const QList<Tag> tags = scan(text);
    int at = -1;
    for (int k = 0; k < tags.size(); ++k) {
        if (tags[k].start <= caret && caret <= tags[k].end) {
            at = k;
            break;
        }
        if (tags[k].start > caret)
            break;
    }
    if (at < 0)
        return {};

    // Pair block statements with a stack; a stray end tag closes the nearest open block of its
    // name, leaving the blocks opened after it incomplete.
    QList<Group> groups;
    QList<int> groupOf(tags.size(), -1);
    QStack<int> open;
    for (int k = 0; k < tags.size(); ++k) {
        const Tag &tag = tags[k];
        if (tag.kind != Kind::Statement)
            continue;
        if (opensBlock(tag)) {
            groups.append({{k}, tag.keyword, false});
            groupOf[k] = int(groups.size() - 1);
            open.push(int(groups.size() - 1));
        } else if (tag.keyword == "elif" || tag.keyword == "else") {
            if (!open.isEmpty()) {
                const QByteArray &name = groups[open.top()].name;
                if (name == "if" || (tag.keyword == "else" && name == "for")) {
                    groups[open.top()].tags.append(k);
                    groupOf[k] = open.top();
                }
            }
        } else if (tag.keyword.startsWith("end") && tag.keyword.size() > 3) {
            const QByteArray name = tag.keyword.mid(3);
            int depth = int(open.size()) - 1;
            while (depth >= 0 && groups[open[depth]].name != name)
                --depth;
            if (depth < 0) {
                groups.append({{k}, name, false});
                groupOf[k] = int(groups.size() - 1);
                continue;
            }
            while (open.size() > depth + 1)
                open.pop();
            const int g = open.pop();
            groups[g].tags.append(k);
            groups[g].complete = true;
            groupOf[k] = g;
        }
    }

    const Tag &tag = tags[at];
    if (groupOf[at] >= 0) {
        const Group &group = groups[groupOf[at]];
        QList<Highlight> out;
        for (int k : group.tags)
            out.append({tags[k].start, tags[k].end, group.complete && tags[k].closeLength > 0});
        return out;
    }
    const bool closed = tag.closeLength > 0;
    QList<Highlight> out{{tag.start, tag.start + tag.openLength, closed}};
    if (closed)
        out.append({tag.end - tag.closeLength, tag.end, true});
    return out;
}

} // namespace lathe
