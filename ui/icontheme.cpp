#include "icontheme.h"

#include <QIcon>

namespace lathe {

void IconTheme::install()
{
    using namespace Qt::StringLiterals;
    const QString path = u":/icons"_s;
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(path))
        QIcon::setThemeSearchPaths(paths << path);
    QIcon::setFallbackThemeName(u"lathe"_s);
    // No desktop theme at all (minimal sessions, offscreen): ours is the theme.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setThemeName(u"lathe"_s);
}

} // namespace lathe
