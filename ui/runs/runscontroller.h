#pragma once

#include "keychainbackend.h"

#include "run/runoptions.h"
#include "workspace/runstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;

namespace lathe {

class HttpClient;
class KeychainKeyResolver;
class ProvidersDialog;
class RunDialog;
class RunEngine;
class RunsDock;
class Workspace;

// Carries out the Run menu: provider settings, new runs, and the runs dock's cancel, resume
// and retry. Owns the HTTP transport (one network thread shared by connection tests and
// runs), the key resolver (keys read from the keychain before a run starts, kept in memory)
// and one RunEngine per open workspace. Every start is asynchronous: keys are read first, then
// the engine takes over on its own threads; the GUI thread never waits.
class RunsController final : public QObject
{
    Q_OBJECT
public:
    // The dock is added to `window`. `keychain` null = the system keychain.
    explicit RunsController(QMainWindow *window, std::unique_ptr<KeychainBackend> keychain = nullptr,
                            QObject *parent = nullptr);
    ~RunsController() override;

    // Closes the engine of the previous workspace (cancelling what runs) and opens one for
    // `workspace` (null: none).
    void setWorkspace(Workspace *workspace);

    RunsDock *dock() const { return m_dock; }
    RunEngine *engine() const { return m_engine.get(); }
    KeychainKeyResolver &keys() const { return *m_keys; }
    HttpClient &http();
    QAction *providersAction() const { return m_providersAction; }
    QAction *newRunAction() const { return m_newRunAction; }

    // Reads the keys the run needs, then starts it. False (with message()) when no workspace is
    // open or a run is executing; a key that cannot be read is reported and nothing starts.
    bool startRun(const RunSpec &spec, const RunOptions &options);
    bool resumeRun(qint64 runId, bool retryFailed);
    void cancelRun();

public Q_SLOTS:
    // Open the dialogs (window-modal, no nested event loop) and return them.
    ProvidersDialog *showProviders();
    RunDialog *newRunInteractively();

Q_SIGNALS:
    // A message for the status bar.
    void message(const QString &text);
    // A run could not start: why, fit to show as is.
    void startFailed(const QString &error);

private:
    void startWhenKeysAreRead(const QStringList &keyRefs, std::function<void()> start);
    void updateActions();

    QMainWindow *m_window;
    std::unique_ptr<KeychainKeyResolver> m_keys;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<RunEngine> m_engine;
    Workspace *m_workspace = nullptr;
    RunsDock *m_dock;
    QAction *m_providersAction;
    QAction *m_newRunAction;
    bool m_starting = false;   // keys being read for a start
};

} // namespace lathe
