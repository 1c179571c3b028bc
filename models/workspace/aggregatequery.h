#pragma once

#include "scorestore.h"

#include <QList>
#include <QString>

namespace lathe {

class Database;

// One planned case of a run with what aggregates need: its result's output and measurements
// and its scores.
struct CaseFacts
{
    enum class State { Pending, Ok, Error };

    qint64 caseId = 0;
    qint64 columnId = 0;
    qint64 rowId = 0;
    int repeat = 0;
    State state = State::Pending;
    QString output;
    double latencyMs = -1;
    double ttftMs = -1;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    double cost = -1;
    bool cached = false;
    QList<StoredScore> scores;    // in the order they were written
};

// Reads a run's cases, results and scores for the summary statistics. Runs on the caller's
// thread and connection; SqlError propagates.
class AggregateQuery final
{
public:
    explicit AggregateQuery(Database &db);

    // Every case of the run (or of one of its columns when columnId > 0), in plan order
    // (column, row position, repeat).
    QList<CaseFacts> cases(qint64 runId, qint64 columnId = 0);

private:
    Database &m_db;
};

} // namespace lathe
