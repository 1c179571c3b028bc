#pragma once

#include "demomanifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace lathe {

class Database;
struct StoredProvider;

// Writes the demo's runs for DemoBuilder: each run is planned through RunStore as Lathe plans
// a real one (every version of the run's prompt x every sample model x every dataset row),
// its cases are answered with the stored outputs of the sample models (latency and tokens as
// stored, cost from the workspace's pricing, the request body and cache key RequestBuilder
// would send), it is marked completed and scored by RunScorer from those outputs. Remembers
// which case answers which (run, row, version, model) for the votes.
class DemoRunWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoRunWriter)

public:
    DemoRunWriter(Database &db, const DemoManifest &manifest) : m_db(db), m_manifest(manifest) {}

    // False with *error when a version, an output file or one of its rows is missing, or a
    // store refuses a step.
    bool write(const DemoManifest::Run &run, qint64 datasetVersionId, const StoredProvider &provider, QString *error);

    // The case of run `runKey` answering the dataset row whose "id" column is `rowId` with
    // `version` on `model`; 0 when there is none.
    qint64 caseOf(const QString &runKey, const QString &rowId, int version, const QString &model) const;
    qint64 runId(const QString &runKey) const { return m_runs.value(runKey); }
    qint64 results() const { return m_results; }
    qint64 scores() const { return m_scores; }

private:
    static QString caseKey(const QString &runKey, const QString &rowId, int version, const QString &model);

    Database &m_db;
    const DemoManifest &m_manifest;
    QHash<QString, qint64> m_runs;     // run key -> run id
    QHash<QString, qint64> m_cases;    // caseKey() -> case id
    qint64 m_results = 0;
    qint64 m_scores = 0;
};

} // namespace lathe
