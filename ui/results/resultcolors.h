#pragma once

#include "workspace/casematrixquery.h"

#include <QColor>
#include <QPalette>

namespace lathe {

// The colours results are shown in, derived from the palette so that light and dark themes
// both read well: a state colour, and a tint of it over the base colour for cell backgrounds.
namespace ResultColors {

bool isDark(const QPalette &palette);
// Strong colour of a state (text on the base colour, stripes).
QColor state(CellState state, const QPalette &palette);
// A background for a cell of that state, blended with the palette's base colour.
QColor tint(CellState state, const QPalette &palette);
// The colour a best value in the summary table is written in.
QColor best(const QPalette &palette);

} // namespace ResultColors

} // namespace lathe
