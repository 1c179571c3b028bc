#pragma once

#include "providers/chatprotocol.h"
#include "providers/providerconfig.h"
#include "prompt/template.h"
#include "workspace/runstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lathe {

class Database;
struct PromptVersion;
struct StoredProvider;

// A provider as one execution uses it: its configuration (from the run's snapshot) and the
// protocol that builds its requests, for cache keys.
struct PlannedProvider
{
    ProviderConfig config;
    std::shared_ptr<const ChatProtocol> protocol;
};

// One run column ready to render: its templates parsed once, the parameters to send.
struct PlannedColumn
{
    qint64 id = 0;
    int position = 0;
    QString label;                 // "classify@2 mock-small"
    QString model;
    QStringList roles;             // one per template; a text prompt is one "user" message
    QList<std::shared_ptr<const Template>> templates;
    QJsonObject params;            // the version's parameters with overrides, "model" set
    int provider = -1;             // index into RunPlan::providers
    QString error;                 // not empty: every case of the column fails with it
};

// Everything one execution of a run needs, read once through the worker's connection: the
// columns with parsed templates, their providers, the template variables of the rows still to
// answer (variable columns by name) and those pending cases in plan order.
class RunPlan final
{
    Q_DECLARE_TR_FUNCTIONS(RunPlan)
public:
    // Throws nothing; returns null with *error set when the run cannot be read.
    static std::unique_ptr<RunPlan> load(Database &db, qint64 runId, bool retryFailed, QString *error);

    // The column spec for `version` answered by `provider` with `model` (empty: the version's
    // own model parameter); `overrides` replace the version's parameters key by key.
    static RunColumnSpec columnSpec(const PromptVersion &version, const StoredProvider &provider,
                                    const QString &model, const QJsonObject &overrides = {});
    // The provider snapshot stored with a column (name, kind, base URL, key reference, config;
    // never a key) and the runtime configuration it describes.
    static QJsonObject providerSnapshot(const StoredProvider &provider);
    static std::optional<ProviderConfig> providerConfig(const QJsonObject &snapshot);

    RunInfo run;
    bool useCache = true;
    QList<PlannedProvider> providers;
    QHash<qint64, PlannedColumn> columns;   // by column id
    QHash<qint64, QJsonObject> rowVars;     // by row id, pending rows only
    QList<CaseWork> pending;

private:
    bool loadColumns(Database &db, QString *error);
    bool loadRows(Database &db, QString *error);
};

} // namespace lathe
