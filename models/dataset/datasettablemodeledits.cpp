// DatasetTableModel, second half: edits (setData and the DatasetEditor calls), and following
// their outcome in the cache, the columns and the version shown.
#include "datasettablemodel.h"

#include "datasetcelltext.h"

#include "workspace/database.h"

namespace lathe {

bool DatasetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const DatasetRow *row = m_cache.row(index.row());
    if (!row || !isEditable())
        return false;
    WorkspaceError error;
    if (index.column() == tagsColumn()) {
        QStringList tags = value.typeId() == QMetaType::QStringList
            ? value.toStringList()
            : value.toString().split(u',', Qt::SkipEmptyParts);
        for (QString &t : tags)
            t = t.trimmed();
        if (setRowTags(row->id, tags, &error))
            return true;
    } else {
        const DatasetColumn &column = m_columns.at(index.column());
        std::optional<QJsonValue> json;
        QString message;
        if (value.typeId() == QMetaType::QJsonValue)
            json = value.toJsonValue();
        else
            json = DatasetCellText::parse(value.toString(), column.type,
                                          DatasetCellText::isStructured(row->data.value(column.key), column.type),
                                          &message);
        if (!json) {
            Q_EMIT errorOccurred(message);
            return false;
        }
        if (setCell(row->id, column.key, *json, &error))
            return true;
    }
    Q_EMIT errorOccurred(error.message);
    return false;
}

bool DatasetTableModel::refuseReadOnly(WorkspaceError *error) const
{
    if (m_db && isEditable())
        return false;
    if (error) {
        const QString why = !m_db ? tr("No dataset is open.")
            : m_readOnly          ? tr("The workspace is read-only.")
                                  : tr("Version %1 is not the newest version; only the newest can be edited.")
                                        .arg(m_versionNumber);
        *error = WorkspaceError::make(WorkspaceError::Database, m_db ? m_db->path() : QString(), why);
    }
    return true;
}

std::optional<DatasetEdit> DatasetTableModel::runEdit(WorkspaceError *error, bool refreshRows, bool columns,
                                                      const EditCall &call)
{
    if (refuseReadOnly(error))
        return std::nullopt;
    // Another tool (or process) may have made a newer version since this one was shown.
    if (const auto head = DatasetWindowQuery::findVersion(*m_db, m_datasetId, 0); head && head->id != m_spec.versionId) {
        if (error)
            *error = WorkspaceError::make(WorkspaceError::Database, m_db->path(),
                                          tr("The dataset has a newer version (%1); showing it now. Make the "
                                             "change again there.").arg(head->number));
        Q_EMIT staleVersion();
        return std::nullopt;
    }
    DatasetEditor editor(*m_db, m_datasetId);
    const std::optional<DatasetEdit> edit = call(editor);
    if (!edit)
        return edit;
    ++m_editSerial;   // windows read before this edit are stale
    if (edit->createdVersion) {
        m_spec.versionId = edit->versionId;
        m_versionNumber = edit->versionNumber;
        refreshRows = true;
    }
    if (columns)
        reloadColumns();
    if (refreshRows)
        refresh();
    if (edit->createdVersion)
        Q_EMIT versionChanged(m_versionNumber);
    return edit;
}

std::optional<DatasetEdit> DatasetTableModel::editRow(qint64 rowId, WorkspaceError *error,
                                                      const EditCall &call,
                                                      const std::function<void(DatasetRow &)> &change)
{
    bool copied = false;
    // A sorted view lists row ids, so a row copied on write (a new id) means reading it again.
    const auto edit = runEdit(error, false, false, [&](DatasetEditor &editor) {
        auto e = call(editor);
        if (!e)
            return e;
        copied = e->rowId != rowId;
        const int row = rowOfId(rowId);
        if (DatasetRow *cached = row >= 0 ? m_cache.row(row) : nullptr) {
            cached->id = e->rowId;
            change(*cached);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        return e;
    });
    if (edit && copied && !m_spec.sortKey.isEmpty() && !edit->createdVersion)
        refresh();
    return edit;
}

std::optional<DatasetEdit> DatasetTableModel::setCell(qint64 rowId, const QString &key, const QJsonValue &value,
                                                      WorkspaceError *error)
{
    return editRow(rowId, error, [&](DatasetEditor &e) { return e.setCell(rowId, key, value, error); },
                   [&](DatasetRow &r) {
                       if (value.isUndefined())
                           r.data.remove(key);
                       else
                           r.data.insert(key, value);
                   });
}

std::optional<DatasetEdit> DatasetTableModel::setRowTags(qint64 rowId, const QStringList &tags, WorkspaceError *error)
{
    auto edit = editRow(rowId, error, [&](DatasetEditor &e) { return e.setRowTags(rowId, tags, error); },
                        [&](DatasetRow &r) {
                            r.tags.clear();
                            for (const QString &t : tags) {
                                if (!t.trimmed().isEmpty() && !r.tags.contains(t.trimmed()))
                                    r.tags.append(t.trimmed());
                            }
                        });
    if (edit)
        requestTags();
    return edit;
}

std::optional<DatasetEdit> DatasetTableModel::editRows(const EditCall &call, WorkspaceError *error)
{
    auto edit = runEdit(error, true, false, call);
    if (edit)
        requestTags();
    return edit;
}

std::optional<DatasetEdit> DatasetTableModel::editColumns(const EditCall &call, WorkspaceError *error)
{
    const auto edit = runEdit(error, false, true, call);
    if (edit && !m_spec.sortKey.isEmpty() && columnOfKey(m_spec.sortKey) < 0) {
        m_spec.sortKey.clear();   // sorted by a column that is gone
        startGeneration(true);
    } else if (edit && !m_spec.search.isEmpty()) {
        refresh();   // search looks at the version's columns only
    }
    return edit;
}

void DatasetTableModel::reloadColumns()
{
    WorkspaceError error;
    const QList<DatasetColumn> fresh = DatasetStore(*m_db).columns(m_spec.versionId, &error);
    if (error) {
        Q_EMIT errorOccurred(error.message);
        return;
    }
    // Edits delete or append columns: remove the gone ones, insert the new ones, then take
    // the new names, roles and types. Anything else (a reorder) resets the model.
    const auto keysOf = [](const QList<DatasetColumn> &columns) {
        QStringList keys;
        for (const DatasetColumn &c : columns)
            keys.append(c.key);
        return keys;
    };
    const QStringList freshKeys = keysOf(fresh);
    for (int i = int(m_columns.size()) - 1; i >= 0; --i) {
        if (!freshKeys.contains(m_columns.at(i).key)) {
            beginRemoveColumns({}, i, i);
            m_columns.removeAt(i);
            endRemoveColumns();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (columnOfKey(fresh.at(i).key) < 0 && i <= m_columns.size()) {
            beginInsertColumns({}, i, i);
            m_columns.insert(i, fresh.at(i));
            endInsertColumns();
        }
    }
    if (keysOf(m_columns) != freshKeys) {
        beginResetModel();
        m_columns = fresh;
        endResetModel();
        return;
    }
    m_columns = fresh;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount - 1), columnCount() - 1));
}

} // namespace lathe
