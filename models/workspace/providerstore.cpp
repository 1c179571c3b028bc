#include "providerstore.h"

#include "database.h"
#include "sqlerror.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace lathe {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoredProvider)
};

} // namespace

QStringList StoredProvider::kinds()
{
    return {QStringLiteral("openai"), QStringLiteral("azure"), QStringLiteral("anthropic"), QStringLiteral("ollama")};
}

QStringList StoredProvider::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty() || name.contains(u'@') || name.size() > 100)
        problems << Tr::tr("name must be 1 to 100 characters without '@'");
    if (!kinds().contains(kind))
        problems << Tr::tr("kind must be one of openai, azure, anthropic, ollama");
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        || url.host().isEmpty())
        problems << Tr::tr("base URL must be an http:// or https:// URL");
    if (!url.userInfo().isEmpty())
        problems << Tr::tr("base URL must not carry credentials; use --api-key-env or the keychain");
    static const QRegularExpression ref(QStringLiteral("^(env:[A-Za-z_][A-Za-z0-9_]*|keychain:[^\\s]+)?$"));
    if (!ref.match(keyRef).hasMatch())
        problems << Tr::tr("key reference must be env:VARIABLE or keychain:ID");
    static const QRegularExpression secretHeader(QStringLiteral("authorization|api[-_]?key|token|secret|cookie"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QJsonObject headers = config.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (secretHeader.match(it.key()).hasMatch())
            problems << Tr::tr("header '%1' looks like a secret; secrets are never stored in the workspace, use a key reference")
                            .arg(it.key());
    }
    const std::pair<const char *, const char *> numbers[] = {
        {"limits", "max_concurrent"}, {"limits", "requests_per_minute"}, {"limits", "tokens_per_minute"},
        {"timeouts", "connect_ms"}, {"timeouts", "total_ms"}, {"timeouts", "stream_idle_ms"},
        {"retry", "max_attempts"}, {"retry", "base_delay_ms"}, {"retry", "max_delay_ms"}};
    for (const auto &[group, key] : numbers) {
        const QJsonValue v = config.value(QLatin1StringView(group)).toObject().value(QLatin1StringView(key));
        // 0 means "no limit" for rates; everything else must be positive.
        const bool zeroOk = QByteArrayView(key).endsWith("_minute");
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < (zeroOk ? 0 : 1)))
            problems << Tr::tr("%1.%2 must be a whole number of at least %3")
                            .arg(QLatin1StringView(group), QLatin1StringView(key)).arg(zeroOk ? 0 : 1);
    }
    if (kind == QLatin1StringView("azure") && config.value(QStringLiteral("api_version")).toString().isEmpty())
        problems << Tr::tr("azure providers need api_version");
    return problems;
}

ProviderStore::ProviderStore(Database &db)
    : m_db(db)
{
}

namespace {

constexpr const char *kSelect = "SELECT id, name, kind, base_url, key_ref, config, created_at FROM providers ";

StoredProvider read(Statement &st)
{
    return {st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
            QJsonDocument::fromJson(st.columnText(5).toUtf8()).object(), st.columnText(6)};
}

} // namespace

QList<StoredProvider> ProviderStore::list()
{
    QList<StoredProvider> out;
    const QByteArray sql = QByteArray(kSelect) + "ORDER BY name COLLATE NOCASE";
    Statement st(m_db, sql.constData());
    while (st.step())
        out.append(read(st));
    return out;
}

std::optional<StoredProvider> ProviderStore::find(const QString &name)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE name = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<StoredProvider> ProviderStore::find(qint64 id)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<qint64> ProviderStore::save(const StoredProvider &p, bool replace, StoreError *error)
{
    if (const QStringList problems = p.validate(); !problems.isEmpty()) {
        error->set(StoreError::Invalid, Tr::tr("Provider “%1”: %2.").arg(p.name, problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    const auto existing = find(p.name);
    if (existing && !replace) {
        error->set(StoreError::Conflict, Tr::tr("A provider named “%1” already exists.").arg(p.name));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        const QString config = QString::fromUtf8(QJsonDocument(p.config).toJson(QJsonDocument::Compact));
        qint64 id = 0;
        if (existing) {
            Statement st(m_db, "UPDATE providers SET kind = ?, base_url = ?, key_ref = ?, config = ? WHERE id = ?");
            st.bind(1, p.kind).bind(2, p.baseUrl).bind(3, p.keyRef.isNull() ? QStringLiteral("") : p.keyRef).bind(4, config).bind(5, existing->id).exec();
            id = existing->id;
        } else {
            Statement st(m_db, "INSERT INTO providers (name, kind, base_url, key_ref, config, created_at) VALUES (?, ?, ?, ?, ?, ?)");
            st.bind(1, p.name).bind(2, p.kind).bind(3, p.baseUrl).bind(4, p.keyRef.isNull() ? QStringLiteral("") : p.keyRef).bind(5, config).bind(6, Workspace::nowUtc()).exec();
            id = m_db.lastInsertId();
        }
        tx.commit();
        return id;
    } catch (const SqlError &e) {
        error->set(m_db.isReadOnly() ? StoreError::ReadOnly : StoreError::Database, e.message());
        return std::nullopt;
    }
}

bool ProviderStore::remove(const QString &name, StoreError *error)
{
    try {
        Transaction tx(m_db);
        Statement st(m_db, "DELETE FROM providers WHERE name = ?");
        st.bind(1, name).exec();
        if (m_db.changes() == 0) {
            error->set(StoreError::NotFound, Tr::tr("There is no provider named “%1”.").arg(name));
            return false;
        }
        tx.commit();
        return true;
    } catch (const SqlError &e) {
        error->set(StoreError::Database, e.message());
        return false;
    }
}

} // namespace lathe
