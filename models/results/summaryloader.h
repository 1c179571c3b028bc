#pragma once

#include "eval/stats/runsummary.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace lathe {

// Computes a run's summary (RunAggregator over AggregateQuery, column by column) on the
// thread pool, through a read-only connection of its own; the GUI thread never waits, not
// even when the loader is destroyed mid-load. load() replaces any load in progress: only the
// newest one is answered, and older ones stop at their next column.
class SummaryLoader final : public QObject
{
    Q_OBJECT
public:
    explicit SummaryLoader(QObject *parent = nullptr);
    ~SummaryLoader() override;

    void load(const QString &workspacePath, qint64 runId);
    bool isLoading() const { return m_loading; }

    // The computation itself, on the caller's thread; nullopt with `error` set when the
    // workspace cannot be read or there is no such run, or (with `error` empty) when
    // `cancelled` was set before the last column.
    static std::optional<QList<ColumnSummary>> read(const QString &workspacePath, qint64 runId, QString *error,
                                                    const std::atomic<bool> *cancelled = nullptr);

Q_SIGNALS:
    void loaded(qint64 runId, const QList<lathe::ColumnSummary> &summaries);
    void failed(qint64 runId, const QString &error);
    void loadingChanged(bool loading);

private:
    struct Outcome
    {
        qint64 runId = 0;
        quint64 generation = 0;
        std::optional<QList<ColumnSummary>> summaries;
        QString error;
    };

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;   // of the load in progress
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace lathe
