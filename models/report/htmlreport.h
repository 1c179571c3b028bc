#pragma once

#include "chartscene.h"
#include "reportdata.h"

#include <QList>
#include <QString>

#include <utility>

namespace lathe {

// The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script and
// no external reference (a Content-Security-Policy forbids both). Every piece of model output
// and dataset text is escaped, so markup in the data renders as text.
//
// Sections: summary (per column: pass rate with Wilson interval, errors, latency, tokens,
// cost; per scorer means), charts, human judgements, cases (one row per dataset row and
// repeat, one cell per column with output, verdict, scores, error, and the word diff against
// the first column), run metadata (columns, models, parameters, providers, dataset version),
// and prompt versions with their diffs.
class HtmlReport final
{
public:
    struct Options
    {
        // For QTextDocument (the PDF): charts become <img src="NAME"> references to images the
        // caller provides (see charts()), and the layout avoids what QTextDocument lacks.
        bool printLayout = false;
    };

    static QString render(const ReportData &data, const Options &options);
    static QString render(const ReportData &data) { return render(data, Options{}); }

    // The charts in document order, with the image names the print layout refers to.
    static QList<std::pair<QString, ChartScene>> charts(const ReportData &data);
};

} // namespace lathe
