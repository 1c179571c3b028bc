// lathe-cli provider <verb> WORKSPACE [args]: list, add, remove.
#include "commandregistry.h"
#include "promptcommandsupport.h"

#include "workspace/providerstore.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe::cli {
namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));

QJsonObject providerJson(const StoredProvider &p)
{
    return {{QStringLiteral("name"), p.name}, {QStringLiteral("kind"), p.kind}, {QStringLiteral("base_url"), p.baseUrl},
            {QStringLiteral("key_ref"), p.keyRef}, {QStringLiteral("config"), p.config},
            {QStringLiteral("created_at"), p.createdAt}};
}

int list(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the provider configurations of a workspace."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addOption(kJson);
    if (auto code = ctx.parse(parser, 1, 1))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), true);
    if (!ws)
        return BadInput;
    const QList<StoredProvider> providers = ProviderStore(ws->database()).list();
    if (parser.isSet(kJson)) {
        QJsonArray arr;
        for (const StoredProvider &p : providers)
            arr.append(providerJson(p));
        ctx.printJson({{QStringLiteral("providers"), arr}});
        return Success;
    }
    if (providers.isEmpty())
        ctx.out << "No providers yet. Add one with: lathe-cli provider add WORKSPACE NAME --kind openai --base-url URL\n";
    for (const StoredProvider &p : providers)
        ctx.out << p.name.leftJustified(16) << ' ' << p.kind.leftJustified(10) << ' ' << p.baseUrl
                << (p.keyRef.isEmpty() ? QString() : QStringLiteral("  key: ") + p.keyRef) << '\n';
    return Success;
}

int add(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add (or with --replace update) a provider. API keys are never stored: name an environment\n"
        "variable with --api-key-env, or a keychain entry with --keychain."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Provider name."));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("openai, azure, anthropic or ollama."), QStringLiteral("KIND"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Endpoint, e.g. http://127.0.0.1:8080/v1"), QStringLiteral("URL"));
    const QCommandLineOption keyEnv(QStringLiteral("api-key-env"), QStringLiteral("Environment variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption keychain(QStringLiteral("keychain"), QStringLiteral("OS keychain entry holding the API key."), QStringLiteral("ID"));
    const QCommandLineOption concurrency(QStringLiteral("max-concurrency"), QStringLiteral("Concurrent requests."), QStringLiteral("N"));
    const QCommandLineOption rpm(QStringLiteral("rpm"), QStringLiteral("Requests per minute."), QStringLiteral("N"));
    const QCommandLineOption tpm(QStringLiteral("tpm"), QStringLiteral("Tokens per minute."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QStringLiteral("Total timeout per request."), QStringLiteral("MS"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"), QStringLiteral("Azure api-version."), QStringLiteral("V"));
    const QCommandLineOption header(QStringLiteral("header"), QStringLiteral("Extra non-secret header NAME=VALUE; repeatable."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption replace(QStringLiteral("replace"), QStringLiteral("Update the provider if it exists."));
    parser.addOptions({kind, baseUrl, keyEnv, keychain, concurrency, rpm, tpm, timeout, apiVersion, header, replace, kJson});
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    if (!parser.isSet(kind) || !parser.isSet(baseUrl))
        return ctx.fail(UsageError, QStringLiteral("--kind and --base-url are required"));
    if (parser.isSet(keyEnv) && parser.isSet(keychain))
        return ctx.fail(UsageError, QStringLiteral("use either --api-key-env or --keychain, not both"));

    StoredProvider p;
    p.name = parser.positionalArguments().at(1);
    p.kind = parser.value(kind);
    p.baseUrl = parser.value(baseUrl);
    if (parser.isSet(keyEnv))
        p.keyRef = QStringLiteral("env:") + parser.value(keyEnv);
    else if (parser.isSet(keychain))
        p.keyRef = QStringLiteral("keychain:") + parser.value(keychain);
    struct Number { const QCommandLineOption *option; const char *group; const char *key; };
    const Number numbers[] = {{&concurrency, "limits", "max_concurrent"}, {&rpm, "limits", "requests_per_minute"},
                              {&tpm, "limits", "tokens_per_minute"}, {&timeout, "timeouts", "total_ms"}};
    for (const Number &n : numbers) {
        if (!parser.isSet(*n.option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(*n.option).toLongLong(&ok);
        if (!ok)
            return ctx.fail(UsageError, QStringLiteral("--%1 expects a whole number").arg(n.option->names().constFirst()));
        QJsonObject group = p.config.value(QLatin1StringView(n.group)).toObject();
        group.insert(QLatin1StringView(n.key), value);
        p.config.insert(QLatin1StringView(n.group), group);
    }
    if (parser.isSet(apiVersion))
        p.config.insert(QStringLiteral("api_version"), parser.value(apiVersion));
    QJsonObject headers;
    for (const QString &h : parser.values(header)) {
        const qsizetype eq = h.indexOf(u'=');
        if (eq <= 0)
            return ctx.fail(UsageError, QStringLiteral("--header expects NAME=VALUE"));
        headers.insert(h.left(eq), h.mid(eq + 1));
    }
    if (!headers.isEmpty())
        p.config.insert(QStringLiteral("headers"), headers);

    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), false);
    if (!ws)
        return BadInput;
    ProviderStore store(ws->database());
    StoreError error;
    if (!store.save(p, parser.isSet(replace), &error))
        return ctx.fail(error.code == StoreError::Invalid || error.code == StoreError::Conflict ? UsageError : BadInput,
                        error.message);
    if (parser.isSet(kJson))
        ctx.printJson(providerJson(*store.find(p.name)));
    else
        ctx.out << (parser.isSet(replace) ? "Saved provider " : "Added provider ") << p.name << '\n';
    return Success;
}

int remove(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a provider configuration."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("The .lathe file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Provider name."));
    if (auto code = ctx.parse(parser, 2, 2))
        return *code;
    auto ws = openWorkspace(ctx, parser.positionalArguments().at(0), false);
    if (!ws)
        return BadInput;
    StoreError error;
    if (!ProviderStore(ws->database()).remove(parser.positionalArguments().at(1), &error))
        return ctx.fail(BadInput, error.message);
    ctx.out << "Removed provider " << parser.positionalArguments().at(1) << '\n';
    return Success;
}

} // namespace

void registerProviderCommands(CommandRegistry &registry)
{
    const QString g = QStringLiteral("provider");
    registry.add({g, QStringLiteral("list"), QStringLiteral("List provider configurations"), list});
    registry.add({g, QStringLiteral("add"), QStringLiteral("Add or update a provider (keys by reference only)"), add});
    registry.add({g, QStringLiteral("remove"), QStringLiteral("Remove a provider"), remove});
}

} // namespace lathe::cli
