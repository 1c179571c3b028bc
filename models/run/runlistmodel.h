#pragma once

#include "runlistloader.h"
#include "runoutcome.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThread>

namespace lathe {

// The workspace's runs, newest first, for the runs dock: name, status, progress, done/total,
// rate, ETA, errors, tokens and cost. The stored list is read by a RunListLoader on the
// model's own thread (reload()); live figures come from the run engine's signals
// (updateProgress(), finish()) and change only the row of that run, so a progress tick costs
// no SQLite work at all. Lives on the GUI thread.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column { NameColumn, StatusColumn, ProgressColumn, CasesColumn, RateColumn, EtaColumn,
                  ErrorsColumn, TokensColumn, CostColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1,   // qint64
        StatusRole,                     // "running", "completed", ... (stored name)
        FractionRole,                   // double 0..1: done / total
        ActiveRole,                     // bool: executing now
        DoneRole,                       // qint64
        TotalRole,                      // qint64
        ErrorCountRole,                 // qint64
    };

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    // Reads the runs of `workspacePath` in the background; loaded() follows. An empty path
    // clears the list at once. A newer reload() makes an older one's answer stale (dropped).
    void reload(const QString &workspacePath);
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    // Replaces the rows (what reload() does with the loader's answer). Rows of runs executing
    // now keep their live figures.
    void setEntries(const QList<RunListEntry> &entries);
    // Live figures of an executing run (RunEngine::started/progress); adds the row if the
    // list does not have it yet.
    void updateProgress(const RunProgress &progress);
    // The execution of outcome.runId ended: its status and final figures.
    void finish(const RunOutcome &outcome);

    int rowOf(qint64 runId) const;
    RunListEntry entry(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The answer of reload() has been applied (or failed: lastError()).
    void loaded();
    void requestLoad(quint64 generation, const QString &workspacePath);   // to the loader thread

private:
    void onLoaded(quint64 generation, const QList<RunListEntry> &entries, const QString &error);
    QString statusText(const RunListEntry &e) const;
    QVariant display(const RunListEntry &e, int column) const;

    QList<RunListEntry> m_rows;
    QThread m_thread;
    RunListLoader *m_loader;   // lives in m_thread, deleted when it finishes
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_lastError;
};

} // namespace lathe
