#include "templatecompleter.h"

#include <Qsci/qsciscintilla.h>

#include <algorithm>
#include <cctype>

namespace lathe {

using namespace Qt::StringLiterals;
using Sci = QsciScintillaBase;

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

TemplateCompleter::TemplateCompleter(QsciScintilla *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor, &QsciScintillaBase::SCN_CHARADDED, this, &TemplateCompleter::onCharAdded);
}

void TemplateCompleter::setWords(const QStringList &words)
{
    m_words = words;
    m_words.removeDuplicates();
    m_words.removeAll(QString());
}

QStringList TemplateCompleter::filterNames()
{
    return {u"abs"_s, u"attr"_s, u"batch"_s, u"capitalize"_s, u"center"_s, u"default"_s,
            u"dictsort"_s, u"escape"_s, u"first"_s, u"float"_s, u"format"_s, u"groupby"_s,
            u"indent"_s, u"int"_s, u"join"_s, u"last"_s, u"length"_s, u"list"_s,
            u"lower"_s, u"map"_s, u"max"_s, u"min"_s, u"replace"_s, u"reverse"_s,
            u"round"_s, u"select"_s, u"reject"_s, u"slice"_s, u"sort"_s, u"string"_s,
            u"striptags"_s, u"sum"_s, u"title"_s, u"tojson"_s, u"trim"_s, u"truncate"_s,
            u"unique"_s, u"upper"_s, u"wordcount"_s, u"wordwrap"_s};
}

QStringList TemplateCompleter::statementKeywords()
{
    return {u"for"_s, u"endfor"_s, u"if"_s, u"elif"_s, u"else"_s, u"endif"_s,
            u"set"_s, u"endset"_s, u"macro"_s, u"endmacro"_s, u"call"_s, u"endcall"_s,
            u"filter"_s, u"endfilter"_s, u"include"_s, u"import"_s, u"from"_s,
            u"with"_s, u"endwith"_s, u"raw"_s, u"endraw"_s, u"break"_s, u"continue"_s};
}

TemplateCompleter::Context TemplateCompleter::contextAt(QStringView line)
{
    const qsizetype expr = line.lastIndexOf(u"{{");
    const qsizetype stmt = line.lastIndexOf(u"{%");
    const qsizetype open = std::max(expr, stmt);
    if (open < 0)
        return {};
    const bool isStatement = open == stmt;
    QStringView rest = line.sliced(open + 2);
    if (rest.contains(isStatement ? u"%}" : u"}}"))
        return {}; // the tag closed before the caret
    if (rest.startsWith(u'-') || rest.startsWith(u'+'))
        rest = rest.sliced(1);
    if ((rest.count(u'"') % 2) != 0 || (rest.count(u'\'') % 2) != 0)
        return {}; // inside a string literal

    qsizetype p = rest.size();
    while (p > 0 && isNameChar(rest[p - 1]))
        --p;
    Context context;
    context.prefix = rest.sliced(p).toString();
    if (!context.prefix.isEmpty() && context.prefix.front().isDigit())
        return {};
    const QStringView before = rest.first(p).trimmed();
    if (before.endsWith(u'.'))
        return {}; // an attribute: its names are unknown here
    if (before.endsWith(u'|'))
        context.kind = Kind::Filter;
    else if (isStatement && before.isEmpty())
        context.kind = Kind::StatementStart;
    else
        context.kind = Kind::Expression;
    return context;
}

QStringList TemplateCompleter::candidates(const Context &context) const
{
    QStringList pool;
    switch (context.kind) {
    case Kind::None:
        return {};
    case Kind::Filter:
        pool = filterNames();
        break;
    case Kind::StatementStart:
        pool = statementKeywords() + m_words;
        break;
    case Kind::Expression:
        pool = m_words;
        break;
    }
    QStringList out;
    for (const QString &entry : std::as_const(pool)) {
        if (entry.startsWith(context.prefix, Qt::CaseInsensitive) && entry != context.prefix)
            out.append(entry);
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QString TemplateCompleter::lineBeforeCaret() const
{
    const long caret = m_editor->SendScintilla(Sci::SCI_GETCURRENTPOS);
    const long start = m_editor->SendScintilla(Sci::SCI_POSITIONFROMLINE,
                                               m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, caret));
    QByteArray bytes(caret - start + 1, '\0');
    if (caret > start)
        m_editor->SendScintilla(Sci::SCI_GETTEXTRANGE, start, caret, bytes.data());
    bytes.truncate(caret - start);
    return QString::fromUtf8(bytes);
}

bool TemplateCompleter::complete(bool explicitRequest)
{
    const Context context = contextAt(lineBeforeCaret());
    const QStringList entries = candidates(context);
    if (entries.isEmpty() || (!explicitRequest && context.kind == Kind::None)) {
        if (m_editor->SendScintilla(Sci::SCI_AUTOCACTIVE))
            m_editor->SendScintilla(Sci::SCI_AUTOCCANCEL);
        return false;
    }
    m_editor->SendScintilla(Sci::SCI_AUTOCSETSEPARATOR, '\n');
    m_editor->SendScintilla(Sci::SCI_AUTOCSETIGNORECASE, 1);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETCASEINSENSITIVEBEHAVIOUR,
                            Sci::SC_CASEINSENSITIVEBEHAVIOUR_IGNORECASE);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETORDER, Sci::SC_ORDER_PERFORMSORT);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETAUTOHIDE, 1);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETDROPRESTOFWORD, 1);
    const QByteArray list = entries.join(u'\n').toUtf8();
    m_editor->SendScintilla(Sci::SCI_AUTOCSHOW, uintptr_t(context.prefix.toUtf8().size()),
                            list.constData());
    return m_editor->SendScintilla(Sci::SCI_AUTOCACTIVE) != 0;
}

bool TemplateCompleter::typeOver(QChar typed)
{
    if (!m_autoClose || m_editor->SendScintilla(Sci::SCI_GETSELECTIONS) > 1
        || m_editor->SendScintilla(Sci::SCI_GETSELECTIONEMPTY) == 0)
        return false;
    const long pos = m_editor->SendScintilla(Sci::SCI_GETCURRENTPOS);
    auto at = [this](long p) { return p < 0 ? '\0' : char(m_editor->SendScintilla(Sci::SCI_GETCHARAT, p)); };
    auto isCloser = [](char c) { return c == '}' || c == '%' || c == '#'; };
    // Only inside a tag opened on this line and not yet closed before the caret.
    const QString before = lineBeforeCaret();
    const qsizetype open = std::max({before.lastIndexOf(u"{{"), before.lastIndexOf(u"{%"), before.lastIndexOf(u"{#")});
    const qsizetype close = std::max({before.lastIndexOf(u"}}"), before.lastIndexOf(u"%}"), before.lastIndexOf(u"#}")});
    if (open < 0 || close > open)
        return false;
    long step = 0;
    const char c = typed.unicode() < 0x80 ? char(typed.unicode()) : '\0';
    if (c == ' ') {
        // "{{ | }}" right after auto-closing: the space is already there.
        const char opener = at(pos - 2);
        const bool freshTag = at(pos - 1) == ' ' && at(pos - 3) == '{' && (opener == '{' || opener == '%' || opener == '#')
                              && at(pos) == ' ' && isCloser(at(pos + 1)) && at(pos + 2) == '}';
        if (freshTag)
            return true;
        if (at(pos) == ' ' && isCloser(at(pos + 1)) && at(pos + 2) == '}')
            step = 1;
    } else if (c == '}' && at(pos) == '}') {
        step = 1;
    } else if ((c == '%' || c == '#') && at(pos) == c && at(pos + 1) == '}') {
        step = 1;
    } else if (isCloser(at(pos)) && at(pos + 1) == '}' && at(pos - 1) == ' ' && !typed.isSpace()) {
        // More content after stepping over the space before the closer: keep "x | }}" spaced.
        m_editor->SendScintilla(Sci::SCI_INSERTTEXT, pos, " ");
        return false;
    }
    if (step == 0)
        return false;
    m_editor->SendScintilla(Sci::SCI_GOTOPOS, pos + step);
    return true;
}

bool TemplateCompleter::autoClose(int ch)
{
    if (!m_autoClose || (ch != '{' && ch != '%' && ch != '#'))
        return false;
    const long caret = m_editor->SendScintilla(Sci::SCI_GETCURRENTPOS);
    if (caret < 2 || m_editor->SendScintilla(Sci::SCI_GETCHARAT, caret - 2) != '{')
        return false;
    if (ch == '{' && caret >= 3 && m_editor->SendScintilla(Sci::SCI_GETCHARAT, caret - 3) == '{')
        return false; // "{{{" is not a tag opening
    const char *closer = ch == '{' ? "  }}" : ch == '%' ? "  %}" : "  #}";
    // Already closed right after the caret (typing into an existing tag): leave it.
    const char next = char(m_editor->SendScintilla(Sci::SCI_GETCHARAT, caret));
    if (next == closer[2] || next == '}')
        return false;
    m_editor->SendScintilla(Sci::SCI_BEGINUNDOACTION);
    m_editor->SendScintilla(Sci::SCI_INSERTTEXT, caret, closer);
    m_editor->SendScintilla(Sci::SCI_ENDUNDOACTION);
    m_editor->SendScintilla(Sci::SCI_GOTOPOS, caret + 1);
    return true;
}

void TemplateCompleter::onCharAdded(int ch)
{
    if (m_editor->SendScintilla(Sci::SCI_GETSELECTIONS) > 1)
        return;
    const bool closed = autoClose(ch);
    const bool nameChar = ch > 0x7f || std::isalnum(ch) || ch == '_';
    if (!closed && !nameChar && ch != ' ' && ch != '|')
        return;
    if (ch == ' ' && !closed) {
        // A space only opens the list right after the opening delimiter or a "|".
        const Context context = contextAt(lineBeforeCaret());
        const QString line = lineBeforeCaret().trimmed();
        if (context.kind == Kind::None
            || !(line.endsWith(u"{{") || line.endsWith(u"{%") || line.endsWith(u"{{-")
                 || line.endsWith(u"{%-") || line.endsWith(u'|')))
            return;
    }
    complete(false);
}

} // namespace lathe
