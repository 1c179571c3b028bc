#include "columnpicker.h"

#include <QMenu>

namespace lathe {

ColumnPicker::ColumnPicker(QWidget *parent) : QToolButton(parent), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMinimumWidth(160);
}

void ColumnPicker::setColumns(const QList<DatasetColumn> &columns, const QStringList &defaultKeys)
{
    const QStringList previous = m_initialised ? checkedKeys() : defaultKeys;
    m_menu->clear();
    for (const DatasetColumn &c : columns) {
        QAction *a = m_menu->addAction(c.name);
        a->setCheckable(true);
        a->setData(c.key);
        a->setChecked(previous.contains(c.key));
        connect(a, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT changed();
        });
    }
    m_initialised = true;
    updateText();
}

QStringList ColumnPicker::checkedKeys() const
{
    QStringList keys;
    for (const QAction *a : m_menu->actions()) {
        if (a->isChecked())
            keys.append(a->data().toString());
    }
    return keys;
}

void ColumnPicker::setCheckedKeys(const QStringList &keys)
{
    for (QAction *a : m_menu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(keys.contains(a->data().toString()));
    }
    updateText();
    Q_EMIT changed();
}

void ColumnPicker::updateText()
{
    QStringList names;
    for (const QAction *a : m_menu->actions()) {
        if (a->isChecked())
            names.append(a->text());
    }
    setText(names.isEmpty() ? tr("No columns") : names.join(QStringLiteral(", ")));
}

} // namespace lathe
