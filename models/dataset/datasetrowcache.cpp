#include "datasetrowcache.h"

namespace lathe {

DatasetRow *DatasetRowCache::row(qint64 row)
{
    const auto it = m_windows.find(windowOf(row));
    if (it == m_windows.end())
        return nullptr;
    const qsizetype offset = row % m_windowSize;
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

qint64 DatasetRowCache::viewRowOf(qint64 rowId) const
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == rowId)
                return it.key() * m_windowSize + i;
        }
    }
    return -1;
}

bool DatasetRowCache::request(qint64 window)
{
    if (m_windows.contains(window) || m_requested.contains(window))
        return false;
    m_requested.append(window);
    while (m_requested.size() > m_maxWindows)
        m_requested.removeFirst();
    return true;
}

void DatasetRowCache::fill(qint64 window, const QList<DatasetRow> &rows)
{
    m_requested.removeOne(window);
    m_windows.insert(window, rows);
    m_recent.removeOne(window);
    m_recent.append(window);
    while (m_windows.size() > m_maxWindows)
        m_windows.remove(m_recent.takeFirst());
    m_maxRowsHeld = std::max(m_maxRowsHeld, rowsHeld());
}

void DatasetRowCache::clear()
{
    m_windows.clear();
    m_recent.clear();
    m_requested.clear();
}

qint64 DatasetRowCache::rowsHeld() const
{
    qint64 n = 0;
    for (const QList<DatasetRow> &w : m_windows)
        n += w.size();
    return n;
}

} // namespace lathe
