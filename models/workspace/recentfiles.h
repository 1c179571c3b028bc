#pragma once

#include <QString>
#include <QStringList>

namespace lathe {

// The most-recently-used workspace list, newest first, persisted in the user's settings
// (QSettings, organisation "Lathe"). Holds absolute paths only, at most maxCount().
class RecentFiles final
{
public:
    static constexpr int maxCount() { return 10; }

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace lathe
