#include "promptfooassertion.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe::PromptfooAssertion {

namespace {

// promptfoo's base assertion types (those its CSV shorthand accepts).
const QStringList &baseTypes()
{
    static const QStringList types = [] {
        QStringList t{
            u"answer-relevance"_s, u"bleu"_s, u"classifier"_s, u"contains"_s, u"contains-all"_s,
            u"contains-any"_s, u"contains-html"_s, u"contains-json"_s, u"contains-sql"_s,
            u"contains-xml"_s, u"context-faithfulness"_s, u"context-recall"_s,
            u"context-relevance"_s, u"conversation-relevance"_s, u"cost"_s, u"equals"_s,
            u"factuality"_s, u"finish-reason"_s, u"g-eval"_s, u"gleu"_s, u"guardrails"_s,
            u"icontains"_s, u"icontains-all"_s, u"icontains-any"_s, u"is-html"_s, u"is-json"_s,
            u"is-refusal"_s, u"is-sql"_s, u"is-valid-function-call"_s,
            u"is-valid-openai-function-call"_s, u"is-valid-openai-tools-call"_s, u"is-xml"_s,
            u"javascript"_s, u"latency"_s, u"levenshtein"_s, u"llm-rubric"_s, u"meteor"_s,
            u"model-graded-closedqa"_s, u"model-graded-factuality"_s, u"moderation"_s,
            u"perplexity"_s, u"perplexity-score"_s, u"pi"_s, u"python"_s, u"regex"_s,
            u"rouge-n"_s, u"ruby"_s, u"select-best"_s, u"similar"_s, u"starts-with"_s,
            u"webhook"_s, u"word-count"_s};
        // Longest first, so "contains-all" is tried before "contains".
        std::sort(t.begin(), t.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return t;
    }();
    return types;
}

bool thresholded(const QString &type)
{
    static const QStringList t{u"answer-relevance"_s, u"classifier"_s, u"context-faithfulness"_s,
                               u"context-recall"_s, u"context-relevance"_s, u"cost"_s, u"latency"_s,
                               u"levenshtein"_s, u"perplexity-score"_s, u"perplexity"_s,
                               u"rouge-n"_s, u"similar"_s, u"starts-with"_s};
    return t.contains(type);
}

QJsonObject make(const QString &type, const QJsonValue &value)
{
    QJsonObject o{{u"type"_s, type}};
    if (!value.isUndefined())
        o.insert(u"value"_s, value);
    return o;
}

} // namespace

QJsonObject fromString(const QString &expected)
{
    for (const auto &[prefix, type] : {std::pair{u"javascript:"_s, u"javascript"_s},
                                       std::pair{u"fn:"_s, u"javascript"_s}, std::pair{u"eval:"_s, u"javascript"_s},
                                       std::pair{u"python:"_s, u"python"_s}}) {
        if (expected.startsWith(prefix))
            return make(type, expected.mid(prefix.size()).trimmed());
    }
    if (expected.startsWith(u"grade:"_s))
        return make(u"llm-rubric"_s, expected.mid(6));
    if (expected.startsWith(u"llm-rubric:"_s))
        return make(u"llm-rubric"_s, expected.mid(11));
    if (expected.startsWith(u"file://"_s)) {
        const QString path = expected.mid(7).trimmed();
        if (path.endsWith(u".py"_s) || path.contains(u".py:"_s))
            return make(u"python"_s, path);
        if (path.endsWith(u".js"_s) || path.endsWith(u".ts"_s) || path.contains(u".js:"_s) || path.contains(u".ts:"_s))
            return make(u"javascript"_s, path);
    }

    const bool negated = expected.startsWith(u"not-"_s);
    const QString rest = negated ? expected.mid(4) : expected;
    static const QRegularExpression tail(u"^(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$"_s);
    for (const QString &type : baseTypes()) {
        if (!rest.startsWith(type))
            continue;
        const QRegularExpressionMatch m = tail.matchView(QStringView(rest).mid(type.size()));
        if (!m.hasMatch())
            continue;
        const QString full = negated ? u"not-"_s + type : type;
        const QJsonValue value = m.hasCaptured(2) ? QJsonValue(m.captured(2)) : QJsonValue(QJsonValue::Undefined);
        if (type.endsWith(u"-all"_s) || type.endsWith(u"-any"_s)) {
            QJsonArray items;
            for (const QString &item : m.captured(2).split(u','))
                items.append(item.trimmed());
            return make(full, items);
        }
        QJsonObject o = make(full, value);
        if (thresholded(type)) {
            const double t = m.captured(1).toDouble();
            o.insert(u"threshold"_s, t > 0 ? t : (type == u"similar"_s ? 0.8 : 0.75));
        }
        return o;
    }
    return make(u"equals"_s, expected);
}

} // namespace lathe::PromptfooAssertion
