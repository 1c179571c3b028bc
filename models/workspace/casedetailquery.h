#pragma once

#include "datasetcolumn.h"
#include "runstore.h"
#include "scorestore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// Everything stored about one planned case: where it sits in the run, the dataset row it
// answers, its result with the request and response bodies, and its scores.
struct CaseDetailRecord
{
    CaseWork work;
    qint64 runId = 0;
    RunColumnInfo column;             // the prompt version x model that answered
    bool answered = false;            // false: still pending, `result` is empty
    CaseResult result;                // with request and response
    QString answeredAt;
    QJsonObject rowData;              // column key -> value
    QList<DatasetColumn> datasetColumns;   // of the run's dataset version, in order
    QList<StoredScore> scores;        // in the order they were stored
};

// Reads one case for the detail pane. Runs on the caller's thread and connection; bounded by
// the size of one case. SqlError propagates.
class CaseDetailQuery final
{
public:
    explicit CaseDetailQuery(Database &db);

    std::optional<CaseDetailRecord> find(qint64 caseId);

private:
    Database &m_db;
};

} // namespace lathe
