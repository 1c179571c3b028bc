#include "keychainbackend.h"

#include <qt6keychain/keychain.h>

#include <QObject>

namespace lathe {
namespace {

KeychainReply::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return KeychainReply::Status::Ok;
    case QKeychain::EntryNotFound: return KeychainReply::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return KeychainReply::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return KeychainReply::Status::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    return KeychainReply::Status::Failed;
}

// QtKeychain jobs delete themselves after finished(); the reply is delivered through the
// context object so it never outlives the asker.
class SystemKeychain final : public KeychainBackend
{
public:
    static constexpr QLatin1StringView service{"Lathe"};

    void read(const QString &id, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(id);
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
            auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
            KeychainReply reply{statusOf(r->error()), {}, {}};
            if (reply.status == KeychainReply::Status::Ok)
                reply.data = r->binaryData();
            else
                reply.detail = r->errorString();
            done(reply);
        });
        job->start();
    }

    void write(const QString &id, const QByteArray &secret, QObject *context, Callback done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(id);
        job->setBinaryData(secret);
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
            done(KeychainReply{statusOf(j->error()), {}, j->error() == QKeychain::NoError ? QString() : j->errorString()});
        });
        job->start();
    }
};

} // namespace

std::unique_ptr<KeychainBackend> KeychainBackend::system()
{
    return std::make_unique<SystemKeychain>();
}

} // namespace lathe
