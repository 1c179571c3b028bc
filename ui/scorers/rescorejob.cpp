#include "rescorejob.h"

#include "eval/judge/judgeservice.h"

#include "workspace/database.h"
#include "workspace/scorestore.h"
#include "workspace/sqlerror.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QThread>

namespace lathe {

RescoreJob::RescoreJob(QObject *parent)
    : QObject(parent)
{
}

RescoreJob::~RescoreJob()
{
    cancel();
    wait();
}

bool RescoreJob::start(const QString &workspacePath, qint64 runId, bool setRunScorers, const QJsonValue &runScorers)
{
    if (m_running.load())
        return false;
    wait();   // the previous thread, if any, has emitted finished() and is ending
    m_cancel.store(false);
    m_saved.store(false);
    m_running.store(true);
    m_thread.reset(QThread::create([this, workspacePath, runId, setRunScorers, runScorers] {
        run(workspacePath, runId, setRunScorers, runScorers);
    }));
    m_thread->setObjectName(QStringLiteral("RescoreJob"));
    m_thread->start();
    return true;
}

void RescoreJob::cancel()
{
    m_cancel.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_scorer)
        m_scorer->cancel();
}

void RescoreJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void RescoreJob::run(const QString &path, qint64 runId, bool setRunScorers, const QJsonValue &runScorers)
{
    RunScoreReport report;
    QString error;
    try {
        Database db;
        db.open(path, Database::Mode::ReadWrite, 10000);
        db.exec("PRAGMA foreign_keys = ON");
        StoreError storeError;
        const bool clear = runScorers.isUndefined() || runScorers.isNull()
            || (runScorers.isArray() && runScorers.toArray().isEmpty());
        if (setRunScorers) {
            if (ScoreStore(db).setRunScorers(runId, clear ? QJsonValue(QJsonValue::Undefined) : runScorers, &storeError))
                m_saved.store(true);
            else
                error = storeError.message;
        }
        if (!error.isEmpty()) {
            // nothing scored
        } else if (m_cancel.load()) {
            report.cancelled = true;
        } else {
            // Declared before the scorer, so open judge calls end before the service does.
            std::unique_ptr<JudgeService> judge;
            if (m_keys)
                judge = std::make_unique<JudgeService>(path, *m_keys, true, m_http);
            RunScorer scorer(db, m_batchSize);
            if (judge)
                scorer.setJudge(judge.get());
            scorer.setProgress([this, &scorer](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                if (m_cancel.load())   // a cancel that came before scoreRun() reset its flag
                    scorer.cancel();
            });
            {
                QMutexLocker lock(&m_mutex);
                m_scorer = &scorer;
            }
            const std::optional<RunScoreReport> r = scorer.scoreRun(runId, &storeError);
            {
                QMutexLocker lock(&m_mutex);
                m_scorer = nullptr;
            }
            if (r)
                report = *r;
            else
                error = storeError.message;
        }
    } catch (const SqlError &e) {
        error = e.message();
    }
    m_running.store(false);
    Q_EMIT finished(report, error);
}

} // namespace lathe
