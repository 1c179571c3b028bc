#pragma once

#include <QMenu>

namespace lathe {

// File > Open Recent: lists RecentFiles, greys out files that no longer exist, and offers
// "Clear Menu". Emits fileChosen(path); rebuilds itself each time it is shown.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString &path);
};

} // namespace lathe
