#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QString>

namespace lathe {

// JUnit XML for CI: one <testsuite> per column, one <testcase> per case (classname: the
// column's label, name: "row N" plus " repeat K" for repeats). A failed verdict is a
// <failure> naming the failed scorers, an error result an <error>, a pending case <skipped/>;
// the output goes to <system-out>. Characters XML 1.0 cannot hold are replaced by U+FFFD.
class JUnitReport final
{
public:
    static QByteArray render(const ReportData &data);
    // The text with characters XML 1.0 forbids (controls other than tab/CR/LF, lone
    // surrogates, U+FFFE/U+FFFF) replaced.
    static QString xmlSafe(const QString &text);
};

} // namespace lathe
