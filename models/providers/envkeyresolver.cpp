#include "envkeyresolver.h"

#include <QCoreApplication>

namespace lathe {

KeyLookup EnvKeyResolver::resolve(const QString &keyRef) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("lathe::EnvKeyResolver", text);
    };
    if (keyRef.isEmpty())
        return {};
    if (!keyRef.startsWith(QLatin1StringView("env:"))) {
        const QString scheme = keyRef.section(u':', 0, 0);
        return {{}, tr("Key references of the form \"%1:\" cannot be read here; use env:NAME.").arg(scheme)};
    }
    const QString name = keyRef.mid(4);
    if (name.isEmpty())
        return {{}, tr("The key reference names no environment variable.")};
    const QByteArray key = qgetenv(name.toLocal8Bit().constData()).trimmed();
    if (key.isEmpty())
        return {{}, tr("The environment variable %1 is not set.").arg(name)};
    return {key, {}};
}

} // namespace lathe
