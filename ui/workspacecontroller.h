#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace lathe {

class Workspace;

// Owns the open workspace and carries out File menu actions: new, open, save as, close. It
// asks the user through dialogs parented to `dialogParent` and reports failures there; it
// never leaves a half-open workspace behind. At most one workspace is open per window.
class WorkspaceController final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(QWidget *dialogParent, QObject *parent = nullptr);
    ~WorkspaceController() override;

    Workspace *workspace() const { return m_workspace.get(); }

    // Opens `path` without dialogs except for a failure message; returns success.
    bool openPath(const QString &path);
    // Creates a new workspace at `path` (replacing an existing file) and opens it.
    bool createAt(const QString &path);
    bool saveCopyAs(const QString &path);

public Q_SLOTS:
    void newWorkspace();
    void openWorkspace();
    void saveAs();
    void closeWorkspace();

Q_SIGNALS:
    // Emitted before the open workspace is closed, replaced or moved: views holding on to it
    // must save and let go now.
    void aboutToChangeWorkspace();
    // Emitted after a workspace was opened, created, moved by Save As, or closed (nullptr).
    void workspaceChanged(lathe::Workspace *workspace);
    void recentFilesChanged();
    // A message for the status bar.
    void message(const QString &text);

private:
    void showError(const QString &title, const QString &text);
    void setWorkspace(std::unique_ptr<Workspace> ws);
    QString fileFilter() const;

    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace lathe
