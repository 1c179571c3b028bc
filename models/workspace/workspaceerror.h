#pragma once

#include <QCoreApplication>
#include <QString>

namespace lathe {

// Why a workspace operation failed, with a message fit to show the user as is: it names the
// file and says what to do where there is something to do.
struct WorkspaceError
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceError)
public:
    enum Code {
        None,
        NotFound,
        IsDirectory,
        NotReadable,
        EmptyFile,
        NotSqlite,
        Truncated,
        Corrupt,
        ForeignApplication,
        TooNew,
        NeedsUpgradeReadOnly,
        Locked,
        AlreadyExists,
        Io,
        Database,
    };

    Code code = None;
    QString path;
    QString message;

    explicit operator bool() const { return code != None; }

    static WorkspaceError make(Code code, const QString &path, const QString &message)
    {
        return WorkspaceError{code, path, message};
    }
};

} // namespace lathe
