#pragma once

#include "prompt/promptcontent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lathe {

class Template;
struct ScoringInput;

// The messages sent to an LLM judge: chat message templates (Lathe's Jinja2 subset, strict)
// rendered with the case. Every kind has a default (defaultMessages) that can be replaced per
// scorer with promptfoo's `rubricPrompt`: plain text (one user message) or a JSON list of
// {role, content} messages, as text or as a YAML/JSON list.
//
// Variables: output (alias completion); rubric (the scorer's value; aliases criteria,
// criterion); reference (factuality: the value, else the expected values; alias ideal);
// expected (the row's expected values, one per line); vars (the row as an object); and every
// row variable by name unless it clashes with these.
//
// The defaults ask for strict JSON: {"reason", "score" 0..1, "pass"} (rubric),
// {"reason", "pass"} (closed QA), {"category" A-E, "reason"} (factuality), and mark the parts
// with <rubric>/<criterion>/<reference>, <output>, <expected>, <variables> tags.
// Value type; render() is const and thread-safe.
class JudgePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(JudgePrompt)
public:
    enum class Kind { Rubric, ClosedQa, Factuality };

    // llm-rubric, model-graded-closedqa, factuality (also model-graded-factuality).
    static std::optional<Kind> kindOf(const QString &type);
    static QList<ChatMessage> defaultMessages(Kind kind);

    // The default when `custom` is undefined or null; else the custom prompt. Fails with
    // *error on a template that does not parse or a message list that is not {role, content}.
    static std::optional<JudgePrompt> create(Kind kind, const QJsonValue &custom, QString *error);

    // The variables for one case (see above). `criterion` is the scorer's value as text.
    static QJsonObject variables(Kind kind, const QString &criterion, const ScoringInput &input);

    Kind kind() const { return m_kind; }
    bool isDefault() const { return m_default; }
    // False with *error "the judge prompt's template: L:C: message" when rendering fails.
    bool render(const QJsonObject &variables, QList<ChatMessage> *out, QString *error) const;

private:
    Kind m_kind = Kind::Rubric;
    bool m_default = true;
    QStringList m_roles;
    QList<std::shared_ptr<const Template>> m_templates;
};

} // namespace lathe
