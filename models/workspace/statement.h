#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3_stmt;

namespace lathe {

class Database;

// Short-lived RAII wrapper around sqlite3_stmt, owned by the caller; the connection belongs
// to the Database it was prepared on and must outlive it. SQLite uses 1-based indexing for
// bind and 0-based indexing for column access. Errors throw SqlError.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)
public:
    Statement(Database &db, const char *sql);
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);   // bound as UTF-8 text; null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // bound as a blob
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);

    // Advances; true while a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    std::optional<qint64> columnOptionalInt64(int column) const;

private:
    void check(int rc);

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace lathe
