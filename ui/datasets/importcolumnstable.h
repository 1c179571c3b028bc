#pragma once

#include "dataset/importpreview.h"

#include <QTableWidget>

namespace lathe {

// The column list of the import dialog: one row per column of the file, with its name in the
// file, the name it will get (editable), and combo boxes for its role and type. The setters
// never emit the signals; the user's changes do.
class ImportColumnsTable final : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { SourceColumn, NameColumn, RoleColumn, TypeColumn };

    explicit ImportColumnsTable(QWidget *parent = nullptr);

    void setColumns(const QList<ImportColumn> &columns);
    void setName(int column, const QString &name);
    void setRole(int column, ColumnRole role);
    void setType(int column, ColumnType type);

Q_SIGNALS:
    void nameEdited(int column, const QString &name);
    void roleChosen(int column, lathe::ColumnRole role);
    void typeChosen(int column, lathe::ColumnType type);

private:
    bool m_filling = false;
};

} // namespace lathe
