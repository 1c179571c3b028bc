#include "mockrules.h"

#include "mockjudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

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

// Words of at least four letters, lowercased and cut to five letters (a crude stem:
// "charged"/"charges" -> "charg").
QSet<QString> stems(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{4,}"_s);
    QSet<QString> out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().toLower().left(5));
    return out;
}

struct LabelList
{
    QStringList labels;
    QList<QSet<QString>> words;   // per label: its name's and description's stems
    QSet<QString> lines;          // the lines that listed them
};

// Labels a prompt lists: "- label: description" bullets (two or more), or one line of three
// or more comma-separated identifiers.
LabelList labelList(const MockChat &chat)
{
    static const QRegularExpression bullet(u"^\\s*-\\s*([a-z][a-z0-9_]*)\\s*:(.*)$"_s);
    static const QRegularExpression list(u"^\\s*[a-z][a-z0-9_]*(\\s*,\\s*[a-z][a-z0-9_]*){2,}\\s*$"_s);
    LabelList bullets;
    LabelList inline_;
    for (const auto &[role, content] : chat.messages) {
        for (const QString &line : content.split(u'\n')) {
            if (const QRegularExpressionMatch m = bullet.match(line); m.hasMatch()) {
                bullets.labels << m.captured(1);
                bullets.words << stems(m.captured(1).replace(u'_', u' ') + u' ' + m.captured(2));
                bullets.lines << line;
            } else if (inline_.labels.isEmpty() && list.match(line).hasMatch()) {
                for (QString label : line.split(u',')) {
                    label = label.trimmed();
                    inline_.labels << label;
                    inline_.words << stems(QString(label).replace(u'_', u' '));
                }
                inline_.lines << line;
            }
        }
    }
    return bullets.labels.size() >= 2 ? bullets : inline_;
}

// The listed label whose words the message shares most (the first on a tie); by hash when
// it shares none.
QString pickLabel(const LabelList &list, const QString &message)
{
    QString text;
    for (const QString &line : message.split(u'\n')) {
        if (!list.lines.contains(line))
            text += line + u'\n';
    }
    const QSet<QString> words = stems(text);
    qsizetype best = -1;
    qsizetype bestShared = 0;
    for (qsizetype i = 0; i < list.labels.size(); ++i) {
        const qsizetype shared = (list.words[i] & words).size();
        if (shared > bestShared) {
            best = i;
            bestShared = shared;
        }
    }
    if (best < 0)
        best = qsizetype(fnv1a(message.toUtf8()) % quint32(list.labels.size()));
    return list.labels.at(best);
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
    if (const LabelList list = labelList(chat); !list.labels.isEmpty())
        return pickLabel(list, message);
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
