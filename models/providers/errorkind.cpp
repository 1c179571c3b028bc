#include "errorkind.h"

#include <array>
#include <utility>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kNames{
    std::pair{ErrorKind::None, u"none"},         std::pair{ErrorKind::Canceled, u"canceled"},
    std::pair{ErrorKind::Config, u"config"},     std::pair{ErrorKind::Connect, u"connect"},
    std::pair{ErrorKind::Tls, u"tls"},           std::pair{ErrorKind::Network, u"network"},
    std::pair{ErrorKind::Timeout, u"timeout"},   std::pair{ErrorKind::StreamIdle, u"stream-idle"},
    std::pair{ErrorKind::Http, u"http"},         std::pair{ErrorKind::Provider, u"provider"},
    std::pair{ErrorKind::Protocol, u"protocol"},
};

} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ErrorKind> errorKindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

} // namespace lathe
