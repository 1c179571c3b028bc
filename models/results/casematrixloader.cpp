#include "casematrixloader.h"

#include "workspace/database.h"
#include "workspace/datasetstore.h"
#include "workspace/sqlerror.h"

#include <QMutexLocker>

namespace lathe {

CaseMatrixLoader::CaseMatrixLoader(const QString &path, int windowSize, int maxPending)
    : m_path(path)
    , m_windowSize(windowSize)
    , m_maxPending(std::max(1, maxPending))
{
}

CaseMatrixLoader::~CaseMatrixLoader() = default;

void CaseMatrixLoader::configure(quint64 generation, const CaseMatrixSpec &spec, bool reloadLayout)
{
    {
        QMutexLocker lock(&m_mutex);
        // A layout reload asked for by a configure this one replaces still has to happen.
        const bool reload = reloadLayout || (m_pendingSpec && m_pendingSpec->reloadLayout);
        m_pendingSpec = Configure{generation, spec, reload};
        m_pendingWindows.clear();
        m_latest = generation;
    }
    QMetaObject::invokeMethod(this, &CaseMatrixLoader::process, Qt::QueuedConnection);
}

void CaseMatrixLoader::requestWindow(quint64 generation, qint64 window)
{
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_pendingWindows.begin(); it != m_pendingWindows.end(); ++it) {
            if (it->generation == generation && it->window == window) {
                m_pendingWindows.erase(it);   // asked again: move it to the front of the line
                break;
            }
        }
        m_pendingWindows.push_back({generation, window});
        while (qsizetype(m_pendingWindows.size()) > m_maxPending)
            m_pendingWindows.pop_front();
    }
    QMetaObject::invokeMethod(this, &CaseMatrixLoader::process, Qt::QueuedConnection);
}

void CaseMatrixLoader::stop()
{
    m_stopped = true;
    QMutexLocker lock(&m_mutex);
    m_pendingSpec.reset();
    m_pendingWindows.clear();
}

bool CaseMatrixLoader::stale(quint64 generation) const
{
    return m_stopped || m_latest != generation;
}

bool CaseMatrixLoader::openConnection(QString *error)
{
    if (m_db)
        return true;
    auto db = std::make_unique<Database>();
    try {
        db->openForReading(m_path);
    } catch (const SqlError &e) {
        *error = tr("Cannot read the results: %1").arg(e.message());
        return false;
    }
    m_db = std::move(db);
    m_query = std::make_unique<CaseMatrixQuery>(*m_db);
    return true;
}

void CaseMatrixLoader::process()
{
    while (!m_stopped) {
        std::optional<Configure> spec;
        std::optional<WindowRequest> window;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pendingSpec) {
                spec.swap(m_pendingSpec);
            } else if (!m_pendingWindows.empty()) {
                window = m_pendingWindows.back();
                m_pendingWindows.pop_back();
            } else if (m_tagsPending && m_windowServed) {
                // When idle after the first window, which is what the user waits for.
                const auto [runId, versionId] = *m_tagsPending;
                m_tagsPending.reset();
                lock.unlock();
                WorkspaceError tagsError;
                const QStringList tags = DatasetStore(*m_db).tags(versionId, &tagsError);
                if (!tagsError && !m_stopped)
                    Q_EMIT tagsLoaded(runId, tags);
                continue;
            } else {
                return;
            }
        }
        if (spec) {
            const quint64 generation = spec->generation;
            m_preparedGeneration = generation;
            m_preparedOk = false;
            QString message;
            if (!openConnection(&message)) {
                Q_EMIT prepared(generation, {}, 0, message);
                continue;
            }
            WorkspaceError error;
            if (spec->reloadLayout || !m_layout || m_layout->runId != spec->spec.runId) {
                m_layout = CaseMatrixQuery::layout(*m_db, spec->spec.runId, &error);
                if (!m_layout) {
                    if (!stale(generation))
                        Q_EMIT prepared(generation, {}, 0, error.message);
                    continue;
                }
            }
            const auto count = m_query->prepare(*m_layout, spec->spec, [this, generation] { return stale(generation); },
                                                &error);
            if (stale(generation))
                continue;
            m_preparedOk = count.has_value();
            Q_EMIT prepared(generation, *m_layout, count.value_or(0), error.message);
            if (m_tagsOf != m_layout->runId && m_preparedOk) {
                m_tagsOf = m_layout->runId;
                m_tagsPending = std::make_pair(m_layout->runId, m_layout->datasetVersionId);
                m_windowServed = count.value_or(0) == 0;
            }
            continue;
        }
        if (window->generation != m_preparedGeneration || !m_preparedOk || stale(window->generation))
            continue;
        WorkspaceError error;
        const QList<MatrixRow> rows = m_query->rows(window->window * m_windowSize, m_windowSize, &error);
        if (error || stale(window->generation))
            continue;
        m_windowServed = true;
        Q_EMIT windowLoaded(window->generation, window->window, rows);
    }
}

} // namespace lathe
