#include "importdialog.h"

#include "datasetheaderview.h"
#include "importcolumnstable.h"

#include "dataset/datasetcelltext.h"
#include "dataset/datasetimporter.h"
#include "dataset/datasettablemodel.h"
#include "workspace/database.h"
#include "workspace/datasetstore.h"
#include "workspace/sqlerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace lathe {

struct ImportDialog::Outcome
{
    std::optional<ImportResult> result;
    ImportError error;
};

namespace {

const QList<DatasetFormat> kFormats = {DatasetFormat::Auto, DatasetFormat::Csv, DatasetFormat::Tsv,
                                       DatasetFormat::Json, DatasetFormat::Jsonl, DatasetFormat::Promptfoo,
                                       DatasetFormat::OpenAiEvals};

QString formatLabel(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto: return ImportDialog::tr("Detect automatically");
    case DatasetFormat::Csv: return ImportDialog::tr("CSV");
    case DatasetFormat::Tsv: return ImportDialog::tr("TSV");
    case DatasetFormat::Json: return ImportDialog::tr("JSON array");
    case DatasetFormat::Jsonl: return ImportDialog::tr("JSON Lines");
    case DatasetFormat::Promptfoo: return ImportDialog::tr("promptfoo tests");
    case DatasetFormat::OpenAiEvals: return ImportDialog::tr("OpenAI Evals samples");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_columns(new ImportColumnsTable(this))
    , m_rows(new QTableWidget(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Dataset"));
    resize(900, 640);

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    m_path->setObjectName(QStringLiteral("importPath"));
    connect(m_path, &QLineEdit::editingFinished, this, [this] { readPreview(); });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    for (DatasetFormat f : kFormats)
        m_format->addItem(formatLabel(f), int(f));
    m_format->setObjectName(QStringLiteral("importFormat"));
    connect(m_format, &QComboBox::activated, this, [this] { readPreview(); });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    m_name->setObjectName(QStringLiteral("importName"));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&File:"), m_path), fileRow);
    form->addRow(label(tr("F&ormat:"), m_format), formatRow);
    form->addRow(label(tr("Dataset &name:"), m_name), m_name);

    connect(m_columns, &ImportColumnsTable::nameEdited, this, &ImportDialog::setColumnName);
    connect(m_columns, &ImportColumnsTable::roleChosen, this, &ImportDialog::setColumnRole);
    connect(m_columns, &ImportColumnsTable::typeChosen, this, &ImportDialog::setColumnType);
    m_rows->setObjectName(QStringLiteral("importPreview"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 10);
    m_rows->setHorizontalHeader(new DatasetHeaderView(m_rows));
    m_rows->horizontalHeader()->setDefaultSectionSize(160);
    auto *columnsBox = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(new QLabel(tr("Columns — choose what each one is for:"), this));
    columnsLayout->addWidget(m_columns);
    auto *rowsBox = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(new QLabel(tr("Preview of the first %1 rows:").arg(kPreviewRows), this));
    rowsLayout->addWidget(m_rows);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(1, 2);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::finishImport);
}

ImportDialog::~ImportDialog()
{
    *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

void ImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import Dataset"), QFileInfo(file()).absolutePath(),
                                   tr("Datasets (*.csv *.tsv *.tab *.txt *.json *.jsonl *.ndjson *.yaml *.yml);;"
                                      "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
    dialog->open();
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    readPreview();
}

QString ImportDialog::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportDialog::setFormat(DatasetFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    readPreview();
}

DatasetFormat ImportDialog::format() const
{
    return DatasetFormat(m_format->currentData().toInt());
}

void ImportDialog::setDatasetName(const QString &name)
{
    m_name->setText(name);
    m_nameEdited = true;
}

QString ImportDialog::datasetName() const
{
    return m_name->text().trimmed();
}

QString ImportDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ImportDialog::isImporting() const
{
    return m_importing;
}

void ImportDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ImportDialog::readPreview()
{
    if (isImporting())
        return;
    const QString path = file();
    setError({});
    m_preview = path.isEmpty() ? ImportPreview{} : ImportPreview::read(path, format(), kPreviewRows);
    if (!path.isEmpty() && !m_nameEdited) {
        // The file's name, made unique among the workspace's datasets.
        const QString base = QFileInfo(path).completeBaseName();
        QString name = base;
        DatasetStore store(m_db);
        for (int n = 2; store.find(name).has_value(); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        m_name->setText(name);
    }
    m_detected->setText(path.isEmpty() || m_preview.error ? QString()
                        : format() == DatasetFormat::Auto ? tr("Read as %1").arg(formatLabel(m_preview.format))
                                                          : QString());
    if (m_preview.error)
        setError(m_preview.error.toString());
    else if (!path.isEmpty() && m_preview.columns.isEmpty())
        setError(tr("%1 holds no columns.").arg(QFileInfo(path).fileName()));
    fillTables();
    m_import->setEnabled(!path.isEmpty() && !m_preview.error && !m_preview.columns.isEmpty());
}

void ImportDialog::fillTables()
{
    const qsizetype columnCount = m_preview.columns.size();
    m_columns->setColumns(m_preview.columns);
    m_rows->clear();
    m_rows->setColumnCount(int(columnCount));
    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QList<QJsonValue> &values = m_preview.rows.at(r).values;
        for (int c = 0; c < values.size() && c < columnCount; ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(DatasetCellText::singleLine(DatasetCellText::display(values.at(c)), 300)));
    }
    updatePreviewHeader();
}

void ImportDialog::updatePreviewHeader()
{
    // The preview's header shows names and roles as the dataset will have them.
    for (int c = 0; c < m_preview.columns.size(); ++c) {
        const ImportColumn &column = m_preview.columns.at(c);
        auto *item = m_rows->horizontalHeaderItem(c);
        if (!item) {
            item = new QTableWidgetItem;
            m_rows->setHorizontalHeaderItem(c, item);
        }
        item->setText(column.name);
        item->setData(DatasetTableModel::ColumnKeyRole, column.sourceName);
        item->setData(DatasetTableModel::ColumnRoleRole, int(column.role));
        item->setData(DatasetTableModel::ColumnTypeRole, int(column.type));
    }
    m_rows->horizontalHeader()->viewport()->update();
}

void ImportDialog::setColumnName(int column, const QString &name)
{
    if (column < 0 || column >= m_preview.columns.size())
        return;
    m_preview.columns[column].name = name.trimmed().isEmpty() ? m_preview.columns[column].sourceName : name.trimmed();
    m_columns->setName(column, m_preview.columns[column].name);
    updatePreviewHeader();
}

void ImportDialog::setColumnRole(int column, ColumnRole role)
{
    if (column < 0 || column >= m_preview.columns.size())
        return;
    m_preview.columns[column].role = role;
    m_columns->setRole(column, role);
    updatePreviewHeader();
}

void ImportDialog::setColumnType(int column, ColumnType type)
{
    if (column < 0 || column >= m_preview.columns.size())
        return;
    m_preview.columns[column].type = type;
    m_columns->setType(column, type);
    updatePreviewHeader();
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_import->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_format, m_name, m_columns})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

bool ImportDialog::startImport()
{
    if (isImporting())
        return false;
    if (m_preview.columns.isEmpty() || m_preview.error) {
        setError(m_preview.error ? m_preview.error.toString() : tr("Choose a file with at least one column."));
        return false;
    }
    const QString name = datasetName();
    if (name.isEmpty() || DatasetStore(m_db).find(name)) {
        setError(name.isEmpty() ? tr("Give the dataset a name.") : tr("There is already a dataset named “%1”.").arg(name));
        return false;
    }
    setError({});
    ImportOptions options;
    options.format = format();
    options.name = name;
    options.overrides = m_preview.overrides();
    const qint64 size = std::max<qint64>(1, QFileInfo(file()).size());
    *m_cancelFlag = false;
    const auto cancel = m_cancelFlag;
    // Progress arrives on the pool thread: post it, at most once per permille.
    auto last = std::make_shared<int>(-1);
    options.progress = [this, cancel, size, last](qint64 bytes) {
        const int permille = int(std::min<qint64>(1000, bytes * 1000 / size));
        if (permille != *last) {
            *last = permille;
            QMetaObject::invokeMethod(this, [this, permille] { m_progress->setValue(permille); }, Qt::QueuedConnection);
        }
        return !*cancel;
    };
    const QString path = file();
    const QString dbPath = m_db.path();
    m_progress->setValue(0);
    m_importing = true;
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([path, dbPath, options]() {
        auto outcome = std::make_shared<Outcome>();
        Database db;   // this thread's own connection; WAL lets the GUI keep reading
        try {
            db.open(dbPath, Database::Mode::ReadWrite, 10000);
        } catch (const SqlError &e) {
            outcome->error.fileName = QFileInfo(path).fileName();
            outcome->error.message = e.message();
            return outcome;
        }
        outcome->result = DatasetImporter::importFile(db, path, options, &outcome->error);
        return outcome;
    }));
    return true;
}

void ImportDialog::reject()
{
    if (m_importing) {   // Esc or the window's close button while importing: cancel first
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::cancelImport()
{
    *m_cancelFlag = true;
    m_cancel->setEnabled(false);
}

void ImportDialog::finishImport()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    m_importing = false;
    setBusy(false);
    if (!outcome || !outcome->result) {
        setError(*m_cancelFlag ? tr("Import cancelled; nothing was stored.")
                               : outcome ? outcome->error.toString() : tr("The import failed."));
        return;
    }
    Q_EMIT imported(outcome->result->datasetId, datasetName());
    accept();
}

} // namespace lathe
