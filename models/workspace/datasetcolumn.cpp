#include "datasetcolumn.h"

namespace lathe {

QString DatasetColumn::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Variable: return QStringLiteral("variable");
    case ColumnRole::Expected: return QStringLiteral("expected");
    case ColumnRole::Metadata: return QStringLiteral("metadata");
    case ColumnRole::Ignored: return QStringLiteral("ignored");
    }
    return {};
}

QString DatasetColumn::typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text: return QStringLiteral("text");
    case ColumnType::Number: return QStringLiteral("number");
    case ColumnType::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<ColumnRole> DatasetColumn::roleFromName(const QString &name)
{
    for (ColumnRole r : {ColumnRole::Variable, ColumnRole::Expected, ColumnRole::Metadata, ColumnRole::Ignored}) {
        if (name.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

std::optional<ColumnType> DatasetColumn::typeFromName(const QString &name)
{
    for (ColumnType t : {ColumnType::Text, ColumnType::Number, ColumnType::Json}) {
        if (name.compare(typeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace lathe
