#pragma once

#include "chartscene.h"

#include <QString>

namespace lathe {

// Serializes a ChartScene as an inline <svg> element (no external references, no script).
// Every text is escaped, so labels taken from data render as text.
class SvgChart final
{
public:
    static QString render(const ChartScene &scene);
};

} // namespace lathe
