#pragma once

#include <QDockWidget>

class QTreeView;

namespace lathe {

class Database;
class ProjectTreeModel;

// The project tree dock: Prompts, Datasets and Runs of the open workspace. Emits
// itemActivated when the user opens an item (double click or Enter).
class ProjectDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProjectDock(QWidget *parent = nullptr);

    void reload(Database *db);
    ProjectTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void itemActivated(const QString &kind, qint64 id);

private:
    ProjectTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace lathe
