#include "workspacestats.h"

#include "database.h"

namespace lathe {

WorkspaceStats WorkspaceStats::collect(Database &db)
{
    WorkspaceStats s;
    s.schemaVersion = int(db.queryInt("PRAGMA user_version"));
    s.prompts = db.queryInt("SELECT count(*) FROM prompts");
    s.promptVersions = db.queryInt("SELECT count(*) FROM prompt_versions");
    s.datasets = db.queryInt("SELECT count(*) FROM datasets");
    s.datasetRows = db.queryInt(
        "SELECT count(*) FROM dataset_version_rows r JOIN ("
        "  SELECT dataset_id, max(id) AS id FROM dataset_versions GROUP BY dataset_id"
        ") latest ON latest.id = r.version_id");
    s.runs = db.queryInt("SELECT count(*) FROM runs");
    s.results = db.queryInt("SELECT count(*) FROM results");
    return s;
}

} // namespace lathe
