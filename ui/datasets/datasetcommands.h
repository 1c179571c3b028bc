#pragma once

#include "workspace/datasetcolumn.h"
#include "workspace/datasetstore.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace lathe {

class DatasetTableModel;

// What the undo commands of one dataset tab share: the model they edit through, where they
// report a refused step, and the ids of rows and columns as the commands first saw them
// mapped to the ids they have now. Undo and redo can give a row or column a new id: a deleted
// row comes back as a new row record, an edit of a shared row copies it, a deleted column
// comes back under a new key. Commands always resolve the ids they hold through the map.
class DatasetUndoContext final
{
public:
    DatasetUndoContext(DatasetTableModel &model, std::function<void(const QString &)> report)
        : m_model(model), m_report(std::move(report))
    {
    }

    DatasetTableModel &model() const { return m_model; }
    void report(const QString &message) const { m_report(message); }

    qint64 row(qint64 id) const;
    QString column(const QString &key) const;
    void mapRow(qint64 from, qint64 to);
    void mapColumn(const QString &from, const QString &to);

private:
    DatasetTableModel &m_model;
    std::function<void(const QString &)> m_report;
    QHash<qint64, qint64> m_rows;
    QHash<QString, QString> m_columns;
};

// Each command performs its edit in redo() (including the first, when pushed) and the inverse
// edit in undo(), each one DatasetEditor transaction. A step the editor refuses is reported
// and makes the command obsolete, so the stack drops it.
class DatasetCommand : public QUndoCommand
{
public:
    explicit DatasetCommand(DatasetUndoContext &context, const QString &text) : m_context(context) { setText(text); }

protected:
    // Reports and marks the command obsolete when `ok` is false.
    void check(bool ok, const QString &message);

    DatasetUndoContext &m_context;
};

class SetCellCommand final : public DatasetCommand
{
public:
    SetCellCommand(DatasetUndoContext &context, qint64 rowId, const QString &key, const QJsonValue &before,
                   const QJsonValue &after);
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QJsonValue &value);
    qint64 m_rowId;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

class SetTagsCommand final : public DatasetCommand
{
public:
    SetTagsCommand(DatasetUndoContext &context, qint64 rowId, const QStringList &before, const QStringList &after);
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QStringList &tags);
    qint64 m_rowId;
    QStringList m_before;
    QStringList m_after;
};

// Adds rows (redo) and deletes them again (undo); with `restore`, the reverse: deletes rows
// and undo adds them back (at the end of the version, as new row records).
class RowsCommand final : public DatasetCommand
{
public:
    RowsCommand(DatasetUndoContext &context, const QList<DatasetRow> &rows, bool add);
    void redo() override { m_add ? addRows() : deleteRows(); }
    void undo() override { m_add ? deleteRows() : addRows(); }

private:
    void addRows();
    void deleteRows();
    QList<DatasetRow> m_rows;   // ids as first seen (for added rows: 0 until first added)
    bool m_add;
};

// Adds a column (redo) and deletes it (undo); or, for a deleted column, the reverse, putting
// its values back on undo (the column comes back last).
class ColumnCommand final : public DatasetCommand
{
public:
    // Adding: `column.key` is ignored. Deleting: `values` are the column's (row id, value).
    ColumnCommand(DatasetUndoContext &context, const DatasetColumn &column, bool add,
                  const QList<QPair<qint64, QJsonValue>> &values = {});
    void redo() override { m_add ? addColumn() : deleteColumn(); }
    void undo() override { m_add ? deleteColumn() : addColumn(); }

private:
    void addColumn();
    void deleteColumn();
    DatasetColumn m_column;
    QList<QPair<qint64, QJsonValue>> m_values;
    bool m_add;
};

// Changes one property of a column: its name, role or type.
class ColumnPropertyCommand final : public DatasetCommand
{
public:
    ColumnPropertyCommand(DatasetUndoContext &context, const QString &key, const DatasetColumn &before,
                          const DatasetColumn &after);
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const DatasetColumn &to);
    QString m_key;
    DatasetColumn m_before;
    DatasetColumn m_after;
};

} // namespace lathe
