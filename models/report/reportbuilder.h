#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// Gathers a stored run into ReportData: run and dataset metadata, columns with their prompt
// versions and the diffs between them, every case with its result and scores, judgements and
// the aggregates (ReportStats). Reads only; never re-runs anything. Runs on the caller's
// thread and connection.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    // Empty with *error set (fit to show the user) when the run does not exist or the
    // workspace cannot be read.
    static std::optional<ReportData> build(Database &db, qint64 runId, QString *error);
};

} // namespace lathe
