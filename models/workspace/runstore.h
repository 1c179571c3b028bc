#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// One column of a run: a prompt version answered by one provider/model configuration.
struct RunColumnSpec
{
    qint64 promptVersionId = 0;
    qint64 providerId = 0;            // 0 when the provider row is gone or not stored
    QString model;
    QJsonObject params;               // the version's parameters with run overrides applied
    QJsonObject providerSnapshot;     // the provider configuration used (never a secret)
};

struct RunSpec
{
    QString name;
    qint64 datasetVersionId = 0;
    QString tag;                      // only rows carrying this tag; empty = all rows
    int repeats = 1;
    bool useCache = true;
    QList<RunColumnSpec> columns;
    QJsonObject config;               // anything else worth keeping (scorers, concurrency)
};

struct RunColumnInfo
{
    qint64 id = 0;
    int position = 0;
    qint64 promptVersionId = 0;
    QString promptName;
    int promptVersion = 0;
    qint64 providerId = 0;
    QString model;
    QJsonObject params;
    QJsonObject providerSnapshot;
};

struct RunInfo
{
    qint64 id = 0;
    QString name;
    QString status;                   // planned, running, cancelled, completed, failed
    qint64 datasetVersionId = 0;
    QJsonObject config;
    QString createdAt;
    QString startedAt;
    QString finishedAt;
    qint64 totalCases = 0;
    qint64 okCases = 0;
    qint64 errorCases = 0;
};

// A planned case still to be answered.
struct CaseWork
{
    qint64 caseId = 0;
    qint64 columnId = 0;
    qint64 rowId = 0;
    qint64 rowPosition = 0;
    int repeat = 0;
};

// What came back for one case. Written by the result writer thread in batches.
struct CaseResult
{
    qint64 caseId = 0;
    bool ok = false;
    QString output;
    QString error;
    int httpStatus = 0;
    QString finishReason;
    double latencyMs = 0;
    double ttftMs = -1;               // < 0: not measured (not streamed)
    qint64 promptTokens = -1;         // < 0: not reported
    qint64 completionTokens = -1;
    double cost = -1;                 // < 0: unknown price
    bool cached = false;
    int attempts = 1;
    QString requestHash;
    QString request;                  // JSON body sent; headers (and so keys) never stored
    QString response;
};

// Runs: the stored plan (columns x dataset rows x repeats, written before any request is
// sent), statuses, results and the response cache. Every mutating call is one transaction.
class RunStore final
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)
public:
    explicit RunStore(Database &db);

    // Stores the run and its full plan and freezes the dataset version it reads.
    std::optional<qint64> createRun(const RunSpec &spec, StoreError *error);

    QList<RunInfo> list();
    std::optional<RunInfo> find(qint64 runId);
    QList<RunColumnInfo> columns(qint64 runId);

    // Cases with no result yet; with includeFailed also those whose result is an error. In
    // plan order (row position, then column, then repeat).
    QList<CaseWork> pendingCases(qint64 runId, bool includeFailed);

    bool setStatus(qint64 runId, const QString &status, StoreError *error);
    // Inserts or replaces the results in one transaction.
    bool writeResults(const QList<CaseResult> &results, StoreError *error);

    std::optional<QJsonObject> cachedResponse(const QString &key);
    bool storeCachedResponse(const QString &key, const QJsonObject &response, StoreError *error);

private:
    Database &m_db;
};

} // namespace lathe
