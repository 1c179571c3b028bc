#pragma once

#include <QHash>
#include <QList>

#include <algorithm>

namespace lathe {

// The rows a windowed item model holds (DatasetTableModel, CaseMatrixModel): at most
// `maxWindows` windows of `windowSize` consecutive view rows, the least recently filled dropped
// first. It also remembers which windows were asked for and not yet filled, bounded the same
// way as a loader bounds its queue, so a window whose request the loader dropped is asked for
// again when it is needed. Not thread-safe: the model's thread only.
template<typename Row>
class WindowCache
{
public:
    WindowCache(int windowSize, int maxWindows) : m_windowSize(windowSize), m_maxWindows(maxWindows) {}

    int windowSize() const { return m_windowSize; }
    qint64 windowOf(qint64 row) const { return row / m_windowSize; }
    bool hasWindow(qint64 window) const { return m_windows.contains(window); }

    // The row at view row `row`, or nullptr when its window is not held.
    const Row *row(qint64 row) const
    {
        const auto it = m_windows.constFind(windowOf(row));
        if (it == m_windows.cend())
            return nullptr;
        const qsizetype offset = row % m_windowSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }
    Row *row(qint64 row)
    {
        const auto it = m_windows.find(windowOf(row));
        if (it == m_windows.end())
            return nullptr;
        const qsizetype offset = row % m_windowSize;
        return offset < it->size() ? &(*it)[offset] : nullptr;
    }

    // True when the window should be asked for now (neither held nor already asked for);
    // records the request.
    bool request(qint64 window)
    {
        if (m_windows.contains(window) || m_requested.contains(window))
            return false;
        m_requested.append(window);
        while (m_requested.size() > m_maxWindows)
            m_requested.removeFirst();
        return true;
    }
    void fill(qint64 window, const QList<Row> &rows)
    {
        m_requested.removeOne(window);
        m_windows.insert(window, rows);
        m_recent.removeOne(window);
        m_recent.append(window);
        while (m_windows.size() > m_maxWindows)
            m_windows.remove(m_recent.takeFirst());
        m_maxRowsHeld = std::max(m_maxRowsHeld, rowsHeld());
    }
    // Forgets every row and request.
    void clear()
    {
        m_windows.clear();
        m_recent.clear();
        m_requested.clear();
    }
    void clearRequests() { m_requested.clear(); }
    void forgetRequest(qint64 window) { m_requested.removeOne(window); }

    qint64 rowsHeld() const
    {
        qint64 n = 0;
        for (const QList<Row> &w : m_windows)
            n += w.size();
        return n;
    }
    // The most rows ever held at once (tests check the budget).
    qint64 maxRowsHeld() const { return m_maxRowsHeld; }

protected:
    const QHash<qint64, QList<Row>> &windows() const { return m_windows; }

private:
    int m_windowSize;
    int m_maxWindows;
    QHash<qint64, QList<Row>> m_windows;
    QList<qint64> m_recent;      // held windows, most recently filled last
    QList<qint64> m_requested;   // asked for, oldest first
    qint64 m_maxRowsHeld = 0;
};

} // namespace lathe
