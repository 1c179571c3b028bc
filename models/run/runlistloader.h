#pragma once

#include "runprogress.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace lathe {

class Database;

// One run as the runs list shows it.
struct RunListEntry
{
    qint64 runId = 0;
    QString name;
    QString status;               // planned, running, cancelled, completed, failed
    QString createdAt;
    QJsonObject config;           // the run's stored config (cache, concurrency, ...)
    QStringList keyRefs;          // key references of its providers, to read keys before resuming
    RunProgress progress;         // stored totals; live figures (rate, ETA) while executing
    bool active = false;          // an execution of this run is in progress
};

// Reads the runs list for RunListModel. Lives in the model's loader thread and reads through
// its own read-only connection to the workspace file (WAL: it never waits for the writer),
// so the GUI thread does no SQLite work that grows with the number of results. Every request
// carries a generation, echoed with the answer, so the receiver can drop stale answers.
class RunListLoader final : public QObject
{
    Q_OBJECT
public:
    RunListLoader();
    ~RunListLoader() override;

    // Reads every run of `workspacePath` with its totals (cases, errors, tokens, cost).
    // Called in the loader's thread; answers with loaded().
    void load(quint64 generation, const QString &workspacePath);
    // Same read on the caller's thread and connection.
    static QList<RunListEntry> read(Database &db);

Q_SIGNALS:
    void loaded(quint64 generation, const QList<lathe::RunListEntry> &entries, const QString &error);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace lathe

Q_DECLARE_METATYPE(lathe::RunListEntry)
