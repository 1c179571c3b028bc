#pragma once

// A keychain for tests: entries in memory, and a status to answer with instead. Replies come
// through the event loop, as the system keychain's do.
#include "keychainbackend.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class FakeKeychain final : public lathe::KeychainBackend
{
public:
    QHash<QString, QByteArray> *entries;
    lathe::KeychainReply::Status failWith = lathe::KeychainReply::Status::Ok;
    QString failDetail;
    int reads = 0;
    int writes = 0;

    explicit FakeKeychain(QHash<QString, QByteArray> *store) : entries(store) {}

    void read(const QString &id, QObject *context, Callback done) override
    {
        ++reads;
        lathe::KeychainReply reply{failWith, {}, failDetail};
        if (failWith == lathe::KeychainReply::Status::Ok) {
            if (entries->contains(id))
                reply.data = entries->value(id);
            else
                reply = {lathe::KeychainReply::Status::NotFound, {}, QStringLiteral("Entry not found")};
        }
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
    }

    void write(const QString &id, const QByteArray &secret, QObject *context, Callback done) override
    {
        ++writes;
        const lathe::KeychainReply reply{failWith, {}, failDetail};
        if (failWith == lathe::KeychainReply::Status::Ok)
            entries->insert(id, secret);
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
    }
};
