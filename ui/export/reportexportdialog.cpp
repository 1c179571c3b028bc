#include "reportexportdialog.h"

#include "workspace/runstore.h"
#include "workspace/workspace.h"
#include "workspace/workspaceerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

const auto kOpenKey = "export/openWhenDone"_L1;
const auto kFormatKey = "export/format"_L1;
const auto kFolderKey = "export/folder"_L1;

struct FormatEntry
{
    ReportWriter::Format format;
    const char *label;
    const char *suffix;
};

// In the order offered; labels are translated where shown.
constexpr FormatEntry kFormats[] = {
    {ReportWriter::Format::Html, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "HTML page (self-contained)"), "html"},
    {ReportWriter::Format::Pdf, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "PDF document"), "pdf"},
    {ReportWriter::Format::Markdown, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "Markdown"), "md"},
    {ReportWriter::Format::Csv, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "CSV (one row per case and column)"), "csv"},
    {ReportWriter::Format::Json, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "JSON (complete)"), "json"},
    {ReportWriter::Format::JUnit, QT_TRANSLATE_NOOP("lathe::ReportExportDialog", "JUnit XML (for CI)"), "xml"},
};

const FormatEntry &entry(ReportWriter::Format format)
{
    for (const FormatEntry &e : kFormats) {
        if (e.format == format)
            return e;
    }
    return kFormats[0];
}

QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(u"[^\\w.-]+"_s);
    name.replace(unsafe, u"-"_s);
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return name.isEmpty() ? u"report"_s : name;
}

} // namespace

ReportExportDialog::ReportExportDialog(const QString &workspacePath, qint64 runId, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_run(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_open(new QCheckBox(tr("&Open the report when done"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Report"));
    QSettings settings;

    for (const FormatEntry &e : kFormats)
        m_format->addItem(tr(e.label), int(e.format));
    const int savedFormat = m_format->findData(settings.value(kFormatKey, int(ReportWriter::Format::Html)).toInt());
    m_format->setCurrentIndex(qMax(0, savedFormat));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_open->setChecked(settings.value(kOpenKey, true).toBool());
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Run:"), m_run);
    form->addRow(tr("&Format:"), m_format);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_open);

    auto *intro = new QLabel(tr("The report is written from the stored results: summary, charts, every case "
                                "with its outputs and scores, human judgements and the run's settings. "
                                "Nothing is sent to a model."), this);
    intro->setWordWrap(true);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    loadRuns(runId);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::onFormatChanged);
    connect(m_run, &QComboBox::currentIndexChanged, this, [this] { onFormatChanged(); });
    connect(m_path, &QLineEdit::textChanged, this, &ReportExportDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportExportDialog::onFinished);
    onFormatChanged();
    resize(560, sizeHint().height());
}

ReportExportDialog::~ReportExportDialog()
{
    // The export owns nothing of ours; waiting keeps the file from being half-committed at exit.
    m_watcher.waitForFinished();
}

void ReportExportDialog::loadRuns(qint64 runId)
{
    Workspace::OpenOptions options;
    options.readOnly = true;
    WorkspaceError error;
    const std::unique_ptr<Workspace> ws = Workspace::open(m_workspacePath, options, &error);
    if (!ws) {
        m_status->setText(error.message);
        return;
    }
    QList<RunInfo> runs = RunStore(ws->database()).list();
    std::sort(runs.begin(), runs.end(), [](const RunInfo &a, const RunInfo &b) { return a.id > b.id; });
    for (const RunInfo &r : runs) {
        const QString name = r.name.isEmpty() ? tr("Run %1").arg(r.id) : r.name;
        m_run->addItem(tr("#%1 %2 (%3, %4 cases)").arg(r.id).arg(name, r.status).arg(r.totalCases), r.id);
        m_run->setItemData(m_run->count() - 1, name, Qt::UserRole + 1);
    }
    const int index = m_run->findData(runId);
    m_run->setCurrentIndex(index >= 0 ? index : 0);
    if (runs.isEmpty())
        m_status->setText(tr("This workspace has no runs yet. Start one with Run > New Run, then export it."));
}

qint64 ReportExportDialog::runId() const
{
    return m_run->currentData().toLongLong();
}

ReportWriter::Format ReportExportDialog::format() const
{
    return ReportWriter::Format(m_format->currentData().toInt());
}

QString ReportExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ReportExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ReportExportDialog::setFormat(ReportWriter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ReportExportDialog::isExporting() const
{
    return m_running;
}

QString ReportExportDialog::statusText() const
{
    return m_status->text();
}

// Keeps the path's suffix in step with the format, and proposes a file name from the run.
void ReportExportDialog::onFormatChanged()
{
    const QString suffix = QString::fromLatin1(entry(format()).suffix);
    QString path = outputPath();
    if (path.isEmpty() || path == m_proposedPath) {   // not edited by the user: follow the run
        const QString folder = QSettings().value(kFolderKey,
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        const QString base = safeFileName(m_run->currentData(Qt::UserRole + 1).toString());
        path = QDir(folder).filePath(base + u'.' + suffix);
    } else {
        const QFileInfo info(path);
        if (ReportWriter::formatFromPath(path))
            path = info.dir().filePath(info.completeBaseName() + u'.' + suffix);
    }
    m_proposedPath = QDir::toNativeSeparators(path);
    m_path->setText(m_proposedPath);
    updateButtons();
}

void ReportExportDialog::browse()
{
    const FormatEntry &e = entry(format());
    const QString filter = tr("%1 (*.%2)").arg(tr(e.label), QString::fromLatin1(e.suffix));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), outputPath(), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ReportExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!isExporting());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!isExporting() && m_run->count() > 0 && !outputPath().isEmpty());
    }
}

void ReportExportDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_run->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_path->setEnabled(!busy);
    updateButtons();
}

void ReportExportDialog::exportNow()
{
    if (isExporting() || m_run->count() == 0)
        return;
    const QString path = QDir::fromNativeSeparators(outputPath());
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file to save the report to."));
        return;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        m_status->setText(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QSettings settings;
    settings.setValue(kOpenKey, m_open->isChecked());
    settings.setValue(kFormatKey, int(format()));
    settings.setValue(kFolderKey, info.absolutePath());

    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_error.clear();
    m_exportingPath = path;
    const QString workspace = m_workspacePath;
    const qint64 run = runId();
    const ReportWriter::Format chosen = format();
    m_watcher.setFuture(QtConcurrent::run([this, workspace, run, chosen, path] {
        QString error;
        std::optional<ReportFileInfo> info = ReportFile::write(workspace, run, chosen, path, &error);
        if (!info)
            m_error = error;   // read on the GUI thread only after finished()
        return info;
    }));
    m_running = true;
    setBusy(true);
}

void ReportExportDialog::onFinished()
{
    m_running = false;
    setBusy(false);
    const std::optional<ReportFileInfo> info = m_watcher.result();
    const QString shown = QDir::toNativeSeparators(m_exportingPath);
    if (!info) {
        m_status->setText(tr("The report was not written: %1").arg(m_error));
        return;
    }
    QString text = tr("Wrote %1: %2 rows x %3 columns").arg(shown).arg(info->rows).arg(info->columns);
    if (format() == ReportWriter::Format::Pdf)
        text += tr(", %n page(s)", nullptr, info->pages);
    m_status->setText(text);
    Q_EMIT exported(m_exportingPath);
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportingPath));
    accept();
}

} // namespace lathe
