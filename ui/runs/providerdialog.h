#pragma once

#include "workspace/providerstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lathe {

class HttpClient;
class KeychainKeyResolver;
class ProviderModelsBox;
struct ProviderConfig;

// Adds or edits one provider: name, kind, base URL (defaulting per kind), where the API key
// comes from (nothing, an environment variable, or an OS keychain entry), limits, timeouts,
// API version and the model list. OK validates and saves through ProviderStore; the dialog
// stays open showing what is wrong otherwise. The workspace only ever receives the key's
// *reference*; "Set key…" writes the key itself to the keychain.
class ProviderDialog final : public QDialog
{
    Q_OBJECT
public:
    // `store`, `http` and `keys` must outlive the dialog.
    ProviderDialog(ProviderStore &store, HttpClient &http, KeychainKeyResolver &keys, QWidget *parent = nullptr);
    ~ProviderDialog() override;

    // Edits `provider` (its name can no longer change). Without this call the dialog adds one.
    void setProvider(const StoredProvider &provider);
    // The provider as the fields describe it.
    StoredProvider provider() const;
    // The runtime configuration used for "Test connection".
    ProviderConfig runtimeConfig() const;

    ProviderModelsBox *modelsBox() const { return m_models; }
    QString errorText() const;

    // Asks for the key in a password field and writes it to the keychain entry named in the
    // dialog; keyStored() follows.
    void setKeyInteractively();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 providerId);
    void keyStored(bool ok, const QString &message);

private:
    void onKindChanged();
    void onKeySourceChanged();
    void setKeyRef(const QString &keyRef);
    QString keyRef() const;
    QString kindName() const;
    void showError(const QString &text);

    ProviderStore &m_store;
    KeychainKeyResolver &m_keys;
    StoredProvider m_original;
    bool m_editing = false;
    QString m_previousKind;

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiVersion;
    QLineEdit *m_deployment;
    QComboBox *m_keySource;
    QLineEdit *m_keyName;
    QPushButton *m_setKey;
    QSpinBox *m_maxConcurrent;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QSpinBox *m_attempts;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_totalTimeout;
    QSpinBox *m_idleTimeout;
    ProviderModelsBox *m_models;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace lathe
