#include "dataseteditor.h"

#include "database.h"
#include "datasetsupport.h"
#include "statement.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {

using datasetsupport::Tr;

namespace {

// A refused edit (unknown row, duplicate name...); unwinds to edit(), which rolls back.
struct EditRefused
{
    WorkspaceError::Code code;
    QString message;
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray tagsJson(const QStringList &tags)
{
    QJsonArray a;
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !a.contains(tag))
            a.append(tag);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<DatasetEdit> DatasetEditor::edit(WorkspaceError *error,
                                               const std::function<void(DatasetEdit &)> &body)
{
    try {
        Transaction tx(m_db);
        DatasetEdit e;
        makeHeadWritable(e);
        body(e);
        tx.commit();
        return e;
    } catch (const SqlError &ex) {
        if (error)
            *error = datasetsupport::fromSqlError(ex, m_db);
    } catch (const EditRefused &refused) {
        datasetsupport::setError(error, refused.code, m_db, refused.message);
    }
    return std::nullopt;
}

void DatasetEditor::makeHeadWritable(DatasetEdit &e)
{
    Statement head(m_db, "SELECT id, number, frozen FROM dataset_versions WHERE dataset_id = ?"
                         " ORDER BY number DESC LIMIT 1");
    head.bind(1, m_datasetId);
    if (!head.step())
        throw EditRefused{WorkspaceError::NotFound, Tr::tr("There is no dataset with id %1.").arg(m_datasetId)};
    e.versionId = head.columnInt64(0);
    e.versionNumber = head.columnInt(1);
    if (head.columnInt(2) == 0)
        return;
    const qint64 parent = e.versionId;
    Statement create(m_db, "INSERT INTO dataset_versions (dataset_id, number, parent_id, message, created_at)"
                           " VALUES (?, ?, ?, ?, ?)");
    create.bind(1, m_datasetId).bind(2, e.versionNumber + 1).bind(3, parent)
        .bind(4, Tr::tr("Edited from version %1").arg(e.versionNumber)).bind(5, Workspace::nowUtc()).exec();
    e.versionId = m_db.lastInsertId();
    e.versionNumber += 1;
    e.createdVersion = true;
    Statement cols(m_db, "INSERT INTO dataset_columns (version_id, position, key, name, role, type)"
                         " SELECT ?1, position, key, name, role, type FROM dataset_columns WHERE version_id = ?2");
    cols.bind(1, e.versionId).bind(2, parent).exec();
    Statement rows(m_db, "INSERT INTO dataset_version_rows (version_id, position, row_id)"
                         " SELECT ?1, position, row_id FROM dataset_version_rows WHERE version_id = ?2");
    rows.bind(1, e.versionId).bind(2, parent).exec();
}

qint64 DatasetEditor::ownRow(const DatasetEdit &e, qint64 rowId)
{
    Statement member(m_db, "SELECT position FROM dataset_version_rows WHERE version_id = ? AND row_id = ?");
    member.bind(1, e.versionId).bind(2, rowId);
    if (!member.step())
        throw EditRefused{WorkspaceError::NotFound,
                          Tr::tr("Row %1 is not in version %2 of the dataset.").arg(rowId).arg(e.versionNumber)};
    Statement shared(m_db, "SELECT EXISTS (SELECT 1 FROM dataset_version_rows WHERE row_id = ?1 AND version_id <> ?2)"
                           " OR EXISTS (SELECT 1 FROM run_cases WHERE row_id = ?1)");
    shared.bind(1, rowId).bind(2, e.versionId);
    if (!shared.step() || shared.columnInt(0) == 0)
        return rowId;
    Statement copy(m_db, "INSERT INTO dataset_rows (data, tags, scorers) SELECT data, tags, scorers"
                         " FROM dataset_rows WHERE id = ?");
    copy.bind(1, rowId).exec();
    const qint64 copyId = m_db.lastInsertId();
    Statement repoint(m_db, "UPDATE dataset_version_rows SET row_id = ? WHERE version_id = ? AND row_id = ?");
    repoint.bind(1, copyId).bind(2, e.versionId).bind(3, rowId).exec();
    return copyId;
}

void DatasetEditor::requireColumn(const DatasetEdit &e, const QString &key)
{
    Statement st(m_db, "SELECT 1 FROM dataset_columns WHERE version_id = ? AND key = ?");
    st.bind(1, e.versionId).bind(2, key);
    if (!st.step())
        throw EditRefused{WorkspaceError::NotFound, Tr::tr("The dataset has no column with key “%1”.").arg(key)};
}

void DatasetEditor::requireFreeName(const DatasetEdit &e, const QString &name, const QString &exceptKey)
{
    if (name.trimmed().isEmpty())
        throw EditRefused{WorkspaceError::Database, Tr::tr("A column name cannot be empty.")};
    Statement st(m_db, "SELECT 1 FROM dataset_columns WHERE version_id = ? AND name = ? AND key <> ?");
    st.bind(1, e.versionId).bind(2, name).bind(3, exceptKey);
    if (st.step())
        throw EditRefused{WorkspaceError::AlreadyExists, Tr::tr("There is already a column named “%1”.").arg(name)};
}

QString DatasetEditor::nextColumnKey()
{
    // Keys are "c<N>"; the next one is above every key any version of this dataset ever used
    // (old versions keep the keys of columns the head deleted).
    Statement st(m_db, "SELECT c.key FROM dataset_columns c JOIN dataset_versions v ON v.id = c.version_id"
                       " WHERE v.dataset_id = ?");
    st.bind(1, m_datasetId);
    qint64 highest = 0;
    while (st.step()) {
        const QString key = st.columnText(0);
        bool ok = false;
        const qint64 n = key.startsWith(u'c') ? key.mid(1).toLongLong(&ok) : 0;
        if (ok)
            highest = std::max(highest, n);
    }
    return u'c' + QString::number(highest + 1);
}

std::optional<DatasetEdit> DatasetEditor::setCell(qint64 rowId, const QString &columnKey, const QJsonValue &value,
                                                  WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireColumn(e, columnKey);
        e.rowId = ownRow(e, rowId);
        e.columnKey = columnKey;
        Statement read(m_db, "SELECT data FROM dataset_rows WHERE id = ?");
        read.bind(1, e.rowId);
        read.step();
        QJsonObject data = QJsonDocument::fromJson(read.columnBlob(0)).object();
        if (value.isUndefined())
            data.remove(columnKey);
        else
            data.insert(columnKey, value);
        Statement write(m_db, "UPDATE dataset_rows SET data = CAST(? AS TEXT) WHERE id = ?");
        write.bind(1, compact(data)).bind(2, e.rowId).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::addRow(const QJsonObject &data, const QStringList &tags,
                                                 WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        Statement insert(m_db, "INSERT INTO dataset_rows (data, tags) VALUES (CAST(? AS TEXT), CAST(? AS TEXT))");
        insert.bind(1, compact(data)).bind(2, tagsJson(tags)).exec();
        e.rowId = m_db.lastInsertId();
        Statement member(m_db, "INSERT INTO dataset_version_rows (version_id, position, row_id)"
                               " SELECT ?1, coalesce(max(position), 0) + 1, ?2 FROM dataset_version_rows"
                               " WHERE version_id = ?1");
        member.bind(1, e.versionId).bind(2, e.rowId).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::deleteRows(const QList<qint64> &rowIds, WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        Statement remove(m_db, "DELETE FROM dataset_version_rows WHERE version_id = ? AND row_id = ?");
        Statement sweep(m_db, "DELETE FROM dataset_rows WHERE id = ?1"
                              " AND NOT EXISTS (SELECT 1 FROM dataset_version_rows WHERE row_id = ?1)"
                              " AND NOT EXISTS (SELECT 1 FROM run_cases WHERE row_id = ?1)");
        for (qint64 id : rowIds) {
            remove.bind(1, e.versionId).bind(2, id);
            remove.exec();
            if (m_db.changes() == 0)
                throw EditRefused{WorkspaceError::NotFound,
                                  Tr::tr("Row %1 is not in version %2 of the dataset.").arg(id).arg(e.versionNumber)};
            sweep.bind(1, id);
            sweep.exec();
        }
    });
}

std::optional<DatasetEdit> DatasetEditor::setRowTags(qint64 rowId, const QStringList &tags, WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        e.rowId = ownRow(e, rowId);
        Statement write(m_db, "UPDATE dataset_rows SET tags = CAST(? AS TEXT) WHERE id = ?");
        write.bind(1, tagsJson(tags)).bind(2, e.rowId).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::addColumn(const QString &name, ColumnRole role, ColumnType type,
                                                    WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireFreeName(e, name, {});
        e.columnKey = nextColumnKey();
        Statement insert(m_db, "INSERT INTO dataset_columns (version_id, position, key, name, role, type)"
                               " SELECT ?1, coalesce(max(position), 0) + 1, ?2, ?3, ?4, ?5 FROM dataset_columns"
                               " WHERE version_id = ?1");
        insert.bind(1, e.versionId).bind(2, e.columnKey).bind(3, name)
            .bind(4, DatasetColumn::roleName(role)).bind(5, DatasetColumn::typeName(type)).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::renameColumn(const QString &key, const QString &newName,
                                                       WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireColumn(e, key);
        requireFreeName(e, newName, key);
        e.columnKey = key;
        Statement st(m_db, "UPDATE dataset_columns SET name = ? WHERE version_id = ? AND key = ?");
        st.bind(1, newName).bind(2, e.versionId).bind(3, key).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::deleteColumn(const QString &key, WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireColumn(e, key);
        e.columnKey = key;
        Statement st(m_db, "DELETE FROM dataset_columns WHERE version_id = ? AND key = ?");
        st.bind(1, e.versionId).bind(2, key).exec();
        // Rows the head alone holds drop the value; shared rows keep it for their other holders.
        Statement strip(m_db, "UPDATE dataset_rows SET data = json_remove(data, '$.\"' || ?2 || '\"')"
                              " WHERE id IN (SELECT row_id FROM dataset_version_rows WHERE version_id = ?1)"
                              "   AND NOT EXISTS (SELECT 1 FROM dataset_version_rows o"
                              "                   WHERE o.row_id = dataset_rows.id AND o.version_id <> ?1)"
                              "   AND NOT EXISTS (SELECT 1 FROM run_cases c WHERE c.row_id = dataset_rows.id)");
        strip.bind(1, e.versionId).bind(2, key).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::setColumnRole(const QString &key, ColumnRole role, WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireColumn(e, key);
        e.columnKey = key;
        Statement st(m_db, "UPDATE dataset_columns SET role = ? WHERE version_id = ? AND key = ?");
        st.bind(1, DatasetColumn::roleName(role)).bind(2, e.versionId).bind(3, key).exec();
    });
}

std::optional<DatasetEdit> DatasetEditor::setColumnType(const QString &key, ColumnType type, WorkspaceError *error)
{
    return edit(error, [&](DatasetEdit &e) {
        requireColumn(e, key);
        e.columnKey = key;
        Statement st(m_db, "UPDATE dataset_columns SET type = ? WHERE version_id = ? AND key = ?");
        st.bind(1, DatasetColumn::typeName(type)).bind(2, e.versionId).bind(3, key).exec();
    });
}

} // namespace lathe
