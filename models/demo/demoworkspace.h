#pragma once

#include <QCoreApplication>
#include <QString>

namespace lathe {

// Where the built demo workspace lives and how to open it without changing it: the file is
// built into <prefix>/share/lathe/demo.lathe, next to <prefix>/bin of lathe and lathe-cli, both
// in the build tree and when installed. Users always work on a fresh copy.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // "../share/lathe/demo.lathe" relative to `applicationDir` (default: the running program's
    // folder); empty when there is no such file.
    static QString builtPath(const QString &applicationDir = {});

    // Copies `source` into `targetDir` (default: the user's cache folder, "demo" below it) as
    // "demo-<UTC time>.lathe", writable by the user. Returns the copy's path, or an empty string
    // with *error (fit to show) when the source is missing or the copy fails.
    static QString freshCopy(const QString &source, QString *error, const QString &targetDir = {});
};

} // namespace lathe
