#include "mockfault.h"

#include <array>
#include <utility>

namespace lathe::mock {
namespace {

constexpr std::array kFaults{
    std::pair{Fault::Status400, u"400"},  std::pair{Fault::Status401, u"401"},
    std::pair{Fault::Status429, u"429"},  std::pair{Fault::Status500, u"500"},
    std::pair{Fault::Status502, u"502"},  std::pair{Fault::Status503, u"503"},
    std::pair{Fault::Status504, u"504"},  std::pair{Fault::Reset, u"reset"},
    std::pair{Fault::Stall, u"stall"},    std::pair{Fault::Truncate, u"truncate"},
    std::pair{Fault::Malformed, u"malformed"}, std::pair{Fault::ContentType, u"content-type"},
};

// The text between "[[NAME:" and "]]", or a null view.
QByteArrayView markerValue(QByteArrayView body, QByteArrayView name)
{
    const QByteArray open = "[[" + name.toByteArray() + ':';
    const qsizetype start = body.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = body.indexOf("]]", from);
    if (end < 0 || end - from > 32)
        return {};
    return body.sliced(from, end - from);
}

} // namespace

std::optional<Fault> faultFromName(QStringView name)
{
    for (const auto &[fault, n] : kFaults) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return fault;
    }
    return std::nullopt;
}

QString faultName(Fault fault)
{
    for (const auto &[f, n] : kFaults) {
        if (f == fault)
            return QString::fromUtf16(n);
    }
    return QStringLiteral("none");
}

int faultStatus(Fault fault)
{
    switch (fault) {
    case Fault::Status400: return 400;
    case Fault::Status401: return 401;
    case Fault::Status429: return 429;
    case Fault::Status500: return 500;
    case Fault::Status502: return 502;
    case Fault::Status503: return 503;
    case Fault::Status504: return 504;
    default: return 0;
    }
}

std::optional<FaultMarker> findFaultMarker(QByteArrayView body)
{
    const QByteArrayView value = markerValue(body, "fault");
    if (value.isNull())
        return std::nullopt;
    FaultMarker marker;
    QByteArrayView name = value;
    if (const qsizetype x = value.lastIndexOf('x'); x > 0) {
        bool ok = false;
        const int times = value.sliced(x + 1).toInt(&ok);
        if (ok && times > 0) {
            marker.times = times;
            name = value.first(x);
        }
    }
    const auto fault = faultFromName(QString::fromLatin1(name));
    if (!fault)
        return std::nullopt;
    marker.fault = *fault;
    return marker;
}

int findIntMarker(QByteArrayView body, QByteArrayView name)
{
    bool ok = false;
    const int value = markerValue(body, name).toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

} // namespace lathe::mock
