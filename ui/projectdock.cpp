#include "projectdock.h"

#include "workspace/projecttreemodel.h"

#include <QHeaderView>
#include <QTreeView>

namespace lathe {

ProjectDock::ProjectDock(QWidget *parent)
    : QDockWidget(tr("Project"), parent)
    , m_model(new ProjectTreeModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("projectDock"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Project tree"));
    setWidget(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString kind = index.data(ProjectTreeModel::KindRole).toString();
        if (kind != QLatin1StringView("group"))
            Q_EMIT itemActivated(kind, index.data(ProjectTreeModel::IdRole).toLongLong());
    });
}

void ProjectDock::reload(Database *db)
{
    m_model->reload(db);
    m_view->expandAll();
}

} // namespace lathe
