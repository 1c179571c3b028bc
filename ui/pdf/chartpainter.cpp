#include "chartpainter.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace lathe {

void ChartPainter::paint(QPainter &painter, const ChartScene &scene)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const ChartScene::Item &i : scene.items) {
        switch (i.kind) {
        case ChartScene::Item::Kind::Rect:
            painter.setPen(i.stroke.isEmpty() ? QPen(Qt::NoPen) : QPen(QColor::fromString(i.stroke), 1.0));
            painter.setBrush(QColor::fromString(i.fill));
            painter.drawRect(i.rect);
            break;
        case ChartScene::Item::Kind::Line:
            painter.setPen(QPen(QColor::fromString(i.stroke), i.strokeWidth));
            painter.drawLine(i.line);
            break;
        case ChartScene::Item::Kind::Text: {
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(qRound(i.fontSize));
            font.setBold(i.bold);
            painter.setFont(font);
            painter.setPen(QColor::fromString(i.fill));
            const double width = QFontMetricsF(font).horizontalAdvance(i.text);
            double x = i.at.x();
            if (i.anchor == ChartScene::Anchor::Middle)
                x -= width / 2;
            else if (i.anchor == ChartScene::Anchor::End)
                x -= width;
            painter.drawText(QPointF(x, i.at.y()), i.text);
            break;
        }
        }
    }
    painter.restore();
}

QImage ChartPainter::image(const ChartScene &scene, double scale)
{
    QImage image(qRound(scene.width * scale), qRound(scene.height * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, scene);
    return image;
}

} // namespace lathe
