#include "datasetscontroller.h"

#include "datasetpage.h"
#include "datasettoolbar.h"
#include "importdialog.h"

#include "cleaning/cleaningdialog.h"

#include "workspace/workspace.h"

#include <QAction>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTabWidget>
#include <QUrl>

namespace lathe {

namespace {

// The first local dataset file among dropped URLs, if any.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (DatasetsController::isDatasetFile(url))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

DatasetsController::DatasetsController(QTabWidget *tabs, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
    , m_import(new QAction(tr("&Import Dataset…"), this))
{
    m_import->setObjectName(QStringLiteral("importDataset"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Import a CSV, TSV, JSON, JSON Lines or promptfoo file as a new dataset"));
    m_import->setEnabled(false);
    connect(m_import, &QAction::triggered, this, [this] { importFile(); });
    addDatasetTool(tr("Clean…"), [](Database &db, qint64 datasetId, QWidget *parent) -> QDialog * {
        auto *dialog = new CleaningDialog(db, datasetId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        return dialog;
    });
}

DatasetsController::~DatasetsController() = default;

void DatasetsController::setWorkspace(Workspace *workspace)
{
    delete m_dialog;   // it holds the connection; a running import is cancelled and awaited
    m_workspace = workspace;
    m_import->setEnabled(workspace && !workspace->isReadOnly());
}

bool DatasetsController::isDatasetFile(const QUrl &url)
{
    static const QStringList suffixes = {QStringLiteral("csv"),  QStringLiteral("tsv"),   QStringLiteral("tab"),
                                         QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson"),
                                         QStringLiteral("yaml"), QStringLiteral("yml")};
    return url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower());
}

DatasetPage *DatasetsController::openDataset(qint64 datasetId)
{
    if (!m_workspace)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DatasetPage *>(m_tabs->widget(i));
        if (page && page->datasetId() == datasetId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new DatasetPage(m_workspace->database(), datasetId);
    connect(page, &DatasetPage::versionsChanged, this, &DatasetsController::datasetsChanged);
    for (const auto &[text, makeDialog] : std::as_const(m_tools))
        addToolAction(page, text, makeDialog);
    const int index = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(index, tr("Dataset %1").arg(page->title()));
    m_tabs->setCurrentIndex(index);
    return page;
}

ImportDialog *DatasetsController::importFile(const QString &path)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new ImportDialog(m_workspace->database(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ImportDialog::imported, this, [this](qint64 datasetId) {
            Q_EMIT datasetsChanged();
            openDataset(datasetId);
        });
    }
    if (!path.isEmpty())
        m_dialog->setFile(path);
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void DatasetsController::addDatasetTool(const QString &text, const DatasetToolFactory &makeDialog)
{
    m_tools.append({text, makeDialog});
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<DatasetPage *>(m_tabs->widget(i)))
            addToolAction(page, text, makeDialog);
    }
}

void DatasetsController::addToolAction(DatasetPage *page, const QString &text, const DatasetToolFactory &makeDialog)
{
    page->toolBar()->addSeparator();
    QAction *action = page->toolBar()->addAction(text);
    action->setEnabled(m_workspace && !m_workspace->isReadOnly());
    connect(action, &QAction::triggered, page, [this, page, makeDialog] {
        if (!m_workspace)
            return;
        QDialog *dialog = makeDialog(m_workspace->database(), page->datasetId(), m_dialogParent);
        if (!dialog)
            return;
        connect(dialog, &QDialog::finished, page, [this, page] {
            page->reloadIfChanged();
            Q_EMIT datasetsChanged();
        });
        dialog->open();
    });
}

ImportDialog *DatasetsController::importDialog() const
{
    return m_dialog;
}

void DatasetsController::watchDrops(QWidget *window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool DatasetsController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_import->isEnabled() && !droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (m_import->isEnabled() && !path.isEmpty()) {
            drop->acceptProposedAction();
            importFile(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lathe
