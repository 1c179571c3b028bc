#pragma once

#include "datasetformat.h"
#include "importerror.h"
#include "importpreview.h"

#include "workspace/datasetcolumn.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace lathe {

class Database;

struct ImportOptions
{
    DatasetFormat format = DatasetFormat::Auto;
    QString name;                      // the new dataset's name; empty: the file's base name
    QList<ColumnOverride> overrides;   // each must name a column of the file
    // Called every few thousand rows with the bytes read so far; return false to cancel.
    std::function<bool(qint64 bytesRead)> progress;
};

struct ImportResult
{
    qint64 datasetId = 0;
    qint64 versionId = 0;
    qint64 rows = 0;
    DatasetFormat format = DatasetFormat::Auto;   // as detected
    QList<DatasetColumn> columns;
};

// Imports a file as a new dataset (version 1) in one transaction, streaming: the file is read
// in chunks and rows are inserted as they are parsed, so memory stays flat whatever the file
// size. Contract: on any failure (bad content anywhere in the file, an override naming no
// column, a duplicate name, cancellation, a database error) nothing is stored and `error`
// says why, with file:line:column when the content is at fault.
class DatasetImporter final
{
public:
    static std::optional<ImportResult> importFile(Database &db, const QString &path, const ImportOptions &options,
                                                  ImportError *error);
    static std::optional<ImportResult> importDevice(Database &db, QIODevice *device, const QString &fileName,
                                                    const ImportOptions &options, ImportError *error);
};

} // namespace lathe
