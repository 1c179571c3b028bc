#include "summaryloader.h"

#include "eval/stats/runaggregator.h"
#include "workspace/aggregatequery.h"
#include "workspace/database.h"
#include "workspace/runstore.h"
#include "workspace/sqlerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lathe {

SummaryLoader::SummaryLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.generation != m_generation)
            return;   // a newer load runs; it answers
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (outcome.summaries)
            Q_EMIT loaded(outcome.runId, *outcome.summaries);
        else
            Q_EMIT failed(outcome.runId, outcome.error);
    });
}

SummaryLoader::~SummaryLoader()
{
    // The task holds no pointer to the loader: it stops at its next column and is dropped.
    if (m_cancel)
        *m_cancel = true;
}

void SummaryLoader::load(const QString &workspacePath, qint64 runId)
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    // A load still running stops at its next column; its answer is dropped by generation.
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([workspacePath, runId, generation, cancel = m_cancel] {
        Outcome out{runId, generation, std::nullopt, {}};
        out.summaries = read(workspacePath, runId, &out.error, cancel.get());
        return out;
    }));
}

std::optional<QList<ColumnSummary>> SummaryLoader::read(const QString &workspacePath, qint64 runId, QString *error,
                                                        const std::atomic<bool> *cancelled)
{
    try {
        Database db;
        db.openForReading(workspacePath);
        RunStore runs(db);
        if (!runs.find(runId)) {
            *error = tr("There is no run %1 in this workspace.").arg(runId);
            return std::nullopt;
        }
        AggregateQuery query(db);
        const RunAggregator aggregator;
        QList<ColumnSummary> out;
        for (const RunColumnInfo &column : runs.columns(runId)) {
            if (cancelled && *cancelled)
                return std::nullopt;
            out.append(aggregator.summarize(column, query.cases(runId, column.id)));
        }
        return out;
    } catch (const SqlError &e) {
        *error = tr("Cannot read the results: %1").arg(e.message());
        return std::nullopt;
    }
}

} // namespace lathe
