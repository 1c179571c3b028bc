#pragma once

#include "keychainbackend.h"

#include "providers/envkeyresolver.h"
#include "providers/keyresolver.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace lathe {

// Resolves "keychain:ID" references from the OS keychain and "env:NAME" through
// EnvKeyResolver. resolve() is synchronous and never waits on the keychain: the keys a run
// (or a connection test) needs are read beforehand with prefetch(), and kept in this object's
// memory only. Nothing here writes a key to the workspace or to QSettings.
//
// resolve() is thread-safe (the run engine calls it from its own thread); prefetch() and
// store() are called on the thread this object lives in, and their callbacks run there.
class KeychainKeyResolver final : public QObject, public KeyResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyResolver)
public:
    // `backend` null = the system keychain (KeychainBackend::system()).
    explicit KeychainKeyResolver(std::unique_ptr<KeychainBackend> backend = nullptr, QObject *parent = nullptr);
    ~KeychainKeyResolver() override;

    KeyLookup resolve(const QString &keyRef) const override;

    // Reads every "keychain:" reference among `keyRefs` whose key is not in memory yet (a
    // failed read is tried again). Other references are checked with EnvKeyResolver. `done`
    // receives one message per reference that cannot be resolved; empty means every one
    // resolves now. Always called later, through the event loop.
    void prefetch(const QStringList &keyRefs, std::function<void(const QStringList &errors)> done);

    // Writes `secret` to the keychain entry `id` and, on success, keeps it in memory for
    // "keychain:<id>". `done` receives an empty string on success, else a message.
    void store(const QString &id, const QByteArray &secret, std::function<void(const QString &error)> done);

    // "keychain:<id>" -> "<id>"; empty for other references.
    static QString keychainId(const QString &keyRef);
    // The message shown for a failed keychain operation on entry `id`.
    static QString describe(const KeychainReply &reply, const QString &id, bool writing);

private:
    std::unique_ptr<KeychainBackend> m_backend;
    EnvKeyResolver m_env;
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_keys;     // keychain id -> key
    QHash<QString, QString> m_errors;      // keychain id -> why the last read failed
};

} // namespace lathe
