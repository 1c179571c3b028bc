#include "reportwriter.h"

#include "csvreport.h"
#include "htmlreport.h"
#include "jsonreport.h"
#include "junitreport.h"
#include "markdownreport.h"

#include <QFileInfo>

namespace lathe {

using namespace Qt::StringLiterals;

std::optional<ReportWriter::Format> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"html"_s)
        return Format::Html;
    if (n == u"pdf"_s)
        return Format::Pdf;
    if (n == u"md"_s || n == u"markdown"_s)
        return Format::Markdown;
    if (n == u"csv"_s)
        return Format::Csv;
    if (n == u"json"_s)
        return Format::Json;
    if (n == u"junit"_s)
        return Format::JUnit;
    return std::nullopt;
}

std::optional<ReportWriter::Format> ReportWriter::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"xml"_s)
        return Format::JUnit;
    return formatFromName(suffix);
}

QString ReportWriter::name(Format format)
{
    switch (format) {
    case Format::Html: return u"html"_s;
    case Format::Pdf: return u"pdf"_s;
    case Format::Markdown: return u"md"_s;
    case Format::Csv: return u"csv"_s;
    case Format::Json: return u"json"_s;
    case Format::JUnit: return u"junit"_s;
    }
    return {};
}

QStringList ReportWriter::names()
{
    return {u"html"_s, u"pdf"_s, u"md"_s, u"csv"_s, u"json"_s, u"junit"_s};
}

QByteArray ReportWriter::render(Format format, const ReportData &data)
{
    switch (format) {
    case Format::Html: return HtmlReport::render(data).toUtf8();
    case Format::Markdown: return MarkdownReport::render(data).toUtf8();
    case Format::Csv: return CsvReport::render(data).toUtf8();
    case Format::Json: return JsonReport::render(data);
    case Format::JUnit: return JUnitReport::render(data);
    case Format::Pdf: return {};
    }
    return {};
}

} // namespace lathe
