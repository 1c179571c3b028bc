#pragma once

#include "diff/diffresult.h"
#include "reportdata.h"

#include <QString>

namespace lathe {

// HtmlReport's per-case table and diff markup. Every text from the data is escaped.
class HtmlCases final
{
public:
    // One row per dataset row and repeat: inputs, expected values, and one cell per column.
    static QString table(const ReportData &data);
    // A word diff as one block: equal lines plain, removed words and lines as "del" spans,
    // added ones as "ins" spans.
    static QString diff(const DiffResult &diff);
    // A unified diff (`diff -u` text) with its lines classed by kind.
    static QString unifiedDiff(const QString &text);
};

} // namespace lathe
