#pragma once

#include <QDir>
#include <QWidget>

namespace lathe::testing {

// Saves a picture of `widget` as NAME.png into $LATHE_SCREENSHOT_DIR when that is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATHE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace lathe::testing
