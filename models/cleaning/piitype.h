#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

// The kinds of personal data PiiScanner finds. Values are flags so a set of them can be chosen.
enum class PiiType {
    Email = 0x01,
    Phone = 0x02,
    Card = 0x04,     // payment card number (Luhn-checked)
    Iban = 0x08,     // international bank account number (mod-97-checked)
    Ip = 0x10,       // IPv4 or IPv6 address
    Rrn = 0x20,      // Korean resident registration number
};
Q_DECLARE_FLAGS(PiiTypes, PiiType)
Q_DECLARE_OPERATORS_FOR_FLAGS(PiiTypes)

struct PiiTypeInfo
{
    static QList<PiiType> all();          // in report order
    static PiiTypes allTypes();
    static QString name(PiiType type);    // "email", "phone", "card", "iban", "ip", "rrn"
    static QString tag(PiiType type);     // "EMAIL", "PHONE", ... as in [EMAIL_1]
    static QString label(PiiType type);   // "Email addresses", ... for the user
    static std::optional<PiiType> fromName(const QString &name);
    // "email,phone" -> the set; unknown names go to *unknown. Empty list = every type.
    static PiiTypes fromNames(const QStringList &names, QStringList *unknown);
};

} // namespace lathe
