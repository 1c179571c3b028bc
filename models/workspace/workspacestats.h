#pragma once

#include <QtGlobal>

namespace lathe {

class Database;

// Object counts shown by `lathe-cli info` and the status bar.
struct WorkspaceStats
{
    int schemaVersion = 0;
    qint64 prompts = 0;
    qint64 promptVersions = 0;
    qint64 datasets = 0;
    qint64 datasetRows = 0;     // rows in the newest version of every dataset
    qint64 runs = 0;
    qint64 results = 0;

    static WorkspaceStats collect(Database &db);
};

} // namespace lathe
