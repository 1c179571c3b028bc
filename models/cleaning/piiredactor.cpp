#include "piiredactor.h"

#include "workspace/datasetbatch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lathe {

QString PiiRedactor::placeholder(const PiiMatch &match)
{
    QHash<QString, int> &numbers = m_numbers[match.type];
    auto it = numbers.constFind(match.canonical);
    if (it == numbers.constEnd())
        it = numbers.insert(match.canonical, int(numbers.size()) + 1);
    return u'[' + PiiTypeInfo::tag(match.type) + u'_' + QString::number(*it) + u']';
}

int PiiRedactor::distinctCount(PiiType type) const
{
    return int(m_numbers.value(type).size());
}

QString PiiRedactor::redact(QStringView text, const QList<PiiMatch> &matches)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const PiiMatch &m : matches) {
        out += text.sliced(at, m.start - at);
        out += placeholder(m);
        at = m.start + m.length;
    }
    out += text.sliced(at);
    return out;
}

QString PiiRedactor::redact(QStringView text, QList<PiiMatch> *matches)
{
    const QList<PiiMatch> found = m_scanner.scan(text);
    if (matches)
        *matches = found;
    return found.isEmpty() ? text.toString() : redact(text, found);
}

PiiReport PiiRedactor::scan(const CleaningData &data, PiiTypes types, const QStringList &columnKeys,
                            const std::atomic_bool *cancel, const QDate &today)
{
    PiiReport report;
    report.types = types;
    report.columnKeys = columnKeys.isEmpty() ? data.textColumnKeys() : columnKeys;
    PiiRedactor redactor{PiiScanner(types, today)};
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        if (cancel && (r % 256) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const DatasetRow &row = data.rows.at(r);
        for (const QString &key : std::as_const(report.columnKeys)) {
            const auto value = row.data.constFind(key);
            if (value == row.data.constEnd() || !value->isString())
                continue;   // only text is redacted; numbers and JSON stay as they are
            PiiCell cell;
            cell.original = value->toString();
            cell.redacted = redactor.redact(cell.original, &cell.matches);
            if (cell.matches.isEmpty())
                continue;
            cell.row = r;
            cell.columnKey = key;
            for (const PiiMatch &m : std::as_const(cell.matches))
                ++report.found[m.type];
            report.cells.append(std::move(cell));
        }
    }
    for (PiiType type : PiiTypeInfo::all()) {
        if (redactor.distinctCount(type) > 0)
            report.distinct.insert(type, redactor.distinctCount(type));
    }
    return report;
}

std::optional<DatasetEdit> PiiRedactor::apply(Database &db, const CleaningData &data, const PiiReport &report,
                                              const QList<qsizetype> &cellIndexes, WorkspaceError *error)
{
    DatasetBatch batch(db, data.datasetId, data.versionId);
    QMap<PiiType, int> replaced;
    for (qsizetype i : cellIndexes) {
        const PiiCell &cell = report.cells.at(i);
        batch.setCell(data.rows.at(cell.row).id, cell.columnKey, cell.redacted);
        for (const PiiMatch &m : cell.matches)
            ++replaced[m.type];
    }
    QJsonObject counts;
    QStringList parts;
    int total = 0;
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        counts.insert(PiiTypeInfo::name(it.key()), it.value());
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(PiiTypeInfo::name(it.key())));
        total += it.value();
    }
    QJsonArray columns;
    for (const QString &key : report.columnKeys)
        columns.append(data.columnName(key));
    const int cells = int(batch.changeCount());
    batch.setMessage(tr("Redacted personal data in %n cell(s)", nullptr, cells));
    batch.setActivity(QStringLiteral("dataset.redact"),
                      tr("Redacted %1 value(s) (%2) in %n cell(s) of “%3”", nullptr, cells)
                          .arg(total).arg(parts.join(QStringLiteral(", ")), data.datasetName),
                      QJsonObject{{QStringLiteral("cells"), cells},
                                  {QStringLiteral("replaced"), counts},
                                  {QStringLiteral("columns"), columns}});
    return batch.apply(error);
}

} // namespace lathe
