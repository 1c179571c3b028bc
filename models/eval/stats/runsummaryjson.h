#pragma once

#include "runsummary.h"

#include <QJsonObject>

namespace lathe {

// The summary structures as JSON, for lathe-cli --json and reports. Keys are snake_case;
// intervals are [low, high]; a figure that could not be computed is null.
class RunSummaryJson final
{
public:
    static QJsonObject toJson(const ColumnSummary &summary);
    static QJsonObject toJson(const ColumnComparison &comparison);
    static QJsonObject toJson(const ClassificationReport &report);
};

} // namespace lathe
