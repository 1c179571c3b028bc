#include "buildinfo.h"

#include "latheversion.h"

#include <curl/curl.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace lathe::BuildInfo {

QString versionString()
{
    return QStringLiteral(LATHE_VERSION_STRING);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString curlVersion()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return info ? QString::fromLatin1(info->version) : QString();
}

} // namespace lathe::BuildInfo
