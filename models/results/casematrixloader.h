#pragma once

#include "workspace/casematrixquery.h"

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

// The loader behind CaseMatrixModel: it lives in the model's own thread and reads a run's
// matrix through its own read-only connection to the workspace file (WAL lets it read while
// the result writer writes).
//
// Contract: configure() and requestWindow() are called from any thread and return at once.
// Every request carries the generation of the view it belongs to; configure() starts a new
// generation, which makes older requests stale: they are dropped unread, and a prepare still
// running for an older generation is interrupted. Answers arrive through the signals, each
// with its generation, so the receiver can drop late ones. Pending window requests are
// bounded: the newest `maxPending` are kept and served newest first (the rows in sight).
class CaseMatrixLoader final : public QObject
{
    Q_OBJECT
public:
    CaseMatrixLoader(const QString &path, int windowSize, int maxPending);
    ~CaseMatrixLoader() override;

    // `reloadLayout`: read the run's columns and scorers again (a new run, or new results).
    void configure(quint64 generation, const CaseMatrixSpec &spec, bool reloadLayout);
    void requestWindow(quint64 generation, qint64 window);
    // Makes the work in progress stop as soon as it can; nothing is answered after this.
    void stop();

Q_SIGNALS:
    // The view of `generation` holds `rowCount` rows laid out as `layout`; `error` is set when
    // it could not be read.
    void prepared(quint64 generation, const lathe::CaseMatrixLayout &layout, qint64 rowCount, const QString &error);
    void windowLoaded(quint64 generation, qint64 window, const QList<lathe::MatrixRow> &rows);
    // The distinct tags of the run's dataset rows (after the first prepare of a run).
    void tagsLoaded(qint64 runId, const QStringList &tags);

private:
    void process();      // in the loader thread: serves what is pending
    bool openConnection(QString *error);
    bool stale(quint64 generation) const;

    QString m_path;
    int m_windowSize;
    int m_maxPending;

    QMutex m_mutex;                           // guards the three fields below
    struct Configure
    {
        quint64 generation;
        CaseMatrixSpec spec;
        bool reloadLayout;
    };
    std::optional<Configure> m_pendingSpec;
    struct WindowRequest
    {
        quint64 generation;
        qint64 window;
    };
    std::deque<WindowRequest> m_pendingWindows;
    std::atomic<quint64> m_latest{0};
    std::atomic<bool> m_stopped{false};

    // Loader thread only.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseMatrixQuery> m_query;
    std::optional<CaseMatrixLayout> m_layout;
    qint64 m_tagsOf = 0;                      // the run whose tags were asked for
    std::optional<std::pair<qint64, qint64>> m_tagsPending;   // run, dataset version
    bool m_windowServed = false;
    quint64 m_preparedGeneration = 0;
    bool m_preparedOk = false;
};

} // namespace lathe
