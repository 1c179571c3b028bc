#pragma once

#include "datasetrowcache.h"

#include "workspace/datasetcolumn.h"
#include "workspace/dataseteditor.h"
#include "workspace/datasetstore.h"
#include "workspace/datasetwindowquery.h"
#include "workspace/workspaceerror.h"

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QList>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace lathe {

class Database;
class DatasetRowLoader;

// One version of a dataset as a table: one column per dataset column, then a Tags column.
// It never loads the whole dataset. Async contract:
//  - setVersion(), setTagFilter(), setSearchText() and sort() start a new generation of the
//    view. Until its row count arrives (rowCountChanged / loadingChanged), the model keeps its
//    old row count and shows placeholders; then it resets to the new count.
//  - data() for a row not in the cache returns kPlaceholder (and false for LoadedRole) and asks
//    the loader thread for the window of kWindowSize rows holding it; when it arrives,
//    dataChanged is emitted for that window. Answers for an older generation are dropped.
//  - The cache holds at most kCachedWindows windows (least recently used are dropped), so the
//    model never holds more than kCachedWindows * kWindowSize rows; maxRowsHeld() says how
//    many it ever held.
// Edits go through DatasetEditor on the GUI thread's connection, always to the dataset's head
// version: the model is read-only while it shows an older version or the workspace is
// read-only. An edit to a frozen head creates a new version, which the model then shows.
class DatasetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kWindowSize = 500;
    static constexpr int kCachedWindows = 5;
    static inline const QString kPlaceholder = QStringLiteral("…");

    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64 dataset_rows.id; 0 while not loaded
        LoadedRole,                   // bool: the row is in the cache
        JsonValueRole,                // the cell's QJsonValue (Undefined when absent)
        TagsRole,                     // QStringList of the row's tags
        ColumnKeyRole,                // header: the column's key (empty for Tags)
        ColumnRoleRole,               // header: int(ColumnRole)
        ColumnTypeRole,               // header: int(ColumnType)
    };

    explicit DatasetTableModel(QObject *parent = nullptr);
    ~DatasetTableModel() override;

    // Shows version `versionNumber` (0: the head) of a dataset. `db` is the GUI thread's
    // connection, used for columns and edits; rows are read through a connection of the
    // loader's own to the same file.
    bool setDataset(Database &db, qint64 datasetId, int versionNumber = 0, WorkspaceError *error = nullptr);
    bool setVersion(int versionNumber, WorkspaceError *error = nullptr);
    void setTagFilter(const QString &tag);
    void setSearchText(const QString &text);
    void setReadOnly(bool readOnly);   // e.g. the workspace is read-only

    qint64 datasetId() const { return m_datasetId; }
    qint64 versionId() const { return m_spec.versionId; }
    int versionNumber() const { return m_versionNumber; }
    bool isHead() const { return m_isHead; }
    bool isEditable() const { return m_isHead && !m_readOnly; }
    QString tagFilter() const { return m_spec.tag; }
    QString searchText() const { return m_spec.search; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    const QList<DatasetColumn> &columns() const { return m_columns; }
    int tagsColumn() const { return int(m_columns.size()); }
    int columnOfKey(const QString &key) const;

    // The distinct tags of the version shown, as last read (requestTags() reads them again in
    // the loader thread; tagsChanged follows).
    QStringList tags() const { return m_tags; }
    void requestTags();

    // Rows the cache holds now, and the most it ever held.
    qint64 rowsHeld() const { return m_cache.rowsHeld(); }
    qint64 maxRowsHeld() const { return m_cache.maxRowsHeld(); }

    // The loaded row at `row`, or nullptr while it is not in the cache.
    const DatasetRow *rowAt(int row) const;
    // The view row showing dataset row `rowId`, if it is in the cache; -1 otherwise.
    int rowOfId(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Edits of the head version; each is one transaction. nullopt with `error` set when refused.
    std::optional<DatasetEdit> setCell(qint64 rowId, const QString &key, const QJsonValue &value,
                                       WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> setRowTags(qint64 rowId, const QStringList &tags, WorkspaceError *error = nullptr);
    // Any other edit: `call` runs on an editor of the head, e.g.
    //   model.editRows([&](DatasetEditor &e) { return e.addRow(data, {}, &error); }, &error);
    // then the rows (editRows) or the columns (editColumns) are read again.
    using EditCall = std::function<std::optional<DatasetEdit>(DatasetEditor &)>;
    std::optional<DatasetEdit> editRows(const EditCall &call, WorkspaceError *error = nullptr);
    std::optional<DatasetEdit> editColumns(const EditCall &call, WorkspaceError *error = nullptr);

    // Reads the view again (after edits made elsewhere), keeping the rows shown until the new
    // ones arrive.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A new row count arrived (after a change of view or a refresh).
    void rowCountChanged(qint64 rows);
    // The model now shows another version: a different one was picked, or an edit to a frozen
    // head created one.
    void versionChanged(int number);
    void errorOccurred(const QString &message);
    // An edit was refused because the dataset has a newer version than the one shown (made
    // elsewhere): the owner should show the newest version.
    void staleVersion();
    void tagsChanged(const QStringList &tags);

private:
    void startGeneration(bool resetWhenReady);
    void onPrepared(quint64 generation, qint64 rows, const QString &error);
    void onWindowLoaded(quint64 generation, qint64 window, quint64 serial, const QList<DatasetRow> &rows);
    bool loadColumns(WorkspaceError *error);
    void reloadColumns();
    // Runs one DatasetEditor call on the head, then follows a new head version, re-reads the
    // columns and refreshes the rows as asked.
    std::optional<DatasetEdit> runEdit(WorkspaceError *error, bool refreshRows, bool columns,
                                       const EditCall &call);
    bool refuseReadOnly(WorkspaceError *error) const;
    // runEdit() for an edit of one row, applying `change` to the cached row as well.
    std::optional<DatasetEdit> editRow(qint64 rowId, WorkspaceError *error,
                                       const EditCall &call,
                                       const std::function<void(DatasetRow &)> &change);

    Database *m_db = nullptr;
    qint64 m_datasetId = 0;
    int m_versionNumber = 0;
    bool m_isHead = true;
    bool m_readOnly = false;
    DatasetViewSpec m_spec;
    QList<DatasetColumn> m_columns;

    QThread m_thread;
    std::unique_ptr<DatasetRowLoader> m_loader;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_resetWhenReady = false;
    qint64 m_rowCount = 0;
    QString m_error;
    QStringList m_tags;

    mutable DatasetRowCache m_cache;   // rows of m_generation only
    quint64 m_editSerial = 0;          // counts edits made through this model
};

} // namespace lathe
