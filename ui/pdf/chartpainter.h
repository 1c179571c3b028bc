#pragma once

#include "report/chartscene.h"

#include <QImage>

class QPainter;

namespace lathe {

// Paints a ChartScene with QPainter: the PDF report's charts, from the same geometry as the
// HTML report's SVG.
class ChartPainter final
{
public:
    // Paints in scene units (the caller scales).
    static void paint(QPainter &painter, const ChartScene &scene);
    // The scene on a white image `scale` times its size (for crisp print).
    static QImage image(const ChartScene &scene, double scale);
};

} // namespace lathe
