#include "mockrules.h"

#include "mockjudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lathe::mock {
namespace {

using namespace Qt::StringLiterals;

QString lastUserMessage(const MockChat &chat)
{
    for (auto it = chat.messages.crbegin(); it != chat.messages.crend(); ++it) {
        if (it->first == u"user")
            return it->second;
    }
    return chat.messages.isEmpty() ? QString() : chat.messages.last().second;
}

QString stripMarkers(QString text)
{
    static const QRegularExpression marker(u"\\[\\[[a-z-]+:[^\\]]*\\]\\]\\s*"_s);
    return text.remove(marker).trimmed();
}

QString reverseWords(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        std::reverse(w.begin(), w.end());
    return words.join(u' ');
}

QJsonValue sampleFor(const QJsonObject &property, const QString &message)
{
    const QString type = property.value(u"type"_s).toString();
    if (type == u"number" || type == u"integer")
        return countWords(message);
    if (type == u"boolean")
        return true;
    if (type == u"array")
        return QJsonArray();
    if (type == u"object")
        return QJsonObject();
    return message;
}

QString answer(const MockChat &chat)
{
    if (const std::optional<QString> verdict = judgeReply(chat))
        return *verdict;
    const QString message = stripMarkers(lastUserMessage(chat));
    if (message.contains(u"classify"_s, Qt::CaseInsensitive)) {
        static const QStringList labels{u"positive"_s, u"negative"_s, u"neutral"_s};
        return labels.at(qsizetype(fnv1a(message.toUtf8()) % 3));
    }
    if (message.contains(u"translate"_s, Qt::CaseInsensitive)) {
        const qsizetype colon = message.indexOf(u':');
        return reverseWords(colon < 0 ? message : message.mid(colon + 1).trimmed());
    }
    if (chat.format == MockChat::Format::JsonObject) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"echo"_s, message}})
                                     .toJson(QJsonDocument::Compact));
    }
    if (chat.format == MockChat::Format::JsonSchema) {
        QJsonObject out;
        const QJsonObject props = chat.schema.value(u"properties"_s).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            out.insert(it.key(), sampleFor(it.value().toObject(), message));
        return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    return u"Echo: "_s + message;
}

} // namespace

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

quint32 fnv1a(QByteArrayView bytes)
{
    quint32 hash = 2166136261u;
    for (char c : bytes) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

MockCompletion complete(const MockChat &chat)
{
    MockCompletion c;
    c.text = answer(chat);
    for (const QString &stop : chat.stop) {
        if (const qsizetype at = stop.isEmpty() ? -1 : c.text.indexOf(stop); at >= 0)
            c.text.truncate(at);
    }
    // Pieces: each word with the whitespace that follows it.
    static const QRegularExpression piece(u"\\S+\\s*|\\s+"_s);
    for (auto it = piece.globalMatch(c.text); it.hasNext();)
        c.pieces.append(it.next().captured());
    if (chat.maxTokens >= 0 && countWords(c.text) > chat.maxTokens) {
        QStringList kept;
        int words = 0;
        for (const QString &p : std::as_const(c.pieces)) {
            if (!p.front().isSpace() && words++ == chat.maxTokens)
                break;
            kept.append(p);
        }
        c.pieces = kept;
        c.text = kept.join(QString());
        c.truncated = true;
    }
    for (const auto &[role, content] : chat.messages)
        c.promptTokens += countWords(content);
    c.completionTokens = countWords(c.text);
    return c;
}

} // namespace lathe::mock
