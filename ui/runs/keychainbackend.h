#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace lathe {

// The answer of one keychain operation. `data` is the secret of a successful read.
struct KeychainReply
{
    enum class Status {
        Ok,
        NotFound,        // no entry under that id
        Denied,          // the user or the system refused access
        NoBackend,       // no keychain service is running (e.g. no Secret Service on D-Bus)
        Failed,          // anything else; `detail` says what the backend reported
    };

    Status status = Status::Ok;
    QByteArray data;
    QString detail;      // the backend's own error text, never containing the secret
};

// Asynchronous access to the OS keychain. Replies arrive on the thread of `context` through
// its event loop, never from inside the call; none arrives after `context` is destroyed.
// system() is the QtKeychain implementation (service "Lathe"; never an insecure plain-text
// fallback). Tests substitute their own implementation.
class KeychainBackend
{
public:
    using Callback = std::function<void(const KeychainReply &)>;

    virtual ~KeychainBackend() = default;
    virtual void read(const QString &id, QObject *context, Callback done) = 0;
    virtual void write(const QString &id, const QByteArray &secret, QObject *context, Callback done) = 0;

    static std::unique_ptr<KeychainBackend> system();
};

} // namespace lathe
