#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <variant>

namespace lathe {

class TmplValue;
struct TmplLoop;

// A list built while rendering (literals, filter results). `tuple` only changes how it prints:
// (1, 2) rather than [1, 2], as Python prints tuples.
struct TmplList
{
    QList<TmplValue> items;
    bool tuple = false;
    int nesting = 1;            // 1 + the deepest nesting() among the items
};

// A dict built while rendering, keys in insertion order (Python dict semantics). Looked up
// linearly: template-made dicts are small.
struct TmplDict
{
    QList<std::pair<QString, TmplValue>> items;
    int nesting = 1;            // an upper bound: 1 + the deepest nesting() ever set
    const TmplValue *find(const QString &key) const;
    void set(const QString &key, const TmplValue &value);
};

// One value of the template language: Python's types as Jinja2 sees them. Copies are cheap
// (JSON containers and strings are implicitly shared, built containers are shared pointers)
// and values are immutable except a namespace(), which `{% set ns.x = ... %}` changes.
//
// JSON input keeps its containers as QJsonArray/QJsonObject and converts elements on access.
// A JSON number without a fractional part (and within +-2^53) is an integer, as in Nunjucks.
class TmplValue final
{
public:
    enum class Type : quint8 { Undefined, None, Bool, Int, Float, String, List, Dict, Namespace, Loop };

    TmplValue() = default;                      // undefined, with no message
    explicit TmplValue(bool b) : m_type(Type::Bool), m_int(b) {}
    explicit TmplValue(qint64 i) : m_type(Type::Int), m_int(i) {}
    explicit TmplValue(int i) : m_type(Type::Int), m_int(i) {}
    explicit TmplValue(double f) : m_type(Type::Float), m_float(f) {}
    explicit TmplValue(const QString &s) : m_type(Type::String), m_str(s) {}
    explicit TmplValue(QList<TmplValue> items, bool tuple = false);
    explicit TmplValue(std::shared_ptr<TmplDict> dict, Type type = Type::Dict);
    explicit TmplValue(std::shared_ptr<TmplLoop> loop);

    // An undefined value remembers why it is undefined and where it arose (a source offset),
    // so strict rendering can report it where it is used.
    static TmplValue undefined(const QString &message, int pos);
    static TmplValue none();
    static TmplValue fromJson(const QJsonValue &value);
    static TmplValue fromJsonObject(const QJsonObject &object);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNone() const { return m_type == Type::None; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Float || m_type == Type::Bool; }
    bool isIntegral() const { return m_type == Type::Int || m_type == Type::Bool; }
    bool isList() const { return m_type == Type::List; }
    bool isMapping() const { return m_type == Type::Dict || m_type == Type::Namespace; }
    bool isTuple() const;

    // Undefined: the message and source offset given to undefined().
    const QString &undefinedMessage() const { return m_str; }
    int undefinedPos() const { return int(m_int); }

    bool toBool() const;                        // Python truthiness
    qint64 toInt() const;                       // floats truncate, saturating at the int64 range
    double toDouble() const { return m_type == Type::Float ? m_float : double(m_int); }
    const QString &string() const { return m_str; }
    // Python str() (what {{ value }} prints) and repr() (how a value prints inside a
    // container). Both stop adding once the text passes `limit` characters, so a caller
    // that checks the size can never be flooded; a namespace inside a container prints as
    // <Namespace>, which also keeps self-references finite.
    static constexpr qsizetype kDefaultLimit = 1 << 20;
    QString toString(qsizetype limit = kDefaultLimit) const;
    QString repr(qsizetype limit = kDefaultLimit) const;
    // How many containers built while rendering are nested in this value (0 for scalars, JSON
    // input and namespaces). The renderer bounds it so destruction cannot recurse too deeply.
    int nesting() const;
    QString typeName() const;                   // "integer", "string", "list", "object", ...

    // Lists: element count and elements. Dicts: key count; items() are (key, value) pairs.
    qsizetype size() const;
    TmplValue at(qsizetype index) const;        // 0 <= index < size()
    QList<TmplValue> listItems() const;
    QList<std::pair<QString, TmplValue>> dictItems() const;
    bool lookup(const QString &key, TmplValue *out) const;   // dict/namespace key lookup
    std::shared_ptr<TmplDict> namespaceDict() const;         // Namespace only
    std::shared_ptr<TmplLoop> loop() const;

    static bool equals(const TmplValue &a, const TmplValue &b);
    // <0, 0, >0; sets *ok = false for values Python cannot order (str vs int, dicts, ...).
    static int compare(const TmplValue &a, const TmplValue &b, bool *ok);

private:
    Type m_type = Type::Undefined;
    qint64 m_int = 0;                           // Bool, Int; Undefined: source offset
    double m_float = 0;
    QString m_str;                              // String; Undefined: message
    // The container behind a List, Dict, Namespace or Loop: JSON input as given, or a list,
    // dict or loop built while rendering.
    std::variant<std::monostate, QJsonArray, QJsonObject, std::shared_ptr<const TmplList>,
                 std::shared_ptr<TmplDict>, std::shared_ptr<TmplLoop>> m_ref;

    const QJsonArray *jsonArray() const { return std::get_if<QJsonArray>(&m_ref); }
    const QJsonObject *jsonObject() const { return std::get_if<QJsonObject>(&m_ref); }
    const TmplList *list() const;
    TmplDict *dict() const;
    void appendRepr(QString &out, qsizetype limit) const;
};

// The state behind `loop` in a for body. Owned by the running loop; updated in place.
struct TmplLoop
{
    QList<TmplValue> items;
    qsizetype index0 = 0;
};

} // namespace lathe
