#pragma once

#include "providers/localserverprobe.h"
#include "providers/providerconfig.h"

#include <QGroupBox>
#include <QList>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;

namespace lathe {

class ChatClient;
class HttpClient;
class KeychainKeyResolver;
class ModelListCall;

// The provider dialog's model list with "Test connection" and "Detect local servers". The
// network work happens on HttpClient's network thread; answers come back through the event
// loop, so the dialog never waits. Keys are read ahead through the resolver (keychain).
class ProviderModelsBox final : public QGroupBox
{
    Q_OBJECT
public:
    // `http` and `keys` must outlive the box.
    ProviderModelsBox(HttpClient &http, KeychainKeyResolver &keys, QWidget *parent = nullptr);
    ~ProviderModelsBox() override;

    void setModels(const QStringList &models);
    QStringList models() const;
    QString statusText() const;
    QMenu *detectedMenu() const { return m_detectedMenu; }

    // Lists the models of `config` (key prefetched first); the models found join the list.
    // tested() follows; a new test abandons the previous one.
    void testConnection(const ProviderConfig &config);
    // Probes `candidates`; servers that answer become actions of detectedMenu(), which pops up
    // under the button. Choosing one emits serverChosen(). detected() follows.
    void detectLocalServers(const QList<LocalServerProbe::Candidate> &candidates = LocalServerProbe::defaultCandidates());

Q_SIGNALS:
    void testRequested();
    void tested(bool ok, const QString &message);
    void detected(int serverCount);
    void serverChosen(const lathe::LocalServerProbe::Server &server);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addModel(const QString &model);
    void finishTest(bool ok, const QString &message);
    void onListed(ModelListCall *call);

    HttpClient &m_http;
    KeychainKeyResolver &m_keys;
    QListWidget *m_list;
    QLineEdit *m_newModel;
    QPushButton *m_test;
    QPushButton *m_detect;
    QLabel *m_status;
    QMenu *m_detectedMenu;
    std::unique_ptr<ChatClient> m_client;
    ModelListCall *m_call = nullptr;
    LocalServerProbe *m_probe = nullptr;
    quint64 m_testGeneration = 0;
};

} // namespace lathe
