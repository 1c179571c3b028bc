#include "piitype.h"

#include <QCoreApplication>

namespace lathe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PiiType)
};
} // namespace

QList<PiiType> PiiTypeInfo::all()
{
    return {PiiType::Email, PiiType::Phone, PiiType::Card, PiiType::Iban, PiiType::Ip, PiiType::Rrn};
}

PiiTypes PiiTypeInfo::allTypes()
{
    PiiTypes t;
    for (PiiType type : all())
        t |= type;
    return t;
}

QString PiiTypeInfo::name(PiiType type)
{
    switch (type) {
    case PiiType::Email: return QStringLiteral("email");
    case PiiType::Phone: return QStringLiteral("phone");
    case PiiType::Card: return QStringLiteral("card");
    case PiiType::Iban: return QStringLiteral("iban");
    case PiiType::Ip: return QStringLiteral("ip");
    case PiiType::Rrn: return QStringLiteral("rrn");
    }
    return {};
}

QString PiiTypeInfo::tag(PiiType type)
{
    return name(type).toUpper();
}

QString PiiTypeInfo::label(PiiType type)
{
    switch (type) {
    case PiiType::Email: return Tr::tr("Email addresses");
    case PiiType::Phone: return Tr::tr("Phone numbers");
    case PiiType::Card: return Tr::tr("Card numbers");
    case PiiType::Iban: return Tr::tr("IBANs");
    case PiiType::Ip: return Tr::tr("IP addresses");
    case PiiType::Rrn: return Tr::tr("Resident registration numbers");
    }
    return {};
}

std::optional<PiiType> PiiTypeInfo::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (PiiType type : all()) {
        if (PiiTypeInfo::name(type) == n)
            return type;
    }
    return std::nullopt;
}

PiiTypes PiiTypeInfo::fromNames(const QStringList &names, QStringList *unknown)
{
    PiiTypes types;
    bool any = false;
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        any = true;
        if (const auto t = fromName(name))
            types |= *t;
        else if (unknown)
            unknown->append(name.trimmed());
    }
    return any ? types : allTypes();
}

} // namespace lathe
