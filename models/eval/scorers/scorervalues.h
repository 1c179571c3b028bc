#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lathe {

struct ScorerSpec;
struct ScoringInput;

// How scorers read their `value`, shared by the scorer families.
class ScorerValues final
{
public:
    // A scalar as text: strings as is, numbers as JavaScript prints them (3, 0.5), booleans
    // "true"/"false"; null and undefined give a null QString.
    static QString text(const QJsonValue &value);
    // A list: an array's items as text, or a comma-separated string split as promptfoo does
    // (items trimmed; "..." quotes keep commas).
    static QStringList list(const QJsonValue &value);
    // The references to compare with: the value (a string, a number or a list of them) when
    // the spec has one, else the row's expected values. Empty when there are none.
    static QStringList references(const ScorerSpec &spec, const ScoringInput &input);
    // A finite number from a number or a numeric string.
    static bool number(const QJsonValue &value, double *out);
};

} // namespace lathe
