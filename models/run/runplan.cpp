#include "runplan.h"

#include "requestbuilder.h"

#include "workspace/database.h"
#include "workspace/datasetstore.h"
#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/sqlerror.h"

#include <QSet>

namespace lathe {

using namespace Qt::StringLiterals;

RunColumnSpec RunPlan::columnSpec(const PromptVersion &version, const StoredProvider &provider,
                                  const QString &model, const QJsonObject &overrides)
{
    QJsonObject params = version.content.params;
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        params.insert(it.key(), it.value());
    const QString m = model.isEmpty() ? params.value("model"_L1).toString() : model;
    if (!m.isEmpty())
        params.insert(u"model"_s, m);
    return RunColumnSpec{version.id, provider.id, m, params, providerSnapshot(provider)};
}

QJsonObject RunPlan::providerSnapshot(const StoredProvider &provider)
{
    return {{u"name"_s, provider.name}, {u"kind"_s, provider.kind}, {u"base_url"_s, provider.baseUrl},
            {u"key_ref"_s, provider.keyRef}, {u"config"_s, provider.config}};
}

std::optional<ProviderConfig> RunPlan::providerConfig(const QJsonObject &snapshot)
{
    const std::optional<ProviderKind> kind = ProviderConfig::kindFromName(snapshot.value("kind"_L1).toString());
    if (!kind)
        return std::nullopt;
    ProviderConfig c;
    c.name = snapshot.value("name"_L1).toString();
    c.kind = *kind;
    c.baseUrl = snapshot.value("base_url"_L1).toString();
    c.keyRef = snapshot.value("key_ref"_L1).toString();
    c.applyConfigJson(snapshot.value("config"_L1).toObject());
    return c;
}

std::unique_ptr<RunPlan> RunPlan::load(Database &db, qint64 runId, bool retryFailed, QString *error)
{
    auto plan = std::make_unique<RunPlan>();
    try {
        RunStore runs(db);
        const std::optional<RunInfo> info = runs.find(runId);
        if (!info) {
            *error = tr("Run %1 does not exist.").arg(runId);
            return nullptr;
        }
        plan->run = *info;
        plan->useCache = info->config.value("use_cache"_L1).toBool(true);
        if (!plan->loadColumns(db, error))
            return nullptr;
        plan->pending = runs.pendingCases(runId, retryFailed);
        if (!plan->loadRows(db, error))
            return nullptr;
    } catch (const SqlError &e) {
        *error = e.message();
        return nullptr;
    }
    return plan;
}

bool RunPlan::loadColumns(Database &db, QString *error)
{
    PromptStore prompts(db);
    ProviderStore providerStore(db);
    QHash<QString, int> providerIndex;   // by limiter key
    for (const RunColumnInfo &info : RunStore(db).columns(run.id)) {
        PlannedColumn c;
        c.id = info.id;
        c.position = info.position;
        c.model = info.model;
        c.label = u"%1@%2 %3"_s.arg(info.promptName).arg(info.promptVersion).arg(info.model).trimmed();
        c.params = info.params;
        if (!c.model.isEmpty())
            c.params.insert(u"model"_s, c.model);

        const std::optional<PromptInfo> prompt = prompts.find(info.promptName);
        const std::optional<PromptVersion> version =
            prompt ? prompts.version(prompt->id, info.promptVersion) : std::nullopt;
        if (!version) {
            *error = tr("Prompt version %1@%2 of the run is missing.").arg(info.promptName).arg(info.promptVersion);
            return false;
        }
        const PromptContent &content = version->content;
        if (content.kind == PromptContent::Kind::Text) {
            c.roles = {u"user"_s};
        } else {
            for (const ChatMessage &m : content.messages)
                c.roles.append(m.role);
        }
        for (const QString &source : content.templates()) {
            TemplateError parseError;
            std::shared_ptr<const Template> t = Template::parse(source, &parseError);
            if (!t) {
                c.error = RequestBuilder::describe(parseError);
                break;
            }
            c.templates.append(std::move(t));
        }

        QJsonObject snapshot = info.providerSnapshot;
        if (snapshot.isEmpty() && info.providerId > 0) {
            if (const std::optional<StoredProvider> p = providerStore.find(info.providerId))
                snapshot = providerSnapshot(*p);
        }
        const std::optional<ProviderConfig> config = providerConfig(snapshot);
        if (!config) {
            if (c.error.isEmpty())
                c.error = tr("The provider of column %1 is not configured.").arg(c.label);
        } else {
            const QString key = config->limiterKey();
            auto it = providerIndex.constFind(key);
            if (it == providerIndex.constEnd()) {
                it = providerIndex.insert(key, int(providers.size()));
                providers.append({*config, std::shared_ptr<const ChatProtocol>(ChatProtocol::create(config->kind))});
            }
            c.provider = *it;
        }
        columns.insert(c.id, std::move(c));
    }
    if (columns.isEmpty()) {
        *error = tr("Run %1 has no columns.").arg(run.id);
        return false;
    }
    return true;
}

bool RunPlan::loadRows(Database &db, QString *error)
{
    DatasetStore datasets(db);
    WorkspaceError wsError;
    QList<std::pair<QString, QString>> variables;   // key, name
    for (const DatasetColumn &c : datasets.columns(run.datasetVersionId, &wsError)) {
        if (c.role == ColumnRole::Variable)
            variables.append({c.key, c.name});
    }
    if (wsError) {
        *error = wsError.message;
        return false;
    }
    QSet<qint64> needed;
    for (const CaseWork &c : std::as_const(pending))
        needed.insert(c.rowId);
    if (needed.isEmpty())
        return true;
    rowVars.reserve(needed.size());
    const QString tag = run.config.value("tag"_L1).toString();
    const bool ok = datasets.forEachRow(run.datasetVersionId, tag, [&](const DatasetRow &row) {
        if (needed.contains(row.id)) {
            QJsonObject vars;
            for (const auto &[key, name] : std::as_const(variables)) {
                const auto v = row.data.constFind(key);
                if (v != row.data.constEnd())
                    vars.insert(name, *v);
            }
            rowVars.insert(row.id, vars);
        }
        return true;
    }, &wsError);
    if (!ok) {
        *error = wsError.message;
        return false;
    }
    return true;
}

} // namespace lathe
