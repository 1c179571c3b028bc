#pragma once

#include "reportdata.h"

#include <QString>

namespace lathe {

// The report as GitHub-flavoured Markdown: summary and score tables, judgements, a case table
// (outputs in cells, newlines as <br>), output and prompt diffs in fenced ```diff blocks, and
// run metadata. Text from the data is escaped (HTML special characters as entities, Markdown
// punctuation with backslashes), so it renders as text; fenced blocks get a fence longer than
// any backtick run inside them.
class MarkdownReport final
{
public:
    static QString render(const ReportData &data);
    // Text for a table cell or a line: escaped, newlines as <br>.
    static QString cell(const QString &text);
    // A fenced code block with the given info string.
    static QString fenced(const QString &text, const QString &info = {});
};

} // namespace lathe
