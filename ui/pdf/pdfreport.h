#pragma once

#include "report/reportdata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace lathe {

// The report as a paged A4 PDF: HtmlReport's print layout laid out by QTextDocument, charts
// painted by ChartPainter, and on every page a header (the report title, the run) and a footer
// ("Page N of M", when it was generated), drawn per page through QPdfWriter.
//
// Needs a QGuiApplication (fonts); any platform works, offscreen included. Refuses (with
// *error) under a plain QCoreApplication instead of aborting.
class PdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    // Writes to an open device; returns the page count.
    static std::optional<int> write(const ReportData &data, QIODevice *device, QString *error);
};

} // namespace lathe
