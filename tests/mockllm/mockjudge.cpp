#include "mockjudge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lathe::mock {
namespace {

using namespace Qt::StringLiterals;

QString part(const QString &text, const QString &tag)
{
    const QString open = u'<' + tag + u'>';
    const QString close = u"</"_s + tag + u'>';
    const qsizetype from = text.indexOf(open);
    const qsizetype to = from < 0 ? -1 : text.indexOf(close, from + open.size());
    if (to < 0)
        return {};
    static const QRegularExpression marker(u"\\[\\[[a-z-]+:[^\\]]*\\]\\]"_s);
    return text.mid(from + open.size(), to - from - open.size()).remove(marker).trimmed();
}

QString normalised(QString s)
{
    s = s.toLower().simplified();
    while (!s.isEmpty() && (s.endsWith(u'.') || s.endsWith(u'!') || s.endsWith(u'?')))
        s.chop(1);
    return s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<QString> judgeReply(const MockChat &chat)
{
    QString all;
    for (const auto &[role, content] : chat.messages)
        all += content + u'\n';
    const bool factuality = all.contains(u"<reference>"_s);
    const QString criterionTag = all.contains(u"<rubric>"_s) ? u"rubric"_s : u"criterion"_s;
    if (!all.contains(u"<output>"_s) || (!factuality && !all.contains(u'<' + criterionTag + u'>')))
        return std::nullopt;
    const QString output = part(all, u"output"_s);

    QJsonObject verdict;
    QString reason;
    QString conclusion;   // the prose form's last sentence
    if (factuality) {
        const QString out = normalised(output);
        const QString ref = normalised(part(all, u"reference"_s));
        const QString category = out == ref ? u"C"_s : out.contains(ref) ? u"B"_s : ref.contains(out) && !out.isEmpty() ? u"A"_s : u"D"_s;
        reason = category == u"D" ? u"The output does not agree with the reference."_s
                                  : u"The output is consistent with the reference (category %1)."_s.arg(category);
        verdict = {{u"category"_s, category}, {u"reason"_s, reason}};
        conclusion = u"The answer is (%1)."_s.arg(category);
    } else {
        static const QRegularExpression quoted(u"[\"“]([^\"”]+)[\"”]"_s);
        const QString rubric = part(all, criterionTag);
        QStringList found;
        QStringList missing;
        for (auto it = quoted.globalMatch(rubric); it.hasNext();) {
            const QString term = it.next().captured(1).trimmed();
            (output.contains(term, Qt::CaseInsensitive) ? found : missing).append(term);
        }
        const qsizetype terms = found.size() + missing.size();
        double score = terms ? double(found.size()) / double(terms) : (output.isEmpty() ? 0.0 : 1.0);
        static const QRegularExpression forced(u"\\[\\[judge:score=([0-9.]+)\\]\\]"_s);
        if (const QRegularExpressionMatch m = forced.match(all); m.hasMatch())
            score = m.captured(1).toDouble();
        const bool pass = score >= 0.5;
        reason = terms ? u"The output contains %1 of %2 required terms (found: %3; missing: %4)."_s
                             .arg(found.size()).arg(terms).arg(found.join(u", "_s), missing.join(u", "_s))
                       : output.isEmpty() ? u"The output is empty."_s : u"The output is not empty."_s;
        verdict = {{u"reason"_s, reason}, {u"score"_s, score}, {u"pass"_s, pass}};
        conclusion = u"Score: %1. Verdict: %2"_s.arg(score).arg(pass ? u"PASS"_s : u"FAIL"_s);
    }

    if (all.contains(u"[[judge:malformed]]"_s))
        return u"{\"reason\": \"%1"_s.arg(reason.section(u' ', 0, 2));
    if (all.contains(u"[[judge:prose]]"_s))
        return u"I compared the output with what was asked. %1 %2"_s.arg(reason, conclusion);
    if (all.contains(u"[[judge:fenced]]"_s))
        return u"Here is my verdict:\n```json\n%1\n```"_s.arg(json(verdict));
    return json(verdict);
}

} // namespace lathe::mock
