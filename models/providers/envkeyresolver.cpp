#include "envkeyresolver.h"

#include <QCoreApplication>

namespace lathe {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lathe::EnvKeyResolver)
};

} // namespace

KeyLookup EnvKeyResolver::resolve(const QString &keyRef) const
{
    if (keyRef.isEmpty())
        return {};
    if (!keyRef.startsWith(QLatin1StringView("env:"))) {
        const QString scheme = keyRef.section(u':', 0, 0);
        return {{}, Tr::tr("Key references of the form \"%1:\" cannot be read here; use env:NAME.").arg(scheme)};
    }
    const QString name = keyRef.mid(4);
    if (name.isEmpty())
        return {{}, Tr::tr("The key reference names no environment variable.")};
    const QByteArray key = qgetenv(name.toLocal8Bit().constData()).trimmed();
    if (key.isEmpty())
        return {{}, Tr::tr("The environment variable %1 is not set.").arg(name)};
    return {key, {}};
}

} // namespace lathe
