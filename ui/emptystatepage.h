#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace lathe {

class HttpClient;
class LocalServerProbe;

// The welcome page, shown while no workspace is open: what a workspace is, New and Open,
// the recent workspaces, and which local model servers (Ollama, llama.cpp, LM Studio) answer
// on this computer. Says what to do next in every state.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);
    ~EmptyStatePage() override;

    // Re-reads the recent workspaces list (missing files are shown greyed out).
    void refreshRecent();
    // Probes for local model servers; `candidates` empty = the default ports.
    void detectServers();
    QListWidget *recentList() const { return m_recent; }
    QString serversText() const;

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentChosen(const QString &path);
    // Emitted when a server probe finished (for tests and status).
    void serversDetected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showServers();

    QListWidget *m_recent;
    QLabel *m_recentHint;
    QLabel *m_servers;
    QPushButton *m_detect;
    std::unique_ptr<HttpClient> m_http;
    LocalServerProbe *m_probe = nullptr;
    bool m_probed = false;
};

} // namespace lathe
