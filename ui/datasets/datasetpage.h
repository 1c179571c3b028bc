#pragma once

#include "workspace/datasetcolumn.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QUndoStack;

namespace lathe {

class Database;
class DatasetDelegate;
class DatasetScorerActions;
class DatasetTableModel;
class DatasetToolBar;
class DatasetUndoContext;

// One dataset in a tab: a table of one version that reads rows on demand (so a dataset of any
// size opens at once), with a toolbar to pick the version, filter by tag, search (matches
// highlighted), add and delete rows and columns, and undo/redo. Column names, roles and types
// are changed from the header's context menu; clicking a header sorts.
//
// Every edit is an undoable command on the page's stack and goes to the dataset's newest
// version; older versions are shown read-only. Switching versions clears the stack.
class DatasetPage final : public QWidget
{
    Q_OBJECT
public:
    // A deleted column can be undone while at most this many rows hold a value in it.
    static constexpr int kUndoableColumnValues = 20000;
    // Rows deleted at once; they must be loaded (the view has shown them).
    static constexpr int kMaxDeleteRows = 10000;

    DatasetPage(Database &db, qint64 datasetId, QWidget *parent = nullptr);
    ~DatasetPage() override;

    qint64 datasetId() const { return m_datasetId; }
    QString title() const { return m_title; }
    DatasetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DatasetDelegate *delegate() const { return m_delegate; }
    QUndoStack *undoStack() const { return m_undo; }
    // What the page's undo commands share (for commands other tools push on undoStack()).
    DatasetUndoContext *undoContext() const { return m_context.get(); }
    // "Scorers…" in the toolbar and "Row Scorers…" in the table's context menu.
    DatasetScorerActions *scorerActions() const { return m_scorerActions; }
    DatasetToolBar *toolBar() const { return m_toolBar; }
    QComboBox *versionCombo() const;
    QComboBox *tagCombo() const;
    QLineEdit *searchEdit() const;
    QString statusText() const;
    QString messageText() const;

    // What the delegate does when the user finishes editing a cell: parse the text for the
    // cell's column and push the edit as an undoable command. False (and a message) when the
    // text is refused.
    bool commitCell(const QModelIndex &index, const QString &text);
    void addRow();
    bool deleteSelectedRows();
    bool addColumn(const QString &name, ColumnRole role = ColumnRole::Variable, ColumnType type = ColumnType::Text);
    bool renameColumn(int column, const QString &name);
    bool setColumnRole(int column, ColumnRole role);
    bool setColumnType(int column, ColumnType type);
    // Deletes a column as an undoable command; a column with more than kUndoableColumnValues
    // values is deleted only after the user confirms that it cannot be undone.
    bool deleteColumn(int column);
    void showVersion(int number);
    // Shows the newest version again, e.g. after another tool created one.
    void reload();
    // reload() when the page shows what was the newest version and there is a newer one now.
    void reloadIfChanged();

Q_SIGNALS:
    // The dataset has a new version (an edit to a frozen version made one).
    void versionsChanged(qint64 datasetId);

private:
    void buildActions();
    void reloadVersions();
    void updateState();
    void showMessage(const QString &message);
    void askColumnName(const QString &title, const QString &initial, const std::function<void(QString)> &done);
    void fitColumns();
    bool pushColumnChange(int column, const DatasetColumn &after);

    Database &m_db;
    qint64 m_datasetId;
    QString m_title;
    DatasetTableModel *m_model;
    QTableView *m_view;
    DatasetDelegate *m_delegate;
    QUndoStack *m_undo;
    std::unique_ptr<DatasetUndoContext> m_context;
    DatasetToolBar *m_toolBar;
    DatasetScorerActions *m_scorerActions = nullptr;
    QLabel *m_status;
    QLabel *m_message;
    QList<QAction *> m_editActions;
    bool m_columnsFitted = false;
    bool m_scrollToEnd = false;
};

} // namespace lathe
