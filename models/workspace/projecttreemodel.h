#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace lathe {

class Database;

// The project tree: three fixed groups (Prompts, Datasets, Runs) with the workspace's objects
// below them. Two levels only. Data is read from the workspace in reload(); the model keeps
// only names and ids, never contents. Icons are the view's business (ui/), not the model's.
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group { Prompts, Datasets, Runs, GroupCount };
    enum Roles {
        KindRole = Qt::UserRole + 1,   // "group", "prompt", "dataset" or "run"
        IdRole,                        // the object's row id (0 for groups)
        GroupRole,                     // Group of the item
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    // Re-reads the tree from `db`; nullptr clears it (no workspace open).
    void reload(Database *db);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        qint64 id = 0;
        QString name;
        QString detail;   // tooltip text
    };
    static constexpr quintptr kGroupNode = quintptr(-1);

    QList<Item> m_items[GroupCount];
    bool m_open = false;
};

} // namespace lathe
