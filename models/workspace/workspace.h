#pragma once

#include "database.h"
#include "workspaceerror.h"
#include "workspacestats.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lathe {

// One open .lathe file: a single SQLite database holding one project. The file is the
// document: every change is committed as it happens, so there is no separate Save step.
//
// Contract for open(): a file that fails to open is left byte-for-byte untouched. Every check
// that can reject a file runs before anything could write to it, and a file that is not
// Lathe's own is never opened for writing.
//
// A Workspace and its connection belong to one thread at a time.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    struct OpenOptions
    {
        bool readOnly = false;        // open read-only even when the file is writable
        int busyTimeoutMs = 3000;     // how long to wait for another process's lock
    };

    static constexpr const char *fileSuffix = "lathe";

    // Creates a new workspace at `path`. Fails with AlreadyExists unless `overwrite`; the new
    // file appears atomically (written beside it, then renamed into place).
    static std::unique_ptr<Workspace> create(const QString &path, const QString &projectName,
                                             WorkspaceError *error, bool overwrite = false);
    static std::unique_ptr<Workspace> open(const QString &path, const OpenOptions &options,
                                           WorkspaceError *error);
    static std::unique_ptr<Workspace> open(const QString &path, WorkspaceError *error)
    {
        return open(path, OpenOptions{}, error);
    }

    ~Workspace();

    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // Why the workspace is read-only, for the status bar; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    QString projectName();
    bool setProjectName(const QString &name, WorkspaceError *error);
    WorkspaceStats stats();

    // Writes a complete copy to `newPath` with sqlite3_backup and continues on the copy; the
    // original file is left as it was. The copy appears atomically.
    bool saveAs(const QString &newPath, WorkspaceError *error);

    Database &database() { return m_db; }

    static QString nowUtc();

private:
    Workspace() = default;

    Database m_db;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
};

} // namespace lathe
