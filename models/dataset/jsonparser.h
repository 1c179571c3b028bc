#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

#include <utility>

namespace lathe {

// Strict JSON (RFC 8259) parser over one UTF-8 buffer, written for import errors a user can
// act on: every error carries the exact byte offset where the text stops being JSON (and,
// for unterminated strings, objects and arrays, where they were opened). QJsonDocument's
// offsets are approximate, hence this parser. Integers that fit in 64 bits stay exact;
// other numbers are doubles. Nesting is limited to kMaxDepth levels.
class JsonParser final
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
public:
    static constexpr int kMaxDepth = 512;

    struct Error
    {
        qsizetype offset = -1;     // into the buffer
        qsizetype openedAt = -1;   // >= 0: the message has a "%1" for this offset's position
        QString message;
    };
    // An object's members in the order they appear (a repeated key appears twice).
    using Members = QList<std::pair<QString, QJsonValue>>;

    explicit JsonParser(QByteArrayView text) : m_text(text) {}

    // Member names of objects nested one level down, in file order (QJsonObject sorts them),
    // by the name of the member holding the object.
    using NestedKeys = QHash<QString, QStringList>;

    // The whole buffer (whitespace around it allowed) must be one JSON object.
    bool parseObject(Members &members, NestedKeys *nestedKeys = nullptr);
    // The whole buffer must be one JSON value.
    bool parseValue(QJsonValue &value);

    const Error &error() const { return m_error; }

private:
    bool value(QJsonValue &out, int depth);
    bool object(Members &members, int depth);
    bool array(QJsonValue &out, int depth);
    bool string(QString &out);
    bool number(QJsonValue &out);
    bool literal(QJsonValue &out);
    bool end();
    void skipSpace();
    bool fail(qsizetype offset, const QString &message, qsizetype openedAt = -1);
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    QByteArrayView m_text;
    QStringList m_lastKeys;   // keys of the object value() parsed last
    NestedKeys m_nested;
    qsizetype m_pos = 0;
    Error m_error;
};

} // namespace lathe
