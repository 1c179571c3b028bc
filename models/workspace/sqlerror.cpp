#include "sqlerror.h"

namespace lathe {

SqlError::SqlError(int code, const QString &message, const QString &sql)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
    , m_sql(sql)
{
}

} // namespace lathe
