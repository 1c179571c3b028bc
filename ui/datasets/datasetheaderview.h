#pragma once

#include "workspace/datasetcolumn.h"

#include <QHeaderView>

#include <functional>

namespace lathe {

// The column header of a dataset table: each section shows the column name and, in a band
// below it coloured by role, the column's role (variable, expected, metadata, ignored) and a
// type mark for number and JSON columns. Its context menu asks to rename a column, change its
// role or type, or delete it (the owner does it); the entries are disabled while `editable`
// says no. The Tags column has no menu.
class DatasetHeaderView final : public QHeaderView
{
    Q_OBJECT
public:
    explicit DatasetHeaderView(QWidget *parent = nullptr);

    static QColor roleColor(int role);   // int(ColumnRole); -1 for the Tags column
    void setEditable(const std::function<bool()> &editable) { m_editable = editable; }
    // The menu for section `column`, as the context menu shows it (nullptr for Tags).
    QMenu *createMenu(int column);

Q_SIGNALS:
    void renameRequested(int column);
    void roleRequested(int column, lathe::ColumnRole role);
    void typeRequested(int column, lathe::ColumnType type);
    void deleteRequested(int column);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int bandHeight() const;

    std::function<bool()> m_editable;
};

} // namespace lathe
