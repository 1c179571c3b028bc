#include "database.h"

#include "sqlerror.h"
#include "statement.h"

#include <QUrl>

#include <sqlite3.h>

namespace lathe {

Database::~Database()
{
    close();
}

void Database::openForReading(const QString &path, int busyTimeoutMs)
{
    try {
        open(path, Mode::ReadOnly, busyTimeoutMs);
    } catch (const SqlError &) {
        open(path, Mode::Immutable, busyTimeoutMs);
    }
}

void Database::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: {
        flags |= SQLITE_OPEN_READONLY;
        QUrl url = QUrl::fromLocalFile(path);
        url.setScheme(QStringLiteral("file"));
        url.setQuery(QStringLiteral("immutable=1"));
        name = url.toEncoded();
        break;
    }
    }
    // With SQLITE_OPEN_URI, a plain path containing '?' or '#' would be misread; only the
    // immutable mode builds a URI, everything else is passed as a file name.
    if (mode != Mode::Immutable)
        flags &= ~SQLITE_OPEN_URI;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        throw SqlError(code, msg);
    }
    m_db = db;
    m_path = path;
    m_readOnly = mode == Mode::ReadOnly || mode == Mode::Immutable;
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
}

void Database::close()
{
    if (!m_db)
        return;
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_path.clear();
    m_readOnly = false;
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqlError(sqlite3_extended_errcode(m_db), msg, QString::fromUtf8(sql));
    }
}

qint64 Database::queryInt(const char *sql)
{
    Statement st(*this, sql);
    return st.step() ? st.columnInt64(0) : 0;
}

QString Database::queryText(const char *sql)
{
    Statement st(*this, sql);
    return st.step() ? st.columnText(0) : QString();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::throwError(int rc, const QString &sql) const
{
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    throw SqlError(m_db ? sqlite3_extended_errcode(m_db) : rc, msg, sql);
}

} // namespace lathe
