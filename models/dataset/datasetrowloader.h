#pragma once

#include "workspace/datasetstore.h"
#include "workspace/datasetwindowquery.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace lathe {

class Database;

// The loader behind DatasetTableModel: it lives in the model's own thread and reads views of a
// dataset through its own read-only connection to the workspace file (WAL lets it read while
// the GUI thread's connection writes).
//
// Contract: configure() and requestWindow() are called from any thread and return at once.
// Every request carries the generation of the view it belongs to; configure() starts a new
// generation, which makes older requests stale: they are dropped unread, and a prepare still
// running for an older generation is interrupted. Answers arrive through the signals, each
// with its generation, so the receiver can drop late ones. Pending window requests are
// bounded: the newest `maxPending` are kept and served newest first (the rows in sight).
// A window request also carries the caller's edit serial, echoed with the rows, so a window
// read before an edit on another connection can be told from one read after it.
class DatasetRowLoader final : public QObject
{
    Q_OBJECT
public:
    DatasetRowLoader(const QString &path, int windowSize, int maxPending);
    ~DatasetRowLoader() override;

    void configure(quint64 generation, const DatasetViewSpec &spec);
    void requestWindow(quint64 generation, qint64 window, quint64 serial);
    // Asks for the distinct tags of a version (answered after the pending view, if any).
    void requestTags(qint64 versionId);
    // Makes the work in progress stop as soon as it can; nothing is answered after this.
    void stop();

Q_SIGNALS:
    // The view of `generation` holds `rowCount` rows; `error` is set when it could not be read.
    void prepared(quint64 generation, qint64 rowCount, const QString &error);
    void windowLoaded(quint64 generation, qint64 window, quint64 serial, const QList<lathe::DatasetRow> &rows);
    void tagsLoaded(qint64 versionId, const QStringList &tags);

private:
    void process();      // in the loader thread: serves what is pending
    bool openConnection(QString *error);
    bool stale(quint64 generation) const;

    QString m_path;
    int m_windowSize;
    int m_maxPending;

    QMutex m_mutex;                           // guards the three fields below
    std::optional<std::pair<quint64, DatasetViewSpec>> m_pendingSpec;
    std::optional<qint64> m_pendingTags;
    struct WindowRequest
    {
        quint64 generation;
        qint64 window;
        quint64 serial;
    };
    std::deque<WindowRequest> m_pendingWindows;
    std::atomic<quint64> m_latest{0};
    std::atomic<bool> m_stopped{false};

    // Loader thread only.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DatasetWindowQuery> m_query;
    quint64 m_preparedGeneration = 0;
    bool m_preparedOk = false;
};

} // namespace lathe
