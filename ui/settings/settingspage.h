#pragma once

#include <QWidget>

namespace lathe {

// One page of the settings dialog. The page edits a copy: load() fills its fields from the
// stored values, validate() checks them, apply() stores them. Nothing is stored before
// apply(), so Cancel only has to close the dialog.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The title in the dialog's page list.
    virtual QString title() const = 0;
    // Fills the fields from the stored values and clears the modified state.
    virtual void load() = 0;
    // Empty when every field is acceptable; otherwise a message naming the first bad field
    // (and that field gets the focus).
    virtual QString validate() = 0;
    // Stores the fields. Called only after validate() passed; false with *error when storing
    // failed (e.g. a read-only workspace).
    virtual bool apply(QString *error) = 0;

Q_SIGNALS:
    // A field was edited by the user.
    void modified();
};

} // namespace lathe
