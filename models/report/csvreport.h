#pragma once

#include "reportdata.h"

#include <QString>
#include <QStringList>

namespace lathe {

// One CSV row per case (dataset row x repeat x column), RFC 4180: CRLF line ends, fields with
// a comma, quote, CR or LF quoted, quotes doubled. Values are written exactly as stored
// (unknown numbers as empty fields). Columns: the case's identity and column, the dataset
// values ("row:NAME"), status, verdict, output, error, measurements, each scorer's value and
// verdict ("score:NAME", "pass:NAME"), and the diff against the first column's output.
class CsvReport final
{
public:
    static QString render(const ReportData &data);
    static QStringList header(const ReportData &data);
    // One field, quoted when it must be.
    static QString field(const QString &value);
};

} // namespace lathe
