#pragma once

#include "dataset/datasetformat.h"
#include "dataset/importpreview.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lathe {

class Database;
class ImportColumnsTable;
struct ImportResult;

// Imports a file as a new dataset. It previews the first kPreviewRows rows with the format
// detected (or chosen), guesses each column's role and type and lets the user rename columns
// and change roles and types, then imports on a pool thread through a connection of its own
// (the GUI stays responsive; a progress bar follows the bytes read; Cancel stops it and
// nothing is stored). Errors are shown as file:line:column. Open it with open(), not exec().
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50;

    // `db` is the GUI thread's connection: used to check names, and for the file's path.
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;   // cancels a running import and waits for it

    void setFile(const QString &path);
    QString file() const;
    // The format to read the file as; Auto detects it.
    void setFormat(DatasetFormat format);
    DatasetFormat format() const;
    void setDatasetName(const QString &name);
    QString datasetName() const;

    // The preview with the user's column changes applied.
    const ImportPreview &preview() const { return m_preview; }
    void setColumnName(int column, const QString &name);
    void setColumnRole(int column, ColumnRole role);
    void setColumnType(int column, ColumnType type);

    bool isImporting() const;
    QString errorText() const;
    ImportColumnsTable *columnsTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_rows; }
    QPushButton *importButton() const { return m_import; }

public Q_SLOTS:
    void browse();
    // Starts the import (the Import button); false with errorText() when it cannot start.
    bool startImport();
    void cancelImport();
    // While an import runs, cancels it and stays open (to show that nothing was stored).
    void reject() override;

Q_SIGNALS:
    // The dataset was stored; the dialog then closes.
    void imported(qint64 datasetId, const QString &name);

private:
    void readPreview();
    void fillTables();
    void updatePreviewHeader();
    void setError(const QString &text);
    void finishImport();
    void setBusy(bool busy);

    Database &m_db;
    QLineEdit *m_path;
    QComboBox *m_format;
    QLabel *m_detected;
    QLineEdit *m_name;
    ImportColumnsTable *m_columns;
    QTableWidget *m_rows;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    ImportPreview m_preview;
    bool m_nameEdited = false;
    bool m_importing = false;   // from startImport() until its outcome is shown

    struct Outcome;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace lathe
