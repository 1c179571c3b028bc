#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QTabWidget;
class QUrl;
class QWidget;

namespace lathe {

class Database;
class DatasetPage;
class ImportDialog;
class Workspace;

// Opens datasets as tabs and carries out the Dataset menu: Import Dataset… and the import of
// dataset files dropped on the window it watches (watchDrops). An import opens the new
// dataset's tab when it finishes. Each dataset tab offers Clean… (the CleaningDialog).
class DatasetsController final : public QObject
{
    Q_OBJECT
public:
    DatasetsController(QTabWidget *tabs, QWidget *dialogParent, QObject *parent = nullptr);
    ~DatasetsController() override;

    // Tabs hold the workspace's connection: close them before the workspace changes.
    void setWorkspace(Workspace *workspace);
    QAction *importAction() const { return m_import; }

    // Opens (or focuses) the tab of a dataset.
    DatasetPage *openDataset(qint64 datasetId);
    // Shows the import dialog (not modal to the app: opened with open()), with `path`
    // already chosen when given. Returns the dialog, which deletes itself when closed.
    ImportDialog *importFile(const QString &path = {});
    ImportDialog *importDialog() const;

    // Hook for tools that work on one dataset in a dialog of their own (the cleaning dialog):
    // every dataset tab gets an action `text` in its toolbar that opens `makeDialog(db,
    // datasetId, parent)` (with open(); the dialog should delete itself on close). When the
    // dialog closes, the tab shows the newest version if the tool made one.
    using DatasetToolFactory = std::function<QDialog *(Database &db, qint64 datasetId, QWidget *parent)>;
    void addDatasetTool(const QString &text, const DatasetToolFactory &makeDialog);

    // Accept drops of dataset files (.csv .tsv .json .jsonl .yaml ...) on `window`.
    void watchDrops(QWidget *window);
    static bool isDatasetFile(const QUrl &url);

Q_SIGNALS:
    // Datasets were added or got new versions: the project tree should reload.
    void datasetsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addToolAction(DatasetPage *page, const QString &text, const DatasetToolFactory &makeDialog);

    QTabWidget *m_tabs;
    QWidget *m_dialogParent;
    Workspace *m_workspace = nullptr;
    QAction *m_import;
    QPointer<ImportDialog> m_dialog;
    QList<std::pair<QString, DatasetToolFactory>> m_tools;
};

} // namespace lathe
