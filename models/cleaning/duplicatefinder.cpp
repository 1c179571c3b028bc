#include "duplicatefinder.h"

#include "workspace/datasetbatch.h"

#include <QHash>
#include <QJsonArray>

namespace lathe {

QList<qint64> DuplicateReport::defaultRemovals(const CleaningData &data) const
{
    QList<qsizetype> indexes;
    for (const DuplicateGroup &g : groups)
        indexes.append(g.rows.mid(1));
    std::sort(indexes.begin(), indexes.end());
    QList<qint64> ids;
    ids.reserve(indexes.size());
    for (qsizetype i : std::as_const(indexes))
        ids.append(data.rows.at(i).id);
    return ids;
}

qsizetype DuplicateReport::duplicateRowCount() const
{
    qsizetype n = 0;
    for (const DuplicateGroup &g : groups)
        n += g.rows.size() - 1;
    return n;
}

QString DuplicateFinder::rowKey(const CleaningData &data, qsizetype row, const QStringList &columnKeys,
                                const TextNormalization &normalization)
{
    QString key;
    const DatasetRow &r = data.rows.at(row);
    for (qsizetype c = 0; c < columnKeys.size(); ++c) {
        if (c > 0)
            key += QChar(0x1F);
        key += TextNormalizer::normalized(CleaningData::cellText(r, columnKeys.at(c)), normalization);
    }
    return key;
}

DuplicateReport DuplicateFinder::find(const CleaningData &data, const DuplicateOptions &options,
                                      const std::atomic_bool *cancel)
{
    DuplicateReport report;
    report.columnKeys = options.columnKeys.isEmpty() ? data.allColumnKeys() : options.columnKeys;
    report.normalization = options.normalization;
    QHash<QString, qsizetype> groupOfKey;   // key -> index into report.groups
    QList<DuplicateGroup> groups;
    groupOfKey.reserve(data.rows.size());
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        if (cancel && (i % 1024) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const QString key = rowKey(data, i, report.columnKeys, options.normalization);
        const auto it = groupOfKey.constFind(key);
        if (it == groupOfKey.constEnd()) {
            groupOfKey.insert(key, groups.size());
            groups.append(DuplicateGroup{{i}});
        } else {
            groups[*it].rows.append(i);
        }
    }
    for (DuplicateGroup &g : groups) {
        if (g.rows.size() > 1)
            report.groups.append(std::move(g));
    }
    return report;
}

std::optional<DatasetEdit> DuplicateFinder::apply(Database &db, const CleaningData &data, const DuplicateReport &report,
                                                  const QList<qint64> &rowIds, WorkspaceError *error)
{
    DatasetBatch batch(db, data.datasetId, data.versionId);
    QJsonArray ids;
    for (qint64 id : rowIds) {
        batch.deleteRow(id);
        ids.append(id);
    }
    QJsonArray columns;
    for (const QString &key : report.columnKeys)
        columns.append(data.columnName(key));
    const int n = int(batch.deleteCount());
    batch.setMessage(tr("Removed %n duplicate row(s)", nullptr, n));
    batch.setActivity(QStringLiteral("dataset.dedup"),
                      tr("Removed %n duplicate row(s) from “%1”", nullptr, n).arg(data.datasetName),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("exact")},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("normalize_whitespace"), report.normalization.whitespace},
                                  {QStringLiteral("ignore_case"), report.normalization.ignoreCase},
                                  {QStringLiteral("groups"), report.groups.size()},
                                  {QStringLiteral("removed"), n},
                                  {QStringLiteral("row_ids"), ids}});
    return batch.apply(error);
}

} // namespace lathe
