#pragma once

#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lathe {

// What writing a report file did.
struct ReportFileInfo
{
    qint64 bytes = 0;
    int pages = 0;          // PDF only
    int rows = 0;
    int columns = 0;
    qint64 cases = 0;
};

// Builds the report of a stored run and writes it to a file in one step: the path the GUI's
// File > Export and lathe-cli share. Opens its own read-only connection to the workspace, so
// it may run on any thread; the file is written atomically (QSaveFile), so a failed export
// never leaves half a report behind. PDF needs a QGuiApplication (see PdfReport).
class ReportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    static std::optional<ReportFileInfo> write(const QString &workspacePath, qint64 runId,
                                               ReportWriter::Format format, const QString &path,
                                               QString *error);
};

} // namespace lathe
