#include "cleaningdata.h"

#include "dataset/datasetexporter.h"

namespace lathe {

std::optional<CleaningData> CleaningData::load(Database &db, qint64 datasetId, WorkspaceError *error,
                                               const std::atomic_bool *cancel)
{
    DatasetStore store(db);
    const auto info = store.find(datasetId, error);
    if (!info)
        return std::nullopt;
    CleaningData data;
    data.datasetId = datasetId;
    data.datasetName = info->name;
    data.versionId = info->head.id;
    data.versionNumber = info->head.number;
    data.columns = info->columns;
    data.rows.reserve(qsizetype(info->head.rowCount));
    bool cancelled = false;
    const bool ok = store.forEachRow(info->head.id, {}, [&](const DatasetRow &row) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        data.rows.append(row);
        return true;
    }, error);
    if (!ok || cancelled)
        return std::nullopt;
    return data;
}

QString CleaningData::cellText(const DatasetRow &row, const QString &columnKey)
{
    const auto it = row.data.constFind(columnKey);
    return it == row.data.constEnd() ? QString() : DatasetExporter::cellText(*it);
}

const DatasetColumn *CleaningData::column(const QString &key) const
{
    for (const DatasetColumn &c : columns) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString CleaningData::columnName(const QString &key) const
{
    const DatasetColumn *c = column(key);
    return c ? c->name : key;
}

QStringList CleaningData::textColumnKeys() const
{
    QStringList keys;
    for (const DatasetColumn &c : columns) {
        if (c.type == ColumnType::Text && c.role != ColumnRole::Ignored)
            keys.append(c.key);
    }
    return keys;
}

QStringList CleaningData::allColumnKeys() const
{
    QStringList keys;
    for (const DatasetColumn &c : columns)
        keys.append(c.key);
    return keys;
}

QStringList CleaningData::keysForNames(const QStringList &names, QStringList *unknown) const
{
    QStringList keys;
    for (const QString &name : names) {
        const QString n = name.trimmed();
        const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                     [&](const DatasetColumn &c) { return c.name == n; });
        if (it != columns.cend())
            keys.append(it->key);
        else if (unknown)
            unknown->append(n);
    }
    return keys;
}

qsizetype CleaningData::indexOfRow(qint64 rowId) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == rowId)
            return i;
    }
    return -1;
}

} // namespace lathe
