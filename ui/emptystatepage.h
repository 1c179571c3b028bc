#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace lathe {

class HttpClient;
class LocalServerProbe;

// The welcome page, shown while no workspace is open: what a workspace is, New, Open and Open
// Demo, the recent workspaces, and which local model servers (Ollama, llama.cpp, LM Studio)
// answer on this computer. Says what to do next in every state.
//
// Open Demo never opens the shipped demo itself: openDemo() copies it (DemoWorkspace) and
// emits demoChosen() with the copy, which the window opens like any file. The File menu's
// "Open Demo" action calls openDemo() too.
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

    // The demo workspace Open Demo copies; default DemoWorkspace::builtPath(). An empty or
    // missing path disables the button and says why.
    void setDemoSource(const QString &path);
    QString demoSource() const { return m_demoSource; }
    // Where copies go; empty (the default) = the user's cache folder.
    void setDemoCopyFolder(const QString &folder) { m_demoCopyFolder = folder; }
    QPushButton *demoButton() const { return m_demoButton; }
    QString demoText() const;

public Q_SLOTS:
    // Copies the demo and emits demoChosen(copy), or demoUnavailable(why).
    void openDemo();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentChosen(const QString &path);
    // A fresh, writable copy of the demo workspace to open.
    void demoChosen(const QString &path);
    // The demo could not be copied; `message` says why and is fit to show.
    void demoUnavailable(const QString &message);
    // Emitted when a server probe finished (for tests and status).
    void serversDetected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showServers();
    void updateDemoState();

    QListWidget *m_recent;
    QLabel *m_recentHint;
    QLabel *m_servers;
    QPushButton *m_detect;
    QPushButton *m_demoButton;
    QLabel *m_demoHint;
    QString m_demoSource;
    QString m_demoCopyFolder;
    std::unique_ptr<HttpClient> m_http;
    LocalServerProbe *m_probe = nullptr;
    bool m_probed = false;
};

} // namespace lathe
