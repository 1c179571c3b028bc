#include "datasetcommands.h"

#include "dataset/datasettablemodel.h"

#include <QCoreApplication>

namespace lathe {

namespace {

template<typename Map, typename Key>
Key follow(const Map &map, Key key)
{
    for (int hops = 0; hops < 1000; ++hops) {   // chains are short; the bound guards a cycle
        const auto it = map.find(key);
        if (it == map.end() || *it == key)
            break;
        key = *it;
    }
    return key;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCommand)
};

} // namespace

qint64 DatasetUndoContext::row(qint64 id) const
{
    return follow(m_rows, id);
}

QString DatasetUndoContext::column(const QString &key) const
{
    return follow(m_columns, key);
}

void DatasetUndoContext::mapRow(qint64 from, qint64 to)
{
    if (from != to)
        m_rows.insert(from, to);
}

void DatasetUndoContext::mapColumn(const QString &from, const QString &to)
{
    if (from != to)
        m_columns.insert(from, to);
}

void DatasetCommand::check(bool ok, const QString &message)
{
    if (ok)
        return;
    m_context.report(message);
    setObsolete(true);
}

SetCellCommand::SetCellCommand(DatasetUndoContext &context, qint64 rowId, const QString &key,
                               const QJsonValue &before, const QJsonValue &after)
    : DatasetCommand(context, Tr::tr("Edit Cell"))
    , m_rowId(rowId)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
}

void SetCellCommand::apply(const QJsonValue &value)
{
    WorkspaceError error;
    const qint64 row = m_context.row(m_rowId);
    const auto edit = m_context.model().setCell(row, m_context.column(m_key), value, &error);
    if (edit)
        m_context.mapRow(row, edit->rowId);
    check(edit.has_value(), error.message);
}

SetTagsCommand::SetTagsCommand(DatasetUndoContext &context, qint64 rowId, const QStringList &before,
                               const QStringList &after)
    : DatasetCommand(context, Tr::tr("Edit Tags"))
    , m_rowId(rowId)
    , m_before(before)
    , m_after(after)
{
}

void SetTagsCommand::apply(const QStringList &tags)
{
    WorkspaceError error;
    const qint64 row = m_context.row(m_rowId);
    const auto edit = m_context.model().setRowTags(row, tags, &error);
    if (edit)
        m_context.mapRow(row, edit->rowId);
    check(edit.has_value(), error.message);
}

RowsCommand::RowsCommand(DatasetUndoContext &context, const QList<DatasetRow> &rows, bool add)
    : DatasetCommand(context, add ? Tr::tr("Add Row") : Tr::tr("Delete %n Row(s)", nullptr, int(rows.size())))
    , m_rows(rows)
    , m_add(add)
{
}

void RowsCommand::addRows()
{
    for (DatasetRow &row : m_rows) {
        WorkspaceError error;
        const auto edit = m_context.model().editRows(
            [&](DatasetEditor &e) { return e.addRow(row.data, row.tags, &error); }, &error);
        if (!edit) {
            check(false, error.message);
            return;
        }
        if (row.id == 0)
            row.id = edit->rowId;
        else
            m_context.mapRow(m_context.row(row.id), edit->rowId);
    }
}

void RowsCommand::deleteRows()
{
    QList<qint64> ids;
    for (const DatasetRow &row : std::as_const(m_rows))
        ids.append(m_context.row(row.id));
    WorkspaceError error;
    const auto edit = m_context.model().editRows([&](DatasetEditor &e) { return e.deleteRows(ids, &error); }, &error);
    check(edit.has_value(), error.message);
}

ColumnCommand::ColumnCommand(DatasetUndoContext &context, const DatasetColumn &column, bool add,
                             const QList<QPair<qint64, QJsonValue>> &values)
    : DatasetCommand(context, add ? Tr::tr("Add Column “%1”").arg(column.name)
                                  : Tr::tr("Delete Column “%1”").arg(column.name))
    , m_column(column)
    , m_values(values)
    , m_add(add)
{
    if (add)
        m_column.key.clear();
}

void ColumnCommand::addColumn()
{
    WorkspaceError error;
    const auto edit = m_context.model().editColumns(
        [&](DatasetEditor &e) { return e.addColumn(m_column.name, m_column.role, m_column.type, &error); }, &error);
    if (!edit) {
        check(false, error.message);
        return;
    }
    if (m_column.key.isEmpty())
        m_column.key = edit->columnKey;
    else
        m_context.mapColumn(m_context.column(m_column.key), edit->columnKey);
    for (const auto &[rowId, value] : std::as_const(m_values)) {
        const qint64 row = m_context.row(rowId);
        const auto cell = m_context.model().setCell(row, edit->columnKey, value, &error);
        if (!cell) {
            check(false, error.message);
            return;
        }
        m_context.mapRow(row, cell->rowId);
    }
}

void ColumnCommand::deleteColumn()
{
    WorkspaceError error;
    const QString key = m_context.column(m_column.key);
    const auto edit = m_context.model().editColumns([&](DatasetEditor &e) { return e.deleteColumn(key, &error); },
                                                    &error);
    check(edit.has_value(), error.message);
}

ColumnPropertyCommand::ColumnPropertyCommand(DatasetUndoContext &context, const QString &key,
                                             const DatasetColumn &before, const DatasetColumn &after)
    : DatasetCommand(context, before.name != after.name ? Tr::tr("Rename Column “%1”").arg(before.name)
                              : before.role != after.role ? Tr::tr("Change Role of “%1”").arg(before.name)
                                                          : Tr::tr("Change Type of “%1”").arg(before.name))
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
}

void ColumnPropertyCommand::apply(const DatasetColumn &to)
{
    WorkspaceError error;
    const QString key = m_context.column(m_key);
    const auto edit = m_context.model().editColumns([&](DatasetEditor &e) {
        if (m_before.name != m_after.name)
            return e.renameColumn(key, to.name, &error);
        if (m_before.role != m_after.role)
            return e.setColumnRole(key, to.role, &error);
        return e.setColumnType(key, to.type, &error);
    }, &error);
    check(edit.has_value(), error.message);
}

} // namespace lathe
