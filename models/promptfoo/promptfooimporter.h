#pragma once

#include "promptfooconfig.h"

#include "workspace/promptstore.h"
#include "workspace/providerstore.h"
#include "workspace/runstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// What importing a promptfoo config stored: a new dataset (its tests), one committed prompt
// version per prompt and one provider per promptfoo provider.
struct PromptfooImport
{
    qint64 datasetId = 0;
    qint64 datasetVersionId = 0;
    QString datasetName;
    QList<PromptVersion> versions;       // in the config's prompt order
    struct Target
    {
        StoredProvider provider;
        QString model;
        QJsonObject params;              // the provider's model parameters
    };
    QList<Target> targets;               // in the config's provider order

    // The run columns promptfoo's matrix gives: every prompt x every provider.
    QList<RunColumnSpec> columns() const;
};

// Stores a PromptfooConfig in a workspace:
//  - the tests as a new dataset named after `name` (made unique with " 2", " 3"...): one
//    variable column per var (text, number or json by the values), "__description" as
//    metadata; each test's asserts and threshold as the row's scorers, defaultTest's as the
//    dataset's default scorers;
//  - each prompt committed as a version of a prompt named after its label (an unchanged
//    prompt reuses its latest version);
//  - each provider saved as "promptfoo LABEL" (replacing one of that name) with the key
//    reference env:VARIABLE, never a key.
// Each step is its own transaction; on failure (nullopt, *error) earlier steps stay.
class PromptfooImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PromptfooImporter)
public:
    static std::optional<PromptfooImport> import(Database &db, const PromptfooConfig &config, const QString &name,
                                                 StoreError *error);
};

} // namespace lathe
