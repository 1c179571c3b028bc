#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace lathe {

// The complete report as JSON, documented field by field in docs/REPORT-JSON.md ("format":
// "lathe-report", "version": 1). Unknown or unmeasured values are null, never -1.
class JsonReport final
{
public:
    static constexpr int kVersion = 1;

    static QJsonObject toJson(const ReportData &data);
    // Indented UTF-8.
    static QByteArray render(const ReportData &data);
};

} // namespace lathe
