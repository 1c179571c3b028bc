#pragma once

#include "diff/diffresult.h"
#include "prompt/promptcontent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace lathe {

// One model parameter (temperature, max_tokens, ...) compared between two prompt versions.
// An absent side holds an undefined QJsonValue.
struct ParameterChange
{
    enum class Kind : quint8 { Unchanged, Added, Removed, Changed };

    QString key;
    Kind kind = Kind::Unchanged;
    QJsonValue oldValue;
    QJsonValue newValue;
};

// One chat message compared between two versions. Indexes are 0-based into each message
// list, -1 when the message exists only on the other side; `content` compares the two texts
// (an absent side counts as empty text).
struct MessageDiff
{
    enum class Kind : quint8 { Equal, Changed, Added, Removed };

    Kind kind = Kind::Equal;
    int left = -1;
    int right = -1;
    QString leftRole;
    QString rightRole;
    DiffResult content;
};

// One side of a prompt comparison: a committed version or the draft.
struct PromptSnapshot
{
    bool chat = false;
    QString templateText;     // text prompts
    QJsonArray messages;      // chat prompts: [{"role": ..., "content": ...}, ...]
    QJsonObject parameters;   // model parameters

    static PromptSnapshot fromContent(const PromptContent &content);
};

// Structured comparison of two prompt versions: parameters key by key, then the template
// text (text prompts) or the messages (chat prompts). When only one side is a chat prompt,
// the text side counts as one "user" message holding its template.
class PromptDiff final
{
public:
    static PromptDiff compare(const PromptSnapshot &left, const PromptSnapshot &right);

    // Every key of either object, in key order, with its kind.
    static QList<ParameterChange> compareParameters(const QJsonObject &left, const QJsonObject &right);
    // Messages are matched by (role, content) along a longest common subsequence; between two
    // matches, messages are paired by position into Changed entries when they share their role
    // or their content, and the rest become Removed then Added entries.
    static QList<MessageDiff> compareMessages(const QJsonArray &left, const QJsonArray &right);

    // A message's content as text: the string itself, or compact JSON for structured content.
    static QString messageText(const QJsonValue &message);
    // A parameter value for display: compact JSON ("0.7", "\"gpt-4o\"", "[1,2]"); empty when
    // undefined.
    static QString valueText(const QJsonValue &value);

    bool isChat() const { return m_chat; }
    const QList<ParameterChange> &parameters() const { return m_parameters; }
    const DiffResult &text() const { return m_text; }
    const QList<MessageDiff> &messages() const { return m_messages; }
    int changedParameterCount() const;
    bool identical() const;

    // Concatenated unified diffs, one file section per changed part: "NAME/parameters.json"
    // (pretty JSON), "NAME/template", and "NAME/messages/N (role)" (1-based; /dev/null for a
    // message on one side only).
    QString unifiedDiff(const QString &leftName, const QString &rightName, int context = 3) const;

private:
    bool m_chat = false;
    QJsonObject m_leftParameters;
    QJsonObject m_rightParameters;
    QList<ParameterChange> m_parameters;
    DiffResult m_text;
    QList<MessageDiff> m_messages;
};

} // namespace lathe
