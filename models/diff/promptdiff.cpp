#include "promptdiff.h"

#include "diff/sequencediff.h"
#include "diff/textdiff.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace lathe {

PromptSnapshot PromptSnapshot::fromContent(const PromptContent &content)
{
    PromptSnapshot s;
    s.chat = content.kind == PromptContent::Kind::Chat;
    s.templateText = content.templateText;
    for (const ChatMessage &m : content.messages)
        s.messages.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    s.parameters = content.params;
    return s;
}
namespace {

struct Message
{
    QString role;
    QString text;
};

QList<Message> loadMessages(const QJsonArray &array)
{
    QList<Message> messages;
    messages.reserve(array.size());
    for (const QJsonValue &v : array)
        messages.append({v.toObject().value("role"_L1).toString(), PromptDiff::messageText(v)});
    return messages;
}

MessageDiff makeEntry(MessageDiff::Kind kind, int l, int r, const QList<Message> &left,
                      const QList<Message> &right)
{
    MessageDiff d;
    d.kind = kind;
    d.left = l;
    d.right = r;
    if (l >= 0)
        d.leftRole = left.at(l).role;
    if (r >= 0)
        d.rightRole = right.at(r).role;
    d.content = TextDiff::compare(l >= 0 ? left.at(l).text : QString(), r >= 0 ? right.at(r).text : QString());
    return d;
}

QString messageName(const QString &base, int index, const QString &role)
{
    if (index < 0)
        return u"/dev/null"_s;
    return base + u"/messages/"_s + QString::number(index + 1) + u" ("_s + role + u')';
}

} // namespace

QString PromptDiff::messageText(const QJsonValue &message)
{
    const QJsonValue content = message.toObject().value("content"_L1);
    if (content.isString())
        return content.toString();
    if (content.isUndefined() || content.isNull())
        return {};
    return valueText(content);
}

QString PromptDiff::valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));   // strip the wrapping [ ]
}

QList<ParameterChange> PromptDiff::compareParameters(const QJsonObject &left, const QJsonObject &right)
{
    QStringList keys = left.keys() + right.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QList<ParameterChange> changes;
    changes.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        ParameterChange c{key, ParameterChange::Kind::Unchanged, left.value(key), right.value(key)};
        if (c.oldValue.isUndefined())
            c.kind = ParameterChange::Kind::Added;
        else if (c.newValue.isUndefined())
            c.kind = ParameterChange::Kind::Removed;
        else if (c.oldValue != c.newValue)
            c.kind = ParameterChange::Kind::Changed;
        changes.append(c);
    }
    return changes;
}

QList<MessageDiff> PromptDiff::compareMessages(const QJsonArray &leftArray, const QJsonArray &rightArray)
{
    const QList<Message> left = loadMessages(leftArray);
    const QList<Message> right = loadMessages(rightArray);
    QHash<QString, int> ids;
    const auto intern = [&ids](const QList<Message> &messages) {
        std::vector<int> symbols;
        for (const Message &m : messages) {
            const QString key = m.role + QChar(0x1f) + m.text;
            auto it = ids.constFind(key);
            if (it == ids.cend())
                it = ids.insert(key, int(ids.size()));
            symbols.push_back(it.value());
        }
        return symbols;
    };
    const std::vector<int> a = intern(left);
    const std::vector<int> b = intern(right);
    std::vector<std::uint8_t> changedA, changedB;
    SequenceDiff::markChanges(a, b, int(ids.size()), changedA, changedB);

    QList<MessageDiff> result;
    QList<int> pendingLeft, pendingRight;
    const auto flush = [&] {
        for (int l : std::as_const(pendingLeft))
            result.append(makeEntry(MessageDiff::Kind::Removed, l, -1, left, right));
        for (int r : std::as_const(pendingRight))
            result.append(makeEntry(MessageDiff::Kind::Added, -1, r, left, right));
        pendingLeft.clear();
        pendingRight.clear();
    };
    const int n = int(left.size());
    const int m = int(right.size());
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !changedA[std::size_t(i)] && !changedB[std::size_t(j)]) {
            result.append(makeEntry(MessageDiff::Kind::Equal, i++, j++, left, right));
            continue;
        }
        const int i0 = i;
        const int j0 = j;
        while (i < n && changedA[std::size_t(i)])
            ++i;
        while (j < m && changedB[std::size_t(j)])
            ++j;
        if (i == i0 && j == j0)
            break;   // unreachable with consistent marks
        const int paired = std::min(i - i0, j - j0);
        for (int k = 0; k < paired; ++k) {
            const Message &l = left.at(i0 + k);
            const Message &r = right.at(j0 + k);
            if (l.role == r.role || l.text == r.text) {
                flush();
                result.append(makeEntry(MessageDiff::Kind::Changed, i0 + k, j0 + k, left, right));
            } else {
                pendingLeft.append(i0 + k);
                pendingRight.append(j0 + k);
            }
        }
        for (int l = i0 + paired; l < i; ++l)
            pendingLeft.append(l);
        for (int r = j0 + paired; r < j; ++r)
            pendingRight.append(r);
        flush();
    }
    return result;
}

PromptDiff PromptDiff::compare(const PromptSnapshot &left, const PromptSnapshot &right)
{
    PromptDiff d;
    d.m_chat = left.chat || right.chat;
    d.m_leftParameters = left.parameters;
    d.m_rightParameters = right.parameters;
    d.m_parameters = compareParameters(left.parameters, right.parameters);
    if (!d.m_chat) {
        d.m_text = TextDiff::compare(left.templateText, right.templateText);
        return d;
    }
    const auto messagesOf = [](const PromptSnapshot &s) {
        if (s.chat)
            return s.messages;
        return QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, s.templateText}}};
    };
    d.m_messages = compareMessages(messagesOf(left), messagesOf(right));
    return d;
}

int PromptDiff::changedParameterCount() const
{
    return int(std::count_if(m_parameters.cbegin(), m_parameters.cend(), [](const ParameterChange &c) {
        return c.kind != ParameterChange::Kind::Unchanged;
    }));
}

bool PromptDiff::identical() const
{
    if (changedParameterCount() > 0)
        return false;
    if (!m_chat)
        return m_text.summary().identical();
    return std::all_of(m_messages.cbegin(), m_messages.cend(),
                       [](const MessageDiff &m) { return m.kind == MessageDiff::Kind::Equal; });
}

QString PromptDiff::unifiedDiff(const QString &leftName, const QString &rightName, int context) const
{
    QString out;
    if (changedParameterCount() > 0) {
        const auto pretty = [](const QJsonObject &o) {
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        };
        out += TextDiff::compare(pretty(m_leftParameters), pretty(m_rightParameters))
                   .unifiedDiff(leftName + u"/parameters.json"_s, rightName + u"/parameters.json"_s, context);
    }
    if (!m_chat) {
        out += m_text.unifiedDiff(leftName + u"/template"_s, rightName + u"/template"_s, context);
        return out;
    }
    for (const MessageDiff &m : m_messages) {
        if (m.kind == MessageDiff::Kind::Equal)
            continue;
        const QString l = messageName(leftName, m.left, m.leftRole);
        const QString r = messageName(rightName, m.right, m.rightRole);
        const QString body = m.content.unifiedDiff(l, r, context);
        out += body.isEmpty() ? u"--- "_s + l + u"\n+++ "_s + r + u'\n' : body;   // role change only
    }
    return out;
}

} // namespace lathe
