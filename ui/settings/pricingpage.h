#pragma once

#include "settingspage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace lathe {

class Workspace;

// Pricing: the open workspace's price table (PricingStore) as an editable table of model (name
// or glob), input and output price per million tokens, and currency. Edits, additions and
// removals (after a confirmation) are staged and stored on Apply/OK, each entry in its own
// transaction; a renamed model is removed under its old name.
class PricingPage final : public SettingsPage
{
    Q_OBJECT
public:
    enum Column { ModelColumn, InputColumn, OutputColumn, CurrencyColumn, ColumnCount };

    explicit PricingPage(QWidget *parent = nullptr);

    // `workspace` may be null and must outlive the page. Read-only workspaces show the table
    // without editing.
    void setWorkspace(Workspace *workspace);

    QString title() const override;
    void load() override;
    QString validate() override;
    bool apply(QString *error) override;

    QTableWidget *table() const { return m_table; }
    // Appends an empty entry and starts editing its model name.
    void addEntry();
    // Asks for confirmation (a window-modal message box named "confirmRemovePrice"), then
    // removes the selected entry from the table.
    void removeSelected();

private:
    void updateButtons();

    Workspace *m_workspace = nullptr;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_loadedModels;
};

} // namespace lathe
