#pragma once

#include <QByteArray>
#include <QString>

namespace lathe {

// The result of looking up an API key reference. `key` is the secret: keep it in memory
// only; `error` never contains it.
struct KeyLookup
{
    QByteArray key;
    QString error;   // empty on success

    bool ok() const { return error.isEmpty(); }
};

// Turns a key reference ("env:NAME", "keychain:ID", ...) into the key. Implementations:
// EnvKeyResolver (models) and a keychain resolver on the GUI side. An empty reference means
// "no key" and resolves to an empty key without error.
class KeyResolver
{
public:
    virtual ~KeyResolver() = default;
    virtual KeyLookup resolve(const QString &keyRef) const = 0;
};

} // namespace lathe
