#pragma once

#include <QDialog>

#include <memory>

class QPushButton;
class QTreeWidget;

namespace lathe {

class Database;
class HttpClient;
class KeychainKeyResolver;
class ProviderDialog;
class ProviderStore;

// Lists the workspace's providers with Add, Edit and Remove. Add and Edit open a
// ProviderDialog (window-modal, without a nested event loop); Remove asks first.
class ProvidersDialog final : public QDialog
{
    Q_OBJECT
public:
    // `db`, `http` and `keys` must outlive the dialog.
    ProvidersDialog(Database &db, HttpClient &http, KeychainKeyResolver &keys, QWidget *parent = nullptr);
    ~ProvidersDialog() override;

    QTreeWidget *list() const { return m_list; }
    void reload();

    // Opens the dialog for a new provider, or for the provider named `name`.
    ProviderDialog *addProvider();
    ProviderDialog *editProvider(const QString &name);
    // Asks for confirmation, then removes the provider named `name`.
    void removeProvider(const QString &name);

Q_SIGNALS:
    // Providers were added, changed or removed.
    void providersChanged();

private:
    QString currentName() const;
    ProviderDialog *openEditor();

    std::unique_ptr<ProviderStore> m_store;
    HttpClient &m_http;
    KeychainKeyResolver &m_keys;
    QTreeWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace lathe
