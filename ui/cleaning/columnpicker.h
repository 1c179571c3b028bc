#pragma once

#include "workspace/datasetcolumn.h"

#include <QStringList>
#include <QToolButton>

namespace lathe {

// A drop-down of the dataset's columns with a tick for each; the button names the ticked
// ones. Emits changed() when the user ticks or unticks one.
class ColumnPicker final : public QToolButton
{
    Q_OBJECT
public:
    explicit ColumnPicker(QWidget *parent = nullptr);

    // Keeps the ticks of columns that still exist; `defaultKeys` are ticked on first use.
    void setColumns(const QList<DatasetColumn> &columns, const QStringList &defaultKeys);
    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList &keys);

Q_SIGNALS:
    void changed();

private:
    void updateText();

    QMenu *m_menu;
    bool m_initialised = false;
};

} // namespace lathe
