#include "progressguard.h"

#include "database.h"

#include <sqlite3.h>

namespace lathe {

ProgressGuard::ProgressGuard(Database &db, const std::function<bool()> &cancelled)
    : m_db(db)
    , m_cancelled(cancelled)
{
    if (m_cancelled)
        sqlite3_progress_handler(m_db.handle(), 4000, &ProgressGuard::callback, this);
}

ProgressGuard::~ProgressGuard()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int ProgressGuard::callback(void *self)
{
    return static_cast<ProgressGuard *>(self)->m_cancelled() ? 1 : 0;
}

} // namespace lathe
