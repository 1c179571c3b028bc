#pragma once

#include "datasetstore.h"
#include "workspaceerror.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace lathe {

class Database;
class Statement;

// Which rows of one dataset version a table view shows, and in what order.
struct DatasetViewSpec
{
    qint64 versionId = 0;
    QString tag;             // only rows carrying this tag; empty: every row
    QString search;          // only rows where a value of one of the version's columns contains
                             // this text, case-insensitively; empty: every row
    QString sortKey;         // column key to order by (missing values first); empty: row order
    bool descending = false;

    friend bool operator==(const DatasetViewSpec &, const DatasetViewSpec &) = default;
};

// Windowed reads of one view of a dataset version, for a table model's loader thread. It runs
// on the caller's connection, which must be used by no other thread, and keeps per-view state
// on it (a temporary table), so give it a connection of its own.
//
// prepare() looks at the matching rows once: it counts them and notes where every page starts
// (in row order, the position of every page's first row; sorted, it materialises the order as
// row ids in a temporary table). rows() then reads any range with an index seek from the page
// start, never a large OFFSET. When positions are dense (as after an import) and nothing is
// filtered, prepare() needs no scan at all.
//
// A view is a snapshot: after an edit, prepare() again. Errors are reported through `error`.
class DatasetWindowQuery final
{
    Q_DISABLE_COPY_MOVE(DatasetWindowQuery)
public:
    DatasetWindowQuery(Database &db, int pageSize);
    ~DatasetWindowQuery();

    // The number of matching rows, or nullopt when it failed or `cancelled` returned true
    // (checked now and then while SQLite works; `error` stays empty then).
    std::optional<qint64> prepare(const DatasetViewSpec &spec, const std::function<bool()> &cancelled,
                                  WorkspaceError *error = nullptr);
    qint64 rowCount() const { return m_rowCount; }
    // Rows [first, first + count) of the prepared view, in view order; fewer at the end.
    QList<DatasetRow> rows(qint64 first, int count, WorkspaceError *error = nullptr);

    // Version `number` (0: the newest) of a dataset without counting its rows, for the GUI
    // thread: its id, its number and whether it is the newest. NotFound when there is none.
    struct VersionRef
    {
        qint64 id = 0;
        int number = 0;
        bool head = false;
    };
    static std::optional<VersionRef> findVersion(Database &db, qint64 datasetId, int number,
                                                 WorkspaceError *error = nullptr);

    // A dataset's name and its versions (oldest first) without counting rows (rowCount stays
    // 0), for the GUI thread. Empty when there is no such dataset.
    static QString datasetName(Database &db, qint64 datasetId, WorkspaceError *error = nullptr);
    static QList<DatasetVersionInfo> versions(Database &db, qint64 datasetId, WorkspaceError *error = nullptr);

    // The values a column holds in a version, as (row id, value) in row order, for rows that
    // have one; nullopt (without error) when more than `limit` rows do.
    static std::optional<QList<QPair<qint64, QJsonValue>>>
    columnValues(Database &db, qint64 versionId, const QString &key, qint64 limit, WorkspaceError *error = nullptr);

private:
    enum class Mode { Dense, Anchored, Materialised };

    void prepareRowOrder(const std::function<bool()> &cancelled);
    void prepareSorted();
    QByteArray filterSql() const;
    void bindFilter(Statement &st) const;

    Database &m_db;
    int m_pageSize;
    DatasetViewSpec m_spec;
    Mode m_mode = Mode::Dense;
    qint64 m_rowCount = 0;
    qint64 m_firstPosition = 0;      // Dense: position of row 0
    QList<qint64> m_anchors;         // Anchored: position of row k * pageSize
};

} // namespace lathe
