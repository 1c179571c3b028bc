#include "cleaningdialog.h"

#include "duplicatespage.h"
#include "nearduplicatespage.h"
#include "outlierspage.h"
#include "personaldatapage.h"
#include "spellingpage.h"

#include "workspace/database.h"
#include "workspace/datasetbatch.h"
#include "workspace/sqlerror.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lathe {

namespace {

struct LoadResult
{
    std::optional<CleaningData> data;
    QString error;
};

struct WriteResult
{
    std::optional<DatasetEdit> edit;
    QString error;
};

} // namespace

CleaningDialog::CleaningDialog(Database &db, qint64 datasetId, QWidget *parent)
    : QDialog(parent), m_path(db.path()), m_datasetId(datasetId), m_tabs(new QTabWidget(this)),
      m_duplicates(new DuplicatesPage(this)), m_near(new NearDuplicatesPage(this)), m_outliers(new OutliersPage(this)),
      m_spelling(new SpellingPage(this)), m_personal(new PersonalDataPage(this)), m_heading(new QLabel(this)),
      m_status(new QLabel(this)), m_undo(new QPushButton(tr("Undo"), this))
{
    setWindowTitle(tr("Clean Dataset"));
    m_pages = {m_duplicates, m_near, m_outliers, m_spelling, m_personal};
    for (CleaningPage *page : std::as_const(m_pages)) {
        m_tabs->addTab(page, page->title());
        connect(page, &CleaningPage::applyRequested, this,
                [this](const QString &description, const CleaningApply &apply) { runWrite(description, apply, false); });
    }
    m_heading->setText(tr("Reading the dataset…"));
    m_status->setWordWrap(true);
    m_undo->setEnabled(false);
    m_undo->setToolTip(tr("Make the version before the last change the newest again."));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int number = m_undoTo;
        const qint64 id = m_datasetId;
        runWrite(tr("Undo"), [id, number](Database &db, WorkspaceError *error) {
            return DatasetBatch::restoreVersion(db, id, number, error);
        }, true);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(980, 640);
    load();
}

CleaningDialog::~CleaningDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_write.waitForFinished();
}

void CleaningDialog::reject()
{
    if (m_write.isRunning()) {
        m_closeWhenWritten = true;
        m_status->setText(tr("Closing once the change is saved…"));
        return;
    }
    QDialog::reject();
}

void CleaningDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    m_undo->setEnabled(!busy && m_undoTo > 0);
    if (!status.isNull())
        m_status->setText(status);
}

void CleaningDialog::load()
{
    setBusy(true, {});
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const QString path = m_path;
    const qint64 id = m_datasetId;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        if (cancel->load())
            return;
        LoadResult result = watcher->result();
        if (!result.data) {
            setBusy(false, result.error);
            m_heading->setText(tr("The dataset could not be read."));
            Q_EMIT failed(result.error);
            return;
        }
        m_data = std::make_shared<const CleaningData>(std::move(*result.data));
        m_heading->setText(tr("“%1”, version %2: %Ln row(s), %3 column(s)", nullptr, m_data->rows.size())
                               .arg(m_data->datasetName).arg(m_data->versionNumber).arg(m_data->columns.size()));
        for (CleaningPage *page : std::as_const(m_pages))
            page->setData(m_data);
        setBusy(false, {});
        Q_EMIT loaded(m_data->versionNumber);
    });
    watcher->setFuture(QtConcurrent::run([path, id, cancel] {
        LoadResult result;
        try {
            Database db;
            db.open(path, Database::Mode::ReadOnly);
            WorkspaceError error;
            result.data = CleaningData::load(db, id, &error, cancel.get());
            result.error = error.message;
        } catch (const SqlError &e) {
            result.error = e.message();
        }
        return result;
    }));
}

void CleaningDialog::runWrite(const QString &description, const CleaningApply &apply, bool undo)
{
    if (m_busy)
        return;
    setBusy(true, tr("%1…").arg(description));
    const QString path = m_path;
    const int before = m_data ? m_data->versionNumber : 0;
    const int restored = undo ? m_undoTo : 0;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, description, before, restored, undo] {
        watcher->deleteLater();
        const WriteResult result = watcher->result();
        m_write = {};
        if (m_closeWhenWritten) {
            if (result.edit)
                Q_EMIT datasetChanged(m_datasetId, result.edit->versionNumber);
            QDialog::reject();
            return;
        }
        if (!result.edit) {
            // Most often the dataset changed since the preview: show the failure and preview
            // the current version again.
            setBusy(false, tr("%1 failed: %2").arg(description, result.error));
            Q_EMIT failed(result.error);
            load();
            return;
        }
        m_undoTo = undo ? 0 : before;
        setBusy(false, undo ? tr("Undone: version %1 holds the content of version %2 again.")
                                  .arg(result.edit->versionNumber).arg(restored)
                            : tr("%1: saved as version %2 (version %3 is unchanged).")
                                  .arg(description).arg(result.edit->versionNumber).arg(before));
        Q_EMIT datasetChanged(m_datasetId, result.edit->versionNumber);
        load();
    });
    const QFuture<WriteResult> future = QtConcurrent::run([path, apply] {
        WriteResult result;
        try {
            Database db;
            db.open(path, Database::Mode::ReadWrite);
            db.exec("PRAGMA foreign_keys = ON");
            WorkspaceError error;
            result.edit = apply(db, &error);
            result.error = error.message;
        } catch (const SqlError &e) {
            result.error = e.message();
        }
        return result;
    });
    m_write = QFuture<void>(future);
    watcher->setFuture(future);
}

} // namespace lathe
