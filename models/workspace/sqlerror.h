#pragma once

#include <QString>

#include <stdexcept>

namespace lathe {

// Thrown by Database/Statement when SQLite reports an error. Carries SQLite's extended result
// code so callers can tell "busy" or "corrupt" apart from logic errors. Never escapes the
// models/workspace boundary: Workspace converts it to a WorkspaceError.
class SqlError final : public std::runtime_error
{
public:
    SqlError(int code, const QString &message, const QString &sql = {});

    int code() const { return m_code; }          // extended result code
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return m_message; }
    QString sql() const { return m_sql; }

private:
    int m_code;
    QString m_message;
    QString m_sql;
};

} // namespace lathe
