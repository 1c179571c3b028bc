#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace lathe {
namespace {

const QString kKey = QStringLiteral("workspace/recentFiles");

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > maxCount())
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace lathe
