#include "reportfile.h"

#include "pdfreport.h"
#include "report/reportbuilder.h"
#include "workspace/workspace.h"
#include "workspace/workspaceerror.h"

#include <QSaveFile>

namespace lathe {

std::optional<ReportFileInfo> ReportFile::write(const QString &workspacePath, qint64 runId,
                                                ReportWriter::Format format, const QString &path,
                                                QString *error)
{
    Workspace::OpenOptions options;
    options.readOnly = true;
    WorkspaceError wsError;
    const std::unique_ptr<Workspace> ws = Workspace::open(workspacePath, options, &wsError);
    if (!ws) {
        *error = wsError.message;
        return std::nullopt;
    }
    const std::optional<ReportData> data = ReportBuilder::build(ws->database(), runId, error);
    if (!data)
        return std::nullopt;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    ReportFileInfo info;
    if (format == ReportWriter::Format::Pdf) {
        const std::optional<int> pages = PdfReport::write(*data, &file, error);
        if (!pages)
            return std::nullopt;
        info.pages = *pages;
    } else {
        const QByteArray text = ReportWriter::render(format, *data);
        if (file.write(text) != text.size()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
    }
    info.bytes = file.pos();
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    info.rows = int(data->rows.size());
    info.columns = int(data->columns.size());
    info.cases = data->caseCount();
    return info;
}

} // namespace lathe
