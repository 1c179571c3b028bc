#pragma once

#include <QString>

#include <optional>

namespace lathe {

// What a dataset column means to a run: variables fill the template, expected values feed the
// scorers, metadata is shown but never sent, ignored columns are kept but hidden.
enum class ColumnRole { Variable, Expected, Metadata, Ignored };

// How values are shown and edited. Advisory: a value is stored exactly as imported (a CSV
// "007" stays the string "007" in a number column).
enum class ColumnType { Text, Number, Json };

// One column of one dataset version. `key` is the stable name inside dataset_rows.data; it
// never changes when the column is renamed and is never reused within a dataset.
struct DatasetColumn
{
    QString key;
    QString name;
    ColumnRole role = ColumnRole::Variable;
    ColumnType type = ColumnType::Text;

    friend bool operator==(const DatasetColumn &, const DatasetColumn &) = default;

    // The spelling stored in dataset_columns (and accepted by lathe-cli): "variable",
    // "expected", "metadata", "ignored"; "text", "number", "json".
    static QString roleName(ColumnRole role);
    static QString typeName(ColumnType type);
    static std::optional<ColumnRole> roleFromName(const QString &name);
    static std::optional<ColumnType> typeFromName(const QString &name);
};

} // namespace lathe
