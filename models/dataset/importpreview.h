#pragma once

#include "datasetformat.h"
#include "importerror.h"
#include "recordreader.h"

#include "workspace/datasetcolumn.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace lathe {

// A column as an import will create it.
struct ImportColumn
{
    QString sourceName;   // as in the file (header cell or JSON key)
    QString name;         // as it will be stored
    ColumnRole role = ColumnRole::Variable;
    ColumnType type = ColumnType::Text;
};

// What the user chose to change before committing an import, matched by source name.
// Unset fields keep the guess (a type guess then covers every row, not only the preview's).
struct ColumnOverride
{
    QString sourceName;
    QString name;                       // empty: keep the source name
    std::optional<ColumnRole> role;
    std::optional<ColumnType> type;
};

// The first rows of a file with guessed column roles and types, read without touching any
// workspace. The caller shows it, lets the user rename columns and change roles, and passes
// the changes to DatasetImporter as ColumnOverrides.
struct ImportPreview
{
    DatasetFormat format = DatasetFormat::Auto;  // as detected
    QList<ImportColumn> columns;
    QList<ImportRecord> rows;    // values by index into columns
    bool complete = false;       // every row of the file is in `rows`
    ImportError error;           // the file is bad within the previewed rows

    static ImportPreview read(const QString &path, DatasetFormat format = DatasetFormat::Auto, int maxRows = 20);
    static ImportPreview read(QIODevice *device, const QString &fileName, DatasetFormat format, int maxRows);

    // Overrides that reproduce every column exactly as the preview holds it now (the caller
    // may have edited names, roles and types).
    QList<ColumnOverride> overrides() const;
};

} // namespace lathe
