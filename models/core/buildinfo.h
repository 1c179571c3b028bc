#pragma once

#include <QString>

namespace lathe::BuildInfo {

// Lathe's own version, from the CMake project version.
QString versionString();
// Versions of the engine's libraries as linked at run time.
QString qtVersion();
QString sqliteVersion();
QString curlVersion();

} // namespace lathe::BuildInfo
