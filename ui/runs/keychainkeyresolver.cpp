#include "keychainkeyresolver.h"

#include <QMutexLocker>
#include <QTimer>

#include <memory>

namespace lathe {

using namespace Qt::StringLiterals;

KeychainKeyResolver::KeychainKeyResolver(std::unique_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend ? std::move(backend) : KeychainBackend::system())
{
}

KeychainKeyResolver::~KeychainKeyResolver() = default;

QString KeychainKeyResolver::keychainId(const QString &keyRef)
{
    return keyRef.startsWith("keychain:"_L1) ? keyRef.mid(9) : QString();
}

QString KeychainKeyResolver::describe(const KeychainReply &reply, const QString &id, bool writing)
{
    const QString detail = reply.detail.isEmpty() ? QString() : tr(" (%1)").arg(reply.detail);
    switch (reply.status) {
    case KeychainReply::Status::Ok:
        return {};
    case KeychainReply::Status::NotFound:
        return tr("The keychain has no entry “%1”. Set the key in the provider's settings.").arg(id);
    case KeychainReply::Status::Denied:
        return tr("Access to the keychain entry “%1” was denied%2.").arg(id, detail);
    case KeychainReply::Status::NoBackend:
        return tr("No keychain service is available%1. Use an environment variable for the key instead.").arg(detail);
    case KeychainReply::Status::Failed:
        break;
    }
    const QString hint = tr(" Check that a keychain service (such as GNOME Keyring or KWallet) is running and "
                            "unlocked, or use an environment variable for the key.");
    return (writing ? tr("Could not write the keychain entry “%1”%2.").arg(id, detail)
                    : tr("Could not read the keychain entry “%1”%2.").arg(id, detail))
        + hint;
}

KeyLookup KeychainKeyResolver::resolve(const QString &keyRef) const
{
    if (!keyRef.startsWith("keychain:"_L1))
        return m_env.resolve(keyRef);
    const QString id = keychainId(keyRef);
    if (id.isEmpty())
        return {{}, tr("The key reference names no keychain entry.")};
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_keys.constFind(id); it != m_keys.cend())
        return {*it, {}};
    if (const auto it = m_errors.constFind(id); it != m_errors.cend())
        return {{}, *it};
    return {{}, tr("The keychain entry “%1” has not been read yet.").arg(id)};
}

void KeychainKeyResolver::prefetch(const QStringList &keyRefs, std::function<void(const QStringList &)> done)
{
    struct Pending
    {
        int open = 1;   // released by the final check below
        QStringList errors;
        std::function<void(const QStringList &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    auto release = [pending] {
        if (--pending->open == 0)
            pending->done(pending->errors);
    };

    QStringList seen;
    for (const QString &ref : keyRefs) {
        if (ref.isEmpty() || seen.contains(ref))
            continue;
        seen << ref;
        const QString id = keychainId(ref);
        if (id.isEmpty() || !ref.startsWith("keychain:"_L1)) {
            if (const KeyLookup k = resolve(ref); !k.ok())
                pending->errors << k.error;
            continue;
        }
        {
            QMutexLocker lock(&m_mutex);
            if (m_keys.contains(id))
                continue;
        }
        ++pending->open;
        m_backend->read(id, this, [this, id, pending, release](const KeychainReply &reply) {
            QString error = describe(reply, id, false);
            if (error.isEmpty() && reply.data.trimmed().isEmpty())
                error = tr("The keychain entry “%1” is empty. Set the key in the provider's settings.").arg(id);
            QMutexLocker lock(&m_mutex);
            if (error.isEmpty()) {
                m_keys.insert(id, reply.data.trimmed());
                m_errors.remove(id);
            } else {
                m_errors.insert(id, error);
                pending->errors << error;
            }
            lock.unlock();
            release();
        });
    }
    // The callback always comes through the event loop, also when nothing had to be read.
    QTimer::singleShot(0, this, release);
}

void KeychainKeyResolver::store(const QString &id, const QByteArray &secret, std::function<void(const QString &)> done)
{
    if (id.isEmpty() || secret.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(tr("Enter a keychain entry name and a key.")); });
        return;
    }
    m_backend->write(id, secret.trimmed(), this, [this, id, secret, done = std::move(done)](const KeychainReply &reply) {
        const QString error = describe(reply, id, true);
        if (error.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_keys.insert(id, secret.trimmed());
            m_errors.remove(id);
        }
        done(error);
    });
}

} // namespace lathe
