#pragma once

#include "workspace/datasetstore.h"

#include <QHash>
#include <QList>

namespace lathe {

// The rows a DatasetTableModel holds: at most `maxWindows` windows of `windowSize` consecutive
// view rows, the least recently filled dropped first. It also remembers which windows were
// asked for and not yet filled, bounded the same way as the loader bounds its queue, so a
// window whose request the loader dropped is asked for again when it is needed.
class DatasetRowCache final
{
public:
    DatasetRowCache(int windowSize, int maxWindows) : m_windowSize(windowSize), m_maxWindows(maxWindows) {}

    int windowSize() const { return m_windowSize; }
    qint64 windowOf(qint64 row) const { return row / m_windowSize; }

    // The row at view row `row`, or nullptr when its window is not held.
    DatasetRow *row(qint64 row);
    bool hasWindow(qint64 window) const { return m_windows.contains(window); }
    // The view row of dataset row `rowId`, or -1 when it is not held.
    qint64 viewRowOf(qint64 rowId) const;

    // True when the window should be asked for now (it is neither held nor already asked for);
    // records the request.
    bool request(qint64 window);
    void fill(qint64 window, const QList<DatasetRow> &rows);
    // Forgets every row and request.
    void clear();
    void clearRequests() { m_requested.clear(); }
    void forgetRequest(qint64 window) { m_requested.removeOne(window); }

    qint64 rowsHeld() const;
    qint64 maxRowsHeld() const { return m_maxRowsHeld; }

private:
    int m_windowSize;
    int m_maxWindows;
    QHash<qint64, QList<DatasetRow>> m_windows;
    QList<qint64> m_recent;      // held windows, most recently filled last
    QList<qint64> m_requested;   // asked for, oldest first
    qint64 m_maxRowsHeld = 0;
};

} // namespace lathe
