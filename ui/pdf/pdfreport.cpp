#include "pdfreport.h"

#include "chartpainter.h"
#include "report/htmlreport.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr int kResolution = 300;   // dots per inch of the PDF's coordinate system
constexpr double kChartScale = 3.0; // chart images at 3x their CSS size: sharp in print

QFont documentFont(double points)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    return font;
}

} // namespace

std::optional<int> PdfReport::write(const ReportData &data, QIODevice *device, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("Writing a PDF needs a QGuiApplication (the offscreen platform is enough).");
        return std::nullopt;
    }
    QPdfWriter writer(device);
    writer.setTitle(data.title);
    writer.setCreator(u"Lathe "_s + data.latheVersion);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                                     QPageLayout::Millimeter));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(documentFont(8.5));
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    for (const auto &[name, scene] : HtmlReport::charts(data))
        doc.addResource(QTextDocument::ImageResource, QUrl(name), ChartPainter::image(scene, kChartScale));
    HtmlReport::Options options;
    options.printLayout = true;
    doc.setHtml(HtmlReport::render(data, options));

    // The painter's origin is the top-left of the page's printable area.
    const QRectF area = writer.pageLayout().paintRectPixels(kResolution);
    const QFont bandFont = documentFont(7.5);
    const QFontMetricsF metrics(bandFont, &writer);
    const double band = metrics.height() * 2.5;
    const QSizeF body(area.width(), area.height() - 2 * band);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write the PDF.");
        return std::nullopt;
    }
    const QString left = metrics.elidedText(data.title, Qt::ElideRight, area.width() * 0.6);
    const QString right = tr("Lathe report, run #%1").arg(data.run.id);
    const QColor grey(0x66, 0x66, 0x66);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(bandFont);
        painter.setPen(grey);
        const QRectF header(0, 0, area.width(), metrics.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.drawLine(QPointF(0, metrics.height() * 1.5), QPointF(area.width(), metrics.height() * 1.5));

        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, band - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const double footerTop = area.height() - metrics.height();
        painter.setPen(grey);
        painter.drawLine(QPointF(0, footerTop - metrics.height() * 0.5), QPointF(area.width(), footerTop - metrics.height() * 0.5));
        const QRectF footer(0, footerTop, area.width(), metrics.height());
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, data.generatedAt);
    }
    if (!painter.end()) {
        *error = tr("Cannot write the PDF.");
        return std::nullopt;
    }
    return pages;
}

} // namespace lathe
