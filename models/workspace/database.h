#pragma once

#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace lathe {

// RAII owner of one sqlite3 connection. A connection belongs to the thread that uses it;
// it is never shared between threads (the workspace has one writer thread, see
// docs/ARCHITECTURE.md). All failures throw SqlError.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Mode {
        ReadWrite,        // existing file, read and write
        ReadOnly,         // existing file, never written
        Immutable,        // read-only on media that cannot hold -wal/-shm files
        Create,           // create the file; fails if SQLite cannot
    };

    Database() = default;
    ~Database();

    void open(const QString &path, Mode mode, int busyTimeoutMs = 3000);
    // A reader's connection: ReadOnly, or Immutable when that fails (a file on read-only media,
    // without -wal/-shm files). Throws the Immutable attempt's error when both fail.
    void openForReading(const QString &path, int busyTimeoutMs = 3000);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    // Runs one or more statements that return no rows.
    void exec(const char *sql);
    // Runs a single-value query such as "PRAGMA user_version".
    qint64 queryInt(const char *sql);
    QString queryText(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;

    sqlite3 *handle() const { return m_db; }

    // Throws SqlError carrying the connection's current error for the given result code.
    [[noreturn]] void throwError(int rc, const QString &sql = {}) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace lathe
