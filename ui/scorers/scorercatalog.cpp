#include "scorercatalog.h"

#include "eval/scorers/jsonscorers.h"
#include "eval/scorers/performancescorers.h"
#include "eval/scorers/referencescorers.h"
#include "eval/scorers/textscorers.h"
#include "eval/scorers/yamljson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Entry
{
    QString summary;
    QString hint;
    const char *example;   // JSON of the scorer without its type
};

QJsonObject example(const QString &type, const char *json)
{
    QJsonObject o{{u"type"_s, type}};
    const QJsonObject fields = QJsonDocument::fromJson(QByteArray(json)).object();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Judge and promptfoo-only types the menu lists (flagged) so that people find them; the
// registry decides whether they run.
const QStringList kJudgeTypes{u"llm-rubric"_s,       u"model-graded-closedqa"_s, u"factuality"_s,
                              u"model-graded-factuality"_s, u"answer-relevance"_s, u"context-faithfulness"_s,
                              u"g-eval"_s,           u"similar"_s};
const QStringList kPromptfooTypes{u"python"_s, u"webhook"_s, u"is-sql"_s,   u"is-xml"_s,     u"is-html"_s,
                                  u"perplexity"_s, u"is-refusal"_s, u"gleu"_s, u"meteor"_s};

// Built on each call so that the texts follow the translation loaded at the time.
QHash<QString, Entry> entries()
{
    return {
        {u"equals"_s, {ScorerCatalog::tr("The output equals the value (or the expected column)"), {}, R"({"value": "Paris"})"}},
        {u"contains"_s, {ScorerCatalog::tr("The output contains the value (case-sensitive)"), {}, R"({"value": "Paris"})"}},
        {u"icontains"_s, {ScorerCatalog::tr("The output contains the value, ignoring case"), {}, R"({"value": "paris"})"}},
        {u"contains-any"_s, {ScorerCatalog::tr("The output contains at least one of the values"), {}, R"({"value": ["Paris", "Lyon"]})"}},
        {u"icontains-any"_s, {ScorerCatalog::tr("Like contains-any, ignoring case"), {}, R"({"value": ["paris", "lyon"]})"}},
        {u"contains-all"_s, {ScorerCatalog::tr("The output contains every value"), {}, R"({"value": ["Paris", "France"]})"}},
        {u"icontains-all"_s, {ScorerCatalog::tr("Like contains-all, ignoring case"), {}, R"({"value": ["paris", "france"]})"}},
        {u"starts-with"_s, {ScorerCatalog::tr("The output starts with the value"), {}, R"({"value": "Answer:"})"}},
        {u"ends-with"_s, {ScorerCatalog::tr("The output ends with the value"), {}, R"({"value": "."})"}},
        {u"regex"_s, {ScorerCatalog::tr("The output matches a regular expression"), {}, R"({"value": "^\\d{4}-\\d{2}-\\d{2}$"})"}},
        {u"length"_s, {ScorerCatalog::tr("The output's length in characters is within bounds"), {}, R"({"value": {"min": 10, "max": 280}})"}},
        {u"word-count"_s, {ScorerCatalog::tr("The output's word count is within bounds"), {}, R"({"value": {"min": 5, "max": 50}})"}},
        {u"is-json"_s, {ScorerCatalog::tr("The output is valid JSON (optionally matching a schema)"), {}, "{}"}},
        {u"contains-json"_s, {ScorerCatalog::tr("The output contains a JSON value (optionally matching a schema)"), {}, "{}"}},
        {u"json-schema"_s,
         {ScorerCatalog::tr("The output is JSON that matches a JSON Schema"), ScorerCatalog::tr("draft 2020-12 subset: type, properties, required, enum, items, min/max, pattern"),
          R"({"value": {"type": "object", "required": ["answer"], "properties": {"answer": {"type": "string"}}}})"}},
        {u"levenshtein"_s, {ScorerCatalog::tr("Edit distance to the value or expected column; passes at or below the threshold"), {}, R"({"threshold": 5})"}},
        {u"ratio"_s, {ScorerCatalog::tr("Similarity ratio (0 to 1) to the expected column"), ScorerCatalog::tr("without a threshold it is a metric; with one it passes at or above it"), R"({"threshold": 0.8})"}},
        {u"bleu"_s, {ScorerCatalog::tr("Sentence BLEU (sacreBLEU) against the expected column(s)"), ScorerCatalog::tr("config: tokenize 13a|none|char, smooth exp|floor|add-k|none"), R"({"threshold": 0.3, "config": {"tokenize": "13a"}})"}},
        {u"chrf"_s, {ScorerCatalog::tr("chrF (sacreBLEU) against the expected column(s)"), ScorerCatalog::tr("without a threshold it is a metric; with one it passes at or above it"), R"({"threshold": 0.5})"}},
        {u"chrf++"_s, {ScorerCatalog::tr("chrF++ (chrF with word bigrams)"), {}, R"({"threshold": 0.5})"}},
        {u"rouge-n"_s, {ScorerCatalog::tr("ROUGE-N F-measure; config n sets N"), {}, R"({"threshold": 0.5, "config": {"n": 2}})"}},
        {u"rouge-1"_s, {ScorerCatalog::tr("ROUGE-1 F-measure (rouge_score)"), ScorerCatalog::tr("config: stem: true applies the Porter stemmer"), R"({"threshold": 0.5})"}},
        {u"rouge-2"_s, {ScorerCatalog::tr("ROUGE-2 F-measure (rouge_score)"), {}, R"({"threshold": 0.4})"}},
        {u"rouge-l"_s, {ScorerCatalog::tr("ROUGE-L F-measure (longest common subsequence)"), {}, R"({"threshold": 0.5})"}},
        {u"rouge-lsum"_s, {ScorerCatalog::tr("ROUGE-Lsum F-measure (per sentence, newline separated)"), {}, R"({"threshold": 0.5})"}},
        {u"squad-em"_s, {ScorerCatalog::tr("SQuAD exact match against the expected answer(s)"), {}, "{}"}},
        {u"squad-f1"_s, {ScorerCatalog::tr("SQuAD token F1 against the expected answer(s)"), {}, R"({"threshold": 0.5})"}},
        {u"classification"_s, {ScorerCatalog::tr("The output is the expected label (normalized); feeds accuracy and F1"), {}, R"({"metric": "label"})"}},
        {u"javascript"_s,
         {ScorerCatalog::tr("A JavaScript expression or function body of output, expected, vars"), ScorerCatalog::tr("return true/false, a number from 0 to 1, or {pass, score, reason}"),
          R"({"value": "output.length < 200", "metric": "short"})"}},
        {u"latency"_s, {ScorerCatalog::tr("The call took at most the threshold in milliseconds"), {}, R"({"threshold": 3000})"}},
        {u"ttft"_s, {ScorerCatalog::tr("Time to first token at most the threshold in milliseconds (streamed runs)"), {}, R"({"threshold": 800})"}},
        {u"time-to-first-token"_s, {ScorerCatalog::tr("Same as ttft"), {}, R"({"threshold": 800})"}},
        {u"tokens"_s, {ScorerCatalog::tr("Tokens used at most the threshold"), ScorerCatalog::tr("config kind: total, prompt or completion"), R"({"threshold": 500, "config": {"kind": "total"}})"}},
        {u"cost"_s, {ScorerCatalog::tr("Cost of the call at most the threshold"), {}, R"({"threshold": 0.01})"}},
        {u"llm-rubric"_s, {ScorerCatalog::tr("An LLM judge grades the output against a rubric"), {}, R"({"value": "The answer is polite and correct"})"}},
        {u"factuality"_s, {ScorerCatalog::tr("An LLM judge compares the output's facts with the value"), {}, R"({"value": "Paris is the capital of France"})"}},
        {u"model-graded-factuality"_s, {ScorerCatalog::tr("Same as factuality"), {}, R"({"value": "Paris is the capital of France"})"}},
        {u"model-graded-closedqa"_s, {ScorerCatalog::tr("An LLM judge checks the output meets a criterion"), {}, R"({"value": "Mentions the capital"})"}},
        {u"answer-relevance"_s, {ScorerCatalog::tr("An LLM judge rates how relevant the output is to the question"), {}, R"({"threshold": 0.7})"}},
        {u"context-faithfulness"_s, {ScorerCatalog::tr("An LLM judge checks the output sticks to the context"), {}, R"({"threshold": 0.7})"}},
        {u"g-eval"_s, {ScorerCatalog::tr("G-Eval: an LLM judge scores the output on criteria"), {}, R"({"value": "Coherence"})"}},
        {u"similar"_s, {ScorerCatalog::tr("Embedding similarity to the value"), {}, R"({"value": "Paris", "threshold": 0.8})"}},
    };
}

} // namespace

QList<ScorerFamily> ScorerCatalog::families()
{
    const QList<std::pair<QString, QStringList>> groups{
        {tr("Text"), TextScorers::types()},
        {tr("JSON"), JsonScorers::types()},
        {tr("Reference metrics"), ReferenceScorers::types()},
        {tr("Classification and custom"), {u"classification"_s, u"javascript"_s}},
        {tr("Performance"), PerformanceScorers::types()},
        {tr("LLM judge"), kJudgeTypes},
        {tr("promptfoo types Lathe does not run"), kPromptfooTypes},
    };
    QList<ScorerFamily> out;
    QSet<QString> seen;
    for (const auto &[name, types] : groups) {
        ScorerFamily f{name, {}};
        for (const QString &t : types) {
            if (const auto i = info(t); i && !seen.contains(t)) {
                f.types.append(*i);
                seen.insert(t);
            }
        }
        out.append(f);
    }
    ScorerFamily other{tr("Other"), {}};
    for (const QString &t : ScorerRegistry::types()) {
        if (!seen.contains(t))
            other.types.append(*info(t));
    }
    if (!other.types.isEmpty())
        out.append(other);
    return out;
}

std::optional<ScorerTypeInfo> ScorerCatalog::info(const QString &type)
{
    if (type.isEmpty())
        return std::nullopt;
    ScorerTypeInfo i;
    i.type = type;
    i.support = ScorerRegistry::support(type);
    const QHash<QString, Entry> all = entries();
    const auto it = all.constFind(type);
    if (it != all.cend()) {
        i.summary = it->summary;
        i.hint = it->hint;
        i.example = example(type, it->example);
    } else {
        i.summary = i.support == ScorerRegistry::Support::Unsupported ? tr("A promptfoo scorer") : tr("A scorer");
        i.example = example(type, "{}");
    }
    return i;
}

QString ScorerCatalog::yamlSnippet(const ScorerTypeInfo &info, int indent)
{
    QString text = u"# "_s + info.type + u": "_s + info.summary + u'\n';
    if (!info.hint.isEmpty())
        text += u"#   "_s + info.hint + u'\n';
    if (!info.isAvailable())
        text += u"#   "_s + supportNote(info.support) + u'\n';
    text += YamlJson::write(QJsonArray{info.example});
    const QString pad(indent, u' ');
    QString out;
    for (const QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
        out += pad + line + u'\n';
    return out;
}

QString ScorerCatalog::supportNote(ScorerRegistry::Support support)
{
    switch (support) {
    case ScorerRegistry::Support::Available:
        return {};
    case ScorerRegistry::Support::NeedsJudge:
        return tr("needs an LLM judge, which is not available yet: skipped when scoring");
    case ScorerRegistry::Support::Unsupported:
        return tr("a promptfoo scorer Lathe does not run: skipped when scoring");
    case ScorerRegistry::Support::Unknown:
        break;
    }
    return tr("not a scorer type Lathe knows");
}

} // namespace lathe
