#pragma once

#include "workspace/providerstore.h"

#include <QList>
#include <QWidget>

#include <utility>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace lathe {

// The run dialog's choice of models: each provider with the models its settings list, as
// checkable items, plus a field to type a model the list lacks (added to the selected
// provider, checked). Every checked model becomes one column per chosen prompt version.
class ModelPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPicker(QWidget *parent = nullptr);

    void load(ProviderStore &store);
    // Checks `model` of provider `providerName`, adding it when the provider does not list it.
    bool check(const QString &providerName, const QString &model);
    // Checked (provider, model) pairs in list order.
    QList<std::pair<StoredProvider, QString>> checkedModels() const;
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void checkedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *addModel(QTreeWidgetItem *provider, const QString &model);

    QTreeWidget *m_tree;
    QLineEdit *m_typed;
    QList<StoredProvider> m_providers;   // index = top-level item index
};

} // namespace lathe
