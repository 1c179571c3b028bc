#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

class Database;

// A configured LLM endpoint. Holds a *reference* to the API key ("env:OPENAI_API_KEY" or
// "keychain:<id>"), never the key itself: the workspace file may be shared.
struct StoredProvider
{
    qint64 id = 0;
    QString name;
    QString kind;        // openai | azure | anthropic | ollama
    QString baseUrl;
    QString keyRef;      // "", "env:NAME" or "keychain:ID"
    QJsonObject config;  // the layout ProviderConfig::applyConfigJson reads (models/providers):
                         // headers (non-secret), api_version, deployment,
                         // limits {max_concurrent, requests_per_minute, tokens_per_minute},
                         // timeouts {connect_ms, total_ms, stream_idle_ms},
                         // retry {max_attempts, base_delay_ms, max_delay_ms}
    QString createdAt;

    static QStringList kinds();
    // Empty when valid; else one message per problem naming the field.
    QStringList validate() const;
};

// Provider configurations stored in the workspace. Every mutating call is one transaction.
class ProviderStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderStore)
public:
    explicit ProviderStore(Database &db);

    QList<StoredProvider> list();
    std::optional<StoredProvider> find(const QString &name);
    std::optional<StoredProvider> find(qint64 id);
    // Adds or, when `replace`, updates the provider of that name.
    std::optional<qint64> save(const StoredProvider &provider, bool replace, StoreError *error);
    bool remove(const QString &name, StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
