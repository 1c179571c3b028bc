#include "httpresult.h"

namespace lathe {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[n, value] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace lathe
