#pragma once

#include "datasetcolumn.h"
#include "workspaceerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lathe {

class Database;

struct DatasetVersionInfo
{
    qint64 id = 0;
    int number = 0;
    qint64 parentId = 0;       // 0 for the first version
    bool frozen = false;       // a run references it: edits go to a new version
    QString message;
    QString createdAt;
    qint64 rowCount = 0;
};

struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    QString source;            // file name it was imported from
    QString createdAt;
    QJsonArray defaultScorers;
    int versionCount = 0;
    DatasetVersionInfo head;   // the newest version, which edits go to
    QList<DatasetColumn> columns; // of the head version, in position order
};

struct DatasetRow
{
    qint64 id = 0;             // dataset_rows.id: what run cases reference
    qint64 position = 0;       // order within the version (gaps are allowed)
    QJsonObject data;          // column key -> value; keys of absent values are missing
    QStringList tags;
    QJsonArray scorers;        // per-row asserts, promptfoo syntax
};

// Read access to datasets and their versions, plus the two whole-object operations (freeze,
// delete). Edits live in DatasetEditor, imports in DatasetWriter. Every method runs on the
// caller's thread and connection; failures are reported through `error` (never thrown).
class DatasetStore final
{
public:
    explicit DatasetStore(Database &db) : m_db(db) {}

    QList<DatasetInfo> list(WorkspaceError *error = nullptr);
    // NotFound (with a message naming the dataset) when there is none of that name.
    std::optional<DatasetInfo> find(const QString &name, WorkspaceError *error = nullptr);
    std::optional<DatasetInfo> find(qint64 datasetId, WorkspaceError *error = nullptr);

    QList<DatasetVersionInfo> versions(qint64 datasetId, WorkspaceError *error = nullptr);
    // `number` 0 means the head (newest) version.
    std::optional<DatasetVersionInfo> version(qint64 datasetId, int number, WorkspaceError *error = nullptr);
    QList<DatasetColumn> columns(qint64 versionId, WorkspaceError *error = nullptr);

    // Rows of a version in order; with `tag`, only rows carrying that tag. The window
    // (offset, limit) counts filtered rows.
    qint64 rowCount(qint64 versionId, const QString &tag = {}, WorkspaceError *error = nullptr);
    QList<DatasetRow> rows(qint64 versionId, qint64 offset, qint64 limit, const QString &tag = {},
                           WorkspaceError *error = nullptr);
    // Streams every (filtered) row to `visit` in order without holding them all; `visit`
    // returns false to stop early.
    bool forEachRow(qint64 versionId, const QString &tag,
                    const std::function<bool(const DatasetRow &)> &visit, WorkspaceError *error = nullptr);
    // The distinct tags used in a version, sorted.
    QStringList tags(qint64 versionId, WorkspaceError *error = nullptr);

    // Marks a version as referenced by a run: it never changes again. One transaction.
    bool freezeVersion(qint64 versionId, WorkspaceError *error = nullptr);
    // Deletes a dataset, its versions and the rows no run references. Fails while a run
    // references one of its versions.
    bool deleteDataset(qint64 datasetId, WorkspaceError *error = nullptr);

private:
    std::optional<DatasetInfo> findWhere(const char *where, const QString &name, qint64 id,
                                         WorkspaceError *error);

    Database &m_db;
};

} // namespace lathe
