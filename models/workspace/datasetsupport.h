#pragma once

// Internal helpers shared by the dataset stores in models/workspace; not part of their API.
#include "database.h"
#include "sqlerror.h"
#include "workspaceerror.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace lathe::datasetsupport {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetStore)
};

// The WorkspaceError a caller sees when SQLite fails during a dataset operation.
inline WorkspaceError fromSqlError(const SqlError &e, const Database &db)
{
    const QString path = db.path();
    if (e.primaryCode() == SQLITE_BUSY || e.primaryCode() == SQLITE_LOCKED)
        return WorkspaceError::make(WorkspaceError::Locked, path,
                                    Tr::tr("“%1” is locked by another process; try again when it "
                                           "has finished.").arg(QDir::toNativeSeparators(path)));
    return WorkspaceError::make(WorkspaceError::Database, path,
                                Tr::tr("A dataset operation on “%1” failed: %2.")
                                    .arg(QDir::toNativeSeparators(path), e.message()));
}

inline void setError(WorkspaceError *error, WorkspaceError::Code code, const Database &db,
                     const QString &message)
{
    if (error)
        *error = WorkspaceError::make(code, db.path(), message);
}

} // namespace lathe::datasetsupport
