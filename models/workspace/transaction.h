#pragma once

#include <QtGlobal>

namespace lathe {

class Database;

// Scoped transaction: BEGIN IMMEDIATE on construction (so a writer never deadlocks on lock
// upgrade), ROLLBACK in the destructor unless commit() succeeded. One user action is one
// Transaction. Nesting is not supported; SQLite would reject it.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lathe
