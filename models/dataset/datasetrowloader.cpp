#include "datasetrowloader.h"

#include "workspace/database.h"
#include "workspace/sqlerror.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace lathe {

DatasetRowLoader::DatasetRowLoader(const QString &path, int windowSize, int maxPending)
    : m_path(path)
    , m_windowSize(windowSize)
    , m_maxPending(std::max(1, maxPending))
{
}

DatasetRowLoader::~DatasetRowLoader() = default;

void DatasetRowLoader::configure(quint64 generation, const DatasetViewSpec &spec)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingSpec = std::make_pair(generation, spec);
        m_pendingWindows.clear();
        m_latest = generation;
    }
    QMetaObject::invokeMethod(this, &DatasetRowLoader::process, Qt::QueuedConnection);
}

void DatasetRowLoader::requestWindow(quint64 generation, qint64 window, quint64 serial)
{
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_pendingWindows.begin(); it != m_pendingWindows.end(); ++it) {
            if (it->generation == generation && it->window == window) {
                m_pendingWindows.erase(it);   // asked again: move it to the front of the line
                break;
            }
        }
        m_pendingWindows.push_back({generation, window, serial});
        while (qsizetype(m_pendingWindows.size()) > m_maxPending)
            m_pendingWindows.pop_front();
    }
    QMetaObject::invokeMethod(this, &DatasetRowLoader::process, Qt::QueuedConnection);
}

void DatasetRowLoader::requestTags(qint64 versionId)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingTags = versionId;
    }
    QMetaObject::invokeMethod(this, &DatasetRowLoader::process, Qt::QueuedConnection);
}

void DatasetRowLoader::stop()
{
    m_stopped = true;
    QMutexLocker lock(&m_mutex);
    m_pendingSpec.reset();
    m_pendingWindows.clear();
}

bool DatasetRowLoader::stale(quint64 generation) const
{
    return m_stopped || m_latest != generation;
}

bool DatasetRowLoader::openConnection(QString *error)
{
    if (m_db)
        return true;
    auto db = std::make_unique<Database>();
    try {
        db->openForReading(m_path);
    } catch (const SqlError &e) {
        *error = tr("Cannot read the dataset: %1").arg(e.message());
        return false;
    }
    m_db = std::move(db);
    m_query = std::make_unique<DatasetWindowQuery>(*m_db, m_windowSize);
    return true;
}

void DatasetRowLoader::process()
{
    while (!m_stopped) {
        std::optional<std::pair<quint64, DatasetViewSpec>> spec;
        std::optional<WindowRequest> window;
        std::optional<qint64> tagsOf;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pendingSpec) {
                spec.swap(m_pendingSpec);
            } else if (m_pendingTags) {
                tagsOf.swap(m_pendingTags);
            } else if (!m_pendingWindows.empty()) {
                window = m_pendingWindows.back();
                m_pendingWindows.pop_back();
            } else {
                return;
            }
        }
        if (spec) {
            const quint64 generation = spec->first;
            QString message;
            m_preparedGeneration = generation;
            m_preparedOk = false;
            if (!openConnection(&message)) {
                Q_EMIT prepared(generation, 0, message);
                continue;
            }
            WorkspaceError error;
            const auto count = m_query->prepare(spec->second, [this, generation] { return stale(generation); }, &error);
            if (stale(generation))
                continue;
            m_preparedOk = count.has_value();
            Q_EMIT prepared(generation, count.value_or(0), error.message);
            continue;
        }
        if (tagsOf) {
            QString message;
            WorkspaceError error;
            if (!openConnection(&message))
                continue;
            const QStringList tags = DatasetStore(*m_db).tags(*tagsOf, &error);
            if (!error && !m_stopped)
                Q_EMIT tagsLoaded(*tagsOf, tags);
            continue;
        }
        if (window->generation != m_preparedGeneration || !m_preparedOk || stale(window->generation))
            continue;
        WorkspaceError error;
        const QList<DatasetRow> rows = m_query->rows(window->window * m_windowSize, m_windowSize, &error);
        if (error || stale(window->generation))
            continue;
        Q_EMIT windowLoaded(window->generation, window->window, window->serial, rows);
    }
}

} // namespace lathe
