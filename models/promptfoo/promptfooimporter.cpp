#include "promptfooimporter.h"

#include "providers/providerconfig.h"
#include "run/runplan.h"
#include "workspace/datasetstore.h"
#include "workspace/datasetwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

QString cleanName(QString name)
{
    name.replace(u'@', u'_').replace(u'\n', u' ').replace(u'\r', u' ');
    name = name.simplified().left(100).trimmed();
    return name.isEmpty() ? u"prompt"_s : name;
}

// The stored form of a scorer list (ScorerSet): an array, or {assert, threshold}.
QByteArray scorerJson(const QJsonArray &asserts, std::optional<double> threshold)
{
    if (!threshold)
        return QJsonDocument(asserts).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonObject{{u"assert"_s, asserts}, {u"threshold"_s, *threshold}}).toJson(QJsonDocument::Compact);
}

ColumnType typeOf(const QList<PromptfooTest> &tests, const QString &var)
{
    bool numbers = true;
    bool any = false;
    for (const PromptfooTest &t : tests) {
        const QJsonValue v = t.vars.value(var);
        if (v.isUndefined() || v.isNull())
            continue;
        any = true;
        if (v.isObject() || v.isArray())
            return ColumnType::Json;
        numbers = numbers && v.isDouble();
    }
    return any && numbers ? ColumnType::Number : ColumnType::Text;
}

} // namespace

QList<RunColumnSpec> PromptfooImport::columns() const
{
    QList<RunColumnSpec> out;
    for (const PromptVersion &v : versions) {
        for (const Target &t : targets)
            out.append(RunPlan::columnSpec(v, t.provider, t.model, t.params));
    }
    return out;
}

std::optional<PromptfooImport> PromptfooImporter::import(Database &db, const PromptfooConfig &config, const QString &name,
                                                         StoreError *error)
{
    PromptfooImport out;
    // The dataset.
    DatasetStore datasets(db);
    out.datasetName = cleanName(name);
    for (int n = 2; datasets.find(out.datasetName); ++n)
        out.datasetName = u"%1 %2"_s.arg(cleanName(name)).arg(n);
    const QStringList vars = config.variables();
    bool described = false;
    for (const PromptfooTest &t : config.tests)
        described = described || !t.description.isEmpty();
    QList<DatasetColumn> columns;
    for (qsizetype i = 0; i < vars.size(); ++i)
        columns.append({u"c%1"_s.arg(i), vars[i], ColumnRole::Variable, typeOf(config.tests, vars[i])});
    if (described)
        columns.append({u"c%1"_s.arg(vars.size()), u"__description"_s, ColumnRole::Metadata, ColumnType::Text});
    DatasetWriter writer(db);
    WorkspaceError wsError;
    bool ok = writer.begin(out.datasetName, u"promptfoo"_s, &wsError);
    for (qsizetype r = 0; ok && r < config.tests.size(); ++r) {
        const PromptfooTest &t = config.tests[r];
        QJsonObject data;
        for (qsizetype i = 0; i < vars.size(); ++i) {
            if (t.vars.contains(vars[i]))
                data.insert(u"c%1"_s.arg(i), t.vars.value(vars[i]));
        }
        if (described)
            data.insert(u"c%1"_s.arg(vars.size()), t.description);
        ok = writer.addRow(QJsonDocument(data).toJson(QJsonDocument::Compact),
                           t.asserts.isEmpty() && !t.threshold ? QByteArray("[]") : scorerJson(t.asserts, t.threshold),
                           "[]", &wsError);
    }
    ok = ok && writer.commit(columns, scorerJson(config.defaultAsserts, config.defaultThreshold), &wsError);
    if (!ok) {
        writer.rollback();
        error->set(StoreError::Database, wsError.message);
        return std::nullopt;
    }
    out.datasetId = writer.datasetId();
    out.datasetVersionId = writer.versionId();

    // The prompts.
    PromptStore prompts(db);
    QStringList used;
    for (const PromptfooPrompt &p : config.prompts) {
        QString promptName = cleanName(p.label);
        for (int n = 2; used.contains(promptName); ++n)
            promptName = u"%1 (%2)"_s.arg(cleanName(p.label)).arg(n);
        used.append(promptName);
        StoreError e;
        std::optional<PromptVersion> v = prompts.commitContent(promptName, p.content, tr("From a promptfoo config"), &e);
        if (!v && e.code == StoreError::Unchanged) {
            if (const auto info = prompts.find(promptName))
                v = prompts.version(info->id, prompts.draft(info->id).baseNumber);
        }
        if (!v) {
            *error = e;
            return std::nullopt;
        }
        out.versions.append(*v);
    }

    // The providers.
    ProviderStore providers(db);
    QStringList names;
    for (const PromptfooProvider &p : config.providers) {
        StoredProvider s;
        s.name = u"promptfoo "_s + cleanName(p.label);
        for (int n = 2; names.contains(s.name); ++n)
            s.name = u"promptfoo %1 (%2)"_s.arg(cleanName(p.label)).arg(n);
        names.append(s.name);
        s.kind = p.kind;
        const std::optional<ProviderKind> kind = ProviderConfig::kindFromName(p.kind);
        s.baseUrl = p.baseUrl.isEmpty() && kind ? ProviderConfig::defaultBaseUrl(*kind) : p.baseUrl;
        s.keyRef = p.apiKeyEnv.isEmpty() ? QString() : u"env:"_s + p.apiKeyEnv;
        s.config = p.config;
        const std::optional<qint64> id = providers.save(s, true, error);
        if (!id)
            return std::nullopt;
        s.id = *id;
        out.targets.append({s, p.model, p.params});
    }
    return out;
}

} // namespace lathe
