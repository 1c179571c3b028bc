#include "matrixrowcache.h"

namespace lathe {

const MatrixRow *MatrixRowCache::row(qint64 row) const
{
    const auto it = m_windows.constFind(windowOf(row));
    if (it == m_windows.cend())
        return nullptr;
    const qsizetype offset = row % m_windowSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool MatrixRowCache::request(qint64 window)
{
    if (m_windows.contains(window) || m_requested.contains(window))
        return false;
    m_requested.append(window);
    while (m_requested.size() > m_maxWindows)
        m_requested.removeFirst();
    return true;
}

void MatrixRowCache::fill(qint64 window, const QList<MatrixRow> &rows)
{
    m_requested.removeOne(window);
    m_windows.insert(window, rows);
    m_recent.removeOne(window);
    m_recent.append(window);
    while (m_windows.size() > m_maxWindows)
        m_windows.remove(m_recent.takeFirst());
    m_maxRowsHeld = std::max(m_maxRowsHeld, rowsHeld());
}

void MatrixRowCache::clear()
{
    m_windows.clear();
    m_recent.clear();
    m_requested.clear();
}

qint64 MatrixRowCache::rowsHeld() const
{
    qint64 n = 0;
    for (const QList<MatrixRow> &w : m_windows)
        n += w.size();
    return n;
}

} // namespace lathe
