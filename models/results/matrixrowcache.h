#pragma once

#include "workspace/casematrixquery.h"

#include <QHash>
#include <QList>

namespace lathe {

// The rows a CaseMatrixModel holds: at most `maxWindows` windows of `windowSize` consecutive
// view rows, the least recently filled dropped first. It remembers which windows were asked
// for and not yet filled, bounded the same way as the loader bounds its queue, so a window
// whose request the loader dropped is asked for again when it is needed.
class MatrixRowCache final
{
public:
    MatrixRowCache(int windowSize, int maxWindows) : m_windowSize(windowSize), m_maxWindows(maxWindows) {}

    qint64 windowOf(qint64 row) const { return row / m_windowSize; }
    // The row at view row `row`, or nullptr when its window is not held.
    const MatrixRow *row(qint64 row) const;

    // True when the window should be asked for now (neither held nor asked for); records it.
    bool request(qint64 window);
    void fill(qint64 window, const QList<MatrixRow> &rows);
    void clear();
    void clearRequests() { m_requested.clear(); }

    qint64 rowsHeld() const;
    qint64 maxRowsHeld() const { return m_maxRowsHeld; }

private:
    int m_windowSize;
    int m_maxWindows;
    QHash<qint64, QList<MatrixRow>> m_windows;
    QList<qint64> m_recent;      // held windows, most recently filled last
    QList<qint64> m_requested;   // asked for, oldest first
    qint64 m_maxRowsHeld = 0;
};

} // namespace lathe
