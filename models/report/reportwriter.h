#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

// The report formats and the one entry point that renders the text formats. PDF is rendered by
// PdfReport in the separate lathe_pdf library (it needs QtGui).
class ReportWriter final
{
public:
    enum class Format { Html, Pdf, Markdown, Csv, Json, JUnit };

    // "html", "pdf", "md" (or "markdown"), "csv", "json", "junit".
    static std::optional<Format> formatFromName(const QString &name);
    // By file suffix: .html/.htm, .pdf, .md/.markdown, .csv, .json, .xml (JUnit).
    static std::optional<Format> formatFromPath(const QString &path);
    static QString name(Format format);
    static QStringList names();

    // The report as UTF-8 text; empty for Format::Pdf.
    static QByteArray render(Format format, const ReportData &data);
};

} // namespace lathe
