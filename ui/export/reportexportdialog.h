#pragma once

#include "reportfile.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace lathe {

// File > Export: writes the report of a stored run (HTML, PDF, Markdown, CSV, JSON or JUnit
// XML) from the stored results; nothing is re-run. The report is built and written on the
// thread pool with its own read-only connection, so the window stays responsive; the file is
// replaced atomically, and a failure is shown in the dialog, which stays open.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
public:
    // Lists the runs of the workspace at `workspacePath`, `runId` selected (0: the newest).
    ReportExportDialog(const QString &workspacePath, qint64 runId, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    qint64 runId() const;
    ReportWriter::Format format() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    void setFormat(ReportWriter::Format format);
    // Starts the export, as the Export button does (tests call it directly).
    void exportNow();
    // From exportNow() until the outcome is shown.
    bool isExporting() const;
    // What the last export wrote, or the reason it failed.
    QString statusText() const;

Q_SIGNALS:
    // After a successful export, before the dialog closes.
    void exported(const QString &path);

private:
    void loadRuns(qint64 runId);
    void onFormatChanged();
    void browse();
    void onFinished();
    void setBusy(bool busy);
    void updateButtons();

    QString m_workspacePath;
    QComboBox *m_run;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_open;
    QProgressBar *m_busy;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<std::optional<ReportFileInfo>> m_watcher;
    QString m_error;
    bool m_running = false;   // from exportNow() until the result is shown
    QString m_exportingPath;
    QString m_proposedPath;   // the path last filled in automatically
};

} // namespace lathe
