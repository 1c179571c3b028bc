#include "projecttreemodel.h"

#include "database.h"
#include "statement.h"

namespace lathe {

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProjectTreeModel::reload(Database *db)
{
    beginResetModel();
    for (auto &list : m_items)
        list.clear();
    m_open = db != nullptr;
    if (db) {
        Statement prompts(*db,
            "SELECT p.id, p.name, (SELECT count(*) FROM prompt_versions v WHERE v.prompt_id = p.id) "
            "FROM prompts p ORDER BY p.name COLLATE NOCASE");
        while (prompts.step())
            m_items[Prompts].append({prompts.columnInt64(0), prompts.columnText(1),
                                     tr("%n version(s)", nullptr, prompts.columnInt(2))});
        Statement datasets(*db,
            "SELECT d.id, d.name, (SELECT count(*) FROM dataset_versions v WHERE v.dataset_id = d.id) "
            "FROM datasets d ORDER BY d.name COLLATE NOCASE");
        while (datasets.step())
            m_items[Datasets].append({datasets.columnInt64(0), datasets.columnText(1),
                                      tr("%n version(s)", nullptr, datasets.columnInt(2))});
        Statement runs(*db, "SELECT id, name, status, created_at FROM runs ORDER BY id DESC");
        while (runs.step()) {
            const QString name = runs.columnText(1);
            m_items[Runs].append({runs.columnInt64(0),
                                  name.isEmpty() ? tr("Run %1").arg(runs.columnInt64(0)) : name,
                                  runs.columnText(2) + QStringLiteral(" · ") + runs.columnText(3)});
        }
    }
    endResetModel();
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupNode);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupNode)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupNode);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_open)
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != kGroupNode)
        return 0;
    return int(m_items[parent.row()].size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGroup = index.internalId() == kGroupNode;
    const int group = isGroup ? index.row() : int(index.internalId());
    if (isGroup) {
        static const char *names[] = {QT_TR_NOOP("Prompts"), QT_TR_NOOP("Datasets"), QT_TR_NOOP("Runs")};
        switch (role) {
        case Qt::DisplayRole: return tr(names[group]);
        case Qt::ToolTipRole: return tr("%n item(s)", nullptr, int(m_items[group].size()));
        case KindRole: return QStringLiteral("group");
        case IdRole: return qint64(0);
        case GroupRole: return group;
        default: return {};
        }
    }
    const Item &item = m_items[group].at(index.row());
    switch (role) {
    case Qt::DisplayRole: return item.name;
    case Qt::ToolTipRole: return item.detail;
    case KindRole: {
        static const char *kinds[] = {"prompt", "dataset", "run"};
        return QString::fromLatin1(kinds[group]);
    }
    case IdRole: return item.id;
    case GroupRole: return group;
    default: return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Project");
    return {};
}

} // namespace lathe
