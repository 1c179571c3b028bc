#include "demoworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lathe {

using namespace Qt::StringLiterals;

QString DemoWorkspace::builtPath(const QString &applicationDir)
{
    const QString dir = applicationDir.isEmpty() ? QCoreApplication::applicationDirPath() : applicationDir;
    const QFileInfo file(QDir(dir).filePath(u"../share/lathe/demo.lathe"_s));
    return file.isFile() ? file.canonicalFilePath() : QString();
}

QString DemoWorkspace::freshCopy(const QString &source, QString *error, const QString &targetDir)
{
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        *error = tr("The demo workspace is not installed (build it with the project, or reinstall Lathe).");
        return {};
    }
    QString dir = targetDir;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(u"lathe/demo"_s);
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = QDir(dir).filePath(u"demo-%1.lathe"_s.arg(stamp));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(u"demo-%1-%2.lathe"_s.arg(stamp).arg(n));
    QFile in(source);
    if (!in.copy(target)) {
        *error = tr("Cannot copy the demo workspace to %1: %2").arg(QDir::toNativeSeparators(target), in.errorString());
        return {};
    }
    // An installed demo is read-only; the copy is the user's to change.
    QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

} // namespace lathe
