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

QStringList ProviderConfig::kinds()
{
    return {QStringLiteral("openai"), QStringLiteral("azure"), QStringLiteral("anthropic"), QStringLiteral("ollama")};
}

QStringList ProviderConfig::validate() const
{
    QStringList problems;
    auto tr = [](const char *s) { return QCoreApplication::translate("ProviderConfig", s); };
    if (name.trimmed().isEmpty() || name.contains(u'@') || name.size() > 100)
        problems << tr("name must be 1 to 100 characters without '@'");
    if (!kinds().contains(kind))
        problems << tr("kind must be one of openai, azure, anthropic, ollama");
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        || url.host().isEmpty())
        problems << tr("base URL must be an http:// or https:// URL");
    if (!url.userInfo().isEmpty())
        problems << tr("base URL must not carry credentials; use --api-key-env or the keychain");
    static const QRegularExpression ref(QStringLiteral("^(env:[A-Za-z_][A-Za-z0-9_]*|keychain:[^\\s]+)?$"));
    if (!ref.match(keyRef).hasMatch())
        problems << tr("key reference must be env:VARIABLE or keychain:ID");
    static const QRegularExpression secretHeader(QStringLiteral("authorization|api[-_]?key|token|secret|cookie"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QJsonObject headers = config.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (secretHeader.match(it.key()).hasMatch())
            problems << tr("header '%1' looks like a secret; secrets are never stored in the workspace, use a key reference")
                            .arg(it.key());
    }
    for (const char *key : {"max_concurrency", "requests_per_minute", "tokens_per_minute", "connect_timeout_ms",
                            "timeout_ms", "stream_idle_timeout_ms", "max_attempts"}) {
        const QJsonValue v = config.value(QLatin1StringView(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInteger())))
            problems << tr("%1 must be a whole number of at least 1").arg(QLatin1StringView(key));
    }
    if (kind == QLatin1StringView("azure") && config.value(QStringLiteral("api_version")).toString().isEmpty())
        problems << tr("azure providers need api_version");
    return problems;
}

ProviderStore::ProviderStore(Database &db)
    : m_db(db)
{
}

namespace {

constexpr const char *kSelect = "SELECT id, name, kind, base_url, key_ref, config, created_at FROM providers ";

ProviderConfig read(Statement &st)
{
    return {st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
            QJsonDocument::fromJson(st.columnText(5).toUtf8()).object(), st.columnText(6)};
}

} // namespace

QList<ProviderConfig> ProviderStore::list()
{
    QList<ProviderConfig> out;
    const QByteArray sql = QByteArray(kSelect) + "ORDER BY name COLLATE NOCASE";
    Statement st(m_db, sql.constData());
    while (st.step())
        out.append(read(st));
    return out;
}

std::optional<ProviderConfig> ProviderStore::find(const QString &name)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE name = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<ProviderConfig> ProviderStore::find(qint64 id)
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

std::optional<qint64> ProviderStore::save(const ProviderConfig &p, bool replace, StoreError *error)
{
    if (const QStringList problems = p.validate(); !problems.isEmpty()) {
        error->set(StoreError::Invalid, tr("Provider “%1”: %2.").arg(p.name, problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    const auto existing = find(p.name);
    if (existing && !replace) {
        error->set(StoreError::Conflict, tr("A provider named “%1” already exists.").arg(p.name));
        return std::nullopt;
    }
    try {
        Transaction tx(m_db);
        const QString config = QString::fromUtf8(QJsonDocument(p.config).toJson(QJsonDocument::Compact));
        qint64 id = 0;
        if (existing) {
            Statement st(m_db, "UPDATE providers SET kind = ?, base_url = ?, key_ref = ?, config = ? WHERE id = ?");
            st.bind(1, p.kind).bind(2, p.baseUrl).bind(3, p.keyRef).bind(4, config).bind(5, existing->id).exec();
            id = existing->id;
        } else {
            Statement st(m_db, "INSERT INTO providers (name, kind, base_url, key_ref, config, created_at) VALUES (?, ?, ?, ?, ?, ?)");
            st.bind(1, p.name).bind(2, p.kind).bind(3, p.baseUrl).bind(4, p.keyRef).bind(5, config).bind(6, Workspace::nowUtc()).exec();
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
            error->set(StoreError::NotFound, tr("There is no provider named “%1”.").arg(name));
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
