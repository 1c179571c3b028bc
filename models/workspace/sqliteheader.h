#pragma once

#include <QString>
#include <QtGlobal>

namespace lathe {

// The 100-byte header of an SQLite database file, read with plain file I/O so a file can be
// judged before SQLite touches it (SQLite would happily turn an empty file into a database).
// Field offsets follow https://www.sqlite.org/fileformat.html section 1.3.
struct SqliteHeader
{
    enum class Status { Ok, Unreadable, Empty, NotSqlite };

    Status status = Status::Unreadable;
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0;        // valid only when pageCountValid
    bool pageCountValid = false;
    bool walMode = false;
    quint32 userVersion = 0;
    qint32 applicationId = 0;
    QString readError;
    QByteArray leadingBytes;      // first bytes, to name common non-SQLite formats

    static SqliteHeader read(const QString &path);

    // A short description of what the file looks like when it is not SQLite ("a PNG image").
    QString describeForeignFormat() const;
};

} // namespace lathe
