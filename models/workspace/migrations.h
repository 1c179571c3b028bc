#pragma once

#include <QtGlobal>

namespace lathe {

class Database;

// Forward-only schema migrations. Schema version N is reached by applying migration N to a
// database at version N-1; PRAGMA user_version records the version. Each migration runs in
// the caller's transaction.
namespace Migrations {

// Lathe's PRAGMA application_id: the ASCII bytes "LTHE".
constexpr qint32 applicationId = 0x4C544845;

// The schema version this build writes and the newest it can open.
int latestVersion();

// Applies every migration after `fromVersion` up to latestVersion(), then sets user_version.
void upgrade(Database &db, int fromVersion);

} // namespace Migrations
} // namespace lathe
