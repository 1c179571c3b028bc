#include "workspacecontroller.h"

#include "workspace/recentfiles.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace lathe {

WorkspaceController::WorkspaceController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

WorkspaceController::~WorkspaceController() = default;

QString WorkspaceController::fileFilter() const
{
    return tr("Lathe workspaces (*.lathe);;All files (*)");
}

void WorkspaceController::showError(const QString &title, const QString &text)
{
    Q_EMIT message(text);
    if (m_dialogParent)
        QMessageBox::warning(m_dialogParent, title, text);
}

void WorkspaceController::setWorkspace(std::unique_ptr<Workspace> ws)
{
    Q_EMIT aboutToChangeWorkspace();
    m_workspace = std::move(ws);
    if (m_workspace) {
        RecentFiles::add(m_workspace->path());
        Q_EMIT recentFilesChanged();
    }
    Q_EMIT workspaceChanged(m_workspace.get());
}

bool WorkspaceController::openPath(const QString &path)
{
    WorkspaceError error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        showError(tr("Cannot open workspace"), error.message);
        return false;
    }
    setWorkspace(std::move(ws));
    if (m_workspace->isReadOnly())
        Q_EMIT message(tr("Opened read-only: %1").arg(m_workspace->readOnlyReason()));
    else
        Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    return true;
}

bool WorkspaceController::createAt(const QString &path)
{
    WorkspaceError error;
    auto ws = Workspace::create(path, QFileInfo(path).completeBaseName(), &error, true);
    if (!ws) {
        showError(tr("Cannot create workspace"), error.message);
        return false;
    }
    setWorkspace(std::move(ws));
    Q_EMIT message(tr("Created %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    return true;
}

bool WorkspaceController::saveCopyAs(const QString &path)
{
    if (!m_workspace)
        return false;
    Q_EMIT aboutToChangeWorkspace();
    WorkspaceError error;
    if (!m_workspace->saveAs(path, &error)) {
        Q_EMIT workspaceChanged(m_workspace.get());   // still on the original file
        showError(tr("Cannot save workspace"), error.message);
        return false;
    }
    RecentFiles::add(m_workspace->path());
    Q_EMIT recentFilesChanged();
    Q_EMIT workspaceChanged(m_workspace.get());
    Q_EMIT message(tr("Saved as %1; you are now working in the copy.")
                       .arg(QDir::toNativeSeparators(m_workspace->path())));
    return true;
}

void WorkspaceController::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("New Workspace"),
                                                dir + QStringLiteral("/untitled.lathe"), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lathe");
    createAt(path);
}

void WorkspaceController::openWorkspace()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Workspace"), start, fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void WorkspaceController::saveAs()
{
    if (!m_workspace)
        return;
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Workspace As"),
                                                m_workspace->path(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lathe");
    saveCopyAs(path);
}

void WorkspaceController::closeWorkspace()
{
    if (!m_workspace)
        return;
    setWorkspace(nullptr);
    Q_EMIT message(tr("Workspace closed"));
}

} // namespace lathe
