#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

namespace lathe {

// A chart laid out once as plain shapes in its own units (1 unit = 1 CSS pixel), so the HTML
// report serializes it to SVG (SvgChart) and the PDF report paints it with QPainter, from the
// same geometry. Colours are "#rrggbb" strings (QtCore has no colour type).
struct ChartScene
{
    enum class Anchor { Start, Middle, End };

    struct Item
    {
        enum class Kind { Rect, Line, Text };

        Kind kind = Kind::Rect;
        QRectF rect;              // Rect
        QLineF line;              // Line
        QPointF at;               // Text: the baseline point the anchor refers to
        QString text;             // Text: the string; Rect: a tooltip (SVG <title>)
        QString fill;             // Rect fill; Text colour
        QString stroke;           // Rect outline (empty: none); Line colour
        double strokeWidth = 1.0;
        double fontSize = 12.0;   // Text, in units
        Anchor anchor = Anchor::Start;
        bool bold = false;
    };

    double width = 0;
    double height = 0;
    QString title;                // what the chart shows, for screen readers and the caption
    QList<Item> items;            // painted in order

    void rect(const QRectF &r, const QString &fill, const QString &tooltip = {}, const QString &stroke = {})
    {
        Item i;
        i.kind = Item::Kind::Rect;
        i.rect = r;
        i.fill = fill;
        i.text = tooltip;
        i.stroke = stroke;
        items.append(i);
    }
    void line(const QLineF &l, const QString &stroke, double width = 1.0)
    {
        Item i;
        i.kind = Item::Kind::Line;
        i.line = l;
        i.stroke = stroke;
        i.strokeWidth = width;
        items.append(i);
    }
    void text(const QPointF &at, const QString &s, Anchor anchor, double size = 12.0, const QString &colour = {},
              bool bold = false)
    {
        Item i;
        i.kind = Item::Kind::Text;
        i.at = at;
        i.text = s;
        i.anchor = anchor;
        i.fontSize = size;
        i.fill = colour.isEmpty() ? QStringLiteral("#222222") : colour;
        i.bold = bold;
        items.append(i);
    }
};

} // namespace lathe
