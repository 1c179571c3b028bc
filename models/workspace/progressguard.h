#pragma once

#include <QtGlobal>

#include <functional>

namespace lathe {

class Database;

// While it exists, SQLite asks `cancelled` every few thousand virtual machine steps on `db`'s
// connection and interrupts the running statement (SQLITE_INTERRUPT) when it returns true, so
// a long filter or sort on a loader thread stops as soon as its answer is no longer wanted.
// An empty `cancelled` installs nothing. `cancelled` must outlive the guard.
class ProgressGuard final
{
    Q_DISABLE_COPY_MOVE(ProgressGuard)
public:
    ProgressGuard(Database &db, const std::function<bool()> &cancelled);
    ~ProgressGuard();

private:
    static int callback(void *self);

    Database &m_db;
    const std::function<bool()> &m_cancelled;
};

} // namespace lathe
